"""The service and structure editor dialogs (views). The catalogue controller saves."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.desk.editing import SERVICE_FIELDS, STRUCTURE_FIELDS
from app.ui.editors.form import EditorForm
from app.ui.widgets import name_controls

SERVICE_GROUPS = (
    (
        "Le service",
        ("nom", "structure_id", "description", "type", "thematiques", "frais", "frais_precisions"),
    ),
    (
        "Pour qui",
        (
            "publics",
            "publics_precisions",
            "age_min",
            "age_max",
            "required_situations",
            "diploma_max",
            "prerequisites",
            "zone_eligibilite",
            "conditions_acces",
        ),
    ),
    (
        "Où et quand",
        (
            "modes_accueil",
            "adresse",
            "complement_adresse",
            "code_postal",
            "code_insee",
            "horaires_accueil",
        ),
    ),
    ("Position sur la carte (facultatif)", ("latitude", "longitude")),
    (
        "Formation : sessions et durée",
        ("sessions", "volume_horaire_hebdomadaire", "nombre_semaines"),
    ),
    (
        "Inscription et contacts",
        (
            "modes_mobilisation",
            "mobilisable_par",
            "lien_mobilisation",
            "mobilisation_precisions",
            "contact_nom_prenom",
            "telephone",
            "courriel",
            "documents",
            "arrival_phrase",
        ),
    ),
    ("Source et vérification", ("lien_source", "verified_on", "verified_by")),
)
STRUCTURE_GROUPS = (
    ("La structure", ("nom", "description", "siret")),
    (
        "Adresse et horaires",
        (
            "adresse",
            "complement_adresse",
            "code_postal",
            "code_insee",
            "horaires_accueil",
            "accessibilite_lieu",
        ),
    ),
    ("Contact", ("telephone", "courriel", "site_web")),
    ("Vérification", ("verified_on", "verified_by")),
)


class EditorDialog(QDialog):
    """A form in a scroll area, "Enregistrer" and "Annuler"; ``save_requested`` carries the
    values when nothing is wrong."""

    save_requested = Signal(dict)

    def __init__(self, title: str, form: EditorForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = form
        layout = QVBoxLayout(self)
        area = self.area = QScrollArea()
        area.setWidget(form)
        area.setWidgetResizable(True)
        area.setAccessibleName(title)
        layout.addWidget(area, 1)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Résultat de l'enregistrement")
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Enregistrer")
        save.setAccessibleName("Enregistrer la fiche")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText("&Annuler")
        cancel.setAccessibleName("Annuler sans enregistrer")
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        form.validity_changed.connect(self._validity)
        name_controls(self)
        self.resize(760, 680)

    def _validity(self, valid: bool) -> None:
        if valid and self.summary.text().startswith("⚠"):
            self.summary.setText("")

    def try_save(self) -> None:
        if not self.form.validate():
            first = self.form.reveal_all()
            if first is not None:
                self.area.ensureWidgetVisible(first, 50, 80)
            count = len(self.form.problems)
            self.summary.setText(
                f"⚠ {count} champ{'s' if count > 1 else ''} à corriger (signalé"
                f"{'s' if count > 1 else ''} par ⚠) : rien n'a été enregistré."
            )
            return
        self.set_busy(True)
        self.save_requested.emit(self.form.values())

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.summary.setText("Enregistrement…")

    def save_failed(self, message: str) -> None:
        self.set_busy(False)
        self.summary.setText(f"⚠ {message}")


def service_dialog(
    values: Mapping[str, Any],
    structures: Mapping[str, str],
    *,
    new: bool,
    parent: QWidget | None = None,
) -> EditorDialog:
    form = EditorForm(SERVICE_FIELDS, SERVICE_GROUPS, {"structure_id": structures})
    form.set_values(values)
    return EditorDialog("Nouveau service" if new else "Modifier le service", form, parent)


def structure_dialog(
    values: Mapping[str, Any], *, new: bool, parent: QWidget | None = None
) -> EditorDialog:
    form = EditorForm(STRUCTURE_FIELDS, STRUCTURE_GROUPS)
    form.set_values(values)
    return EditorDialog("Nouvelle structure" if new else "Modifier la structure", form, parent)
