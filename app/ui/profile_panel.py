"""The visitor's profile (view): quick entry of what the matching rules read.

``profile_data`` reads the widgets into the profile JSON contract (issue 3): a value left
"Non renseigné" is left out (unknown, never failed). No name is asked here: the first name
for the sheet lives in the pathway panel and is never stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.matching.profile import AGE_MAX, AGE_MIN
from app.core.vocab import CONSTRAINTS, DIPLOMAS, SITUATIONS
from app.ui.widgets import CheckList, CommuneField, ThemeTree, buddy_label, heading, named

UNKNOWN = "Non renseigné"
YES_NO = (UNKNOWN, "Oui", "Non")
REMOTE = (UNKNOWN, "Oui, accepté", "Non, sur place seulement")


def _combo(items: tuple[str, ...] | list[str], name: str) -> QComboBox:
    combo = QComboBox()
    combo.addItems(list(items))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    named(combo, name)
    return combo


def _tri(combo: QComboBox) -> bool | None:
    return {1: True, 2: False}.get(combo.currentIndex())


class ProfilePanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        self.age = QSpinBox()
        self.age.setRange(AGE_MIN - 1, AGE_MAX)
        self.age.setSpecialValueText(UNKNOWN)
        self.age.setSuffix(" ans")
        named(self.age, "Âge du visiteur")
        form.addRow(buddy_label("Â&ge :", self.age), self.age)
        self.commune = CommuneField("Commune du visiteur")
        form.addRow(buddy_label("Co&mmune :", self.commune), self.commune)
        self.diploma = _combo([UNKNOWN, *DIPLOMAS.values()], "Diplôme le plus élevé")
        form.addRow(buddy_label("&Diplôme :", self.diploma), self.diploma)
        self.licence = _combo(YES_NO, "Permis B")
        form.addRow(buddy_label("Permis &B :", self.licence), self.licence)
        self.vehicle = _combo(YES_NO, "Véhicule personnel")
        form.addRow(buddy_label("Véhicu&le :", self.vehicle), self.vehicle)
        self.distance = QSpinBox()
        self.distance.setRange(0, 200)
        self.distance.setSuffix(" km")
        self.distance.setSpecialValueText(UNKNOWN)
        named(self.distance, "Distance maximale acceptée", "Jusqu'où la personne peut se déplacer.")
        form.addRow(buddy_label("Distance ma&x. :", self.distance), self.distance)
        self.remote = _combo(REMOTE, "Service à distance")
        form.addRow(buddy_label("Service à dist&ance :", self.remote), self.remote)
        layout.addLayout(form)

        layout.addWidget(heading("Situations"))
        self.situations = CheckList(SITUATIONS, "Situations du visiteur")
        layout.addWidget(self.situations)
        self.no_situation = QCheckBox("Aucune de ces situations")
        layout.addWidget(self.no_situation)
        layout.addWidget(heading("Contraintes"))
        self.constraints = CheckList(CONSTRAINTS, "Contraintes du visiteur")
        layout.addWidget(self.constraints)
        layout.addWidget(heading("Besoins"))
        self.needs = ThemeTree("Besoins du visiteur")
        layout.addWidget(self.needs, 1)

        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Erreur dans le profil")
        self.error.hide()
        layout.addWidget(self.error)
        self.show_matches = QPushButton("Voir les correspondances (Ctrl+M)")
        named(self.show_matches, "Voir les correspondances")
        layout.addWidget(self.show_matches)

        for combo in (self.diploma, self.licence, self.vehicle, self.remote):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for spin in (self.age, self.distance):
            spin.valueChanged.connect(lambda _v: self.changed.emit())
        self.commune.commune_changed.connect(lambda _c: self.changed.emit())
        self.situations.changed.connect(self._situations_changed)
        self.no_situation.toggled.connect(self._none_toggled)
        self.constraints.changed.connect(self.changed)
        self.needs.changed.connect(self.changed)

    def _situations_changed(self) -> None:
        if self.situations.codes() and self.no_situation.isChecked():
            self.no_situation.blockSignals(True)
            self.no_situation.setChecked(False)
            self.no_situation.blockSignals(False)
        self.changed.emit()

    def _none_toggled(self, checked: bool) -> None:
        if checked and self.situations.codes():
            self.situations.set_codes(())  # emits changed
        else:
            self.changed.emit()

    def profile_data(self) -> dict[str, Any]:
        """The profile as the matching contract's JSON object (unknown values left out)."""
        data: dict[str, Any] = {}
        if self.age.value() >= AGE_MIN:
            data["age"] = self.age.value()
        if self.commune.code():
            data["commune"] = self.commune.code()
        situations = self.situations.codes()
        if situations or self.no_situation.isChecked():
            data["situations"] = situations
        if self.diploma.currentIndex() > 0:
            data["diplome"] = list(DIPLOMAS)[self.diploma.currentIndex() - 1]
        if self.needs.codes():
            data["besoins"] = self.needs.codes()
        mobility = {
            "permis_b": _tri(self.licence),
            "vehicule": _tri(self.vehicle),
            "distance_max_km": self.distance.value() or None,
        }
        mobility = {k: v for k, v in mobility.items() if v is not None}
        if mobility:
            data["mobilite"] = mobility
        if self.constraints.codes():
            data["contraintes"] = self.constraints.codes()
        remote = _tri(self.remote)
        if remote is not None:
            data["accepte_distance"] = remote
        return data

    def commune_typed_but_unknown(self) -> bool:
        return not self.commune.is_valid

    def clear(self) -> None:
        for widget in (self, self.situations, self.constraints, self.needs):
            widget.blockSignals(True)
        self.age.setValue(self.age.minimum())
        self.commune.clear()
        for combo in (self.diploma, self.licence, self.vehicle, self.remote):
            combo.setCurrentIndex(0)
        self.distance.setValue(0)
        self.situations.set_codes(())
        self.no_situation.setChecked(False)
        self.constraints.set_codes(())
        self.needs.set_codes(())
        for widget in (self, self.situations, self.constraints, self.needs):
            widget.blockSignals(False)
        self.changed.emit()
