"""Wires the pathway panel: steps added from results or matches, reordered, annotated;
the next appointment, the counsellor's contact, and printing the sheet."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.pathway import Pathway
from app.ui.pathway_model import PathwayModel
from app.ui.pathway_panel import PathwayPanel, from_qdatetime, to_qdatetime
from app.ui.search_controller import lookup_record
from app.ui.services import DeskServices


def sheet_was_output(dialog) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sheet window printed or saved the sheet. It says so in its status line
    ("Fiche envoyée à l'imprimante." / "Fiche enregistrée : …"); a ``printed`` signal of
    its own would be better (asked of the sheet's owner)."""
    return dialog.status.text().startswith(("Fiche envoyée", "Fiche enregistrée"))


class PathwayController(QObject):
    changed = Signal()

    def __init__(self, services: DeskServices, panel: PathwayPanel, window: QWidget) -> None:
        super().__init__(panel)
        self.services = services
        self.panel = panel
        self.window = window
        self.model = PathwayModel(lookup_record(services), panel)
        panel.steps.setModel(self.model)
        self.printed = False
        self.sheet_dialog = None
        self.profile_source = lambda: None  # set by the desk: the visitor's profile (dict)
        panel.counsellor.setText(services.settings.counsellor_contact)
        panel.counsellor.setCursorPosition(0)

        panel.steps.selectionModel().currentRowChanged.connect(lambda *_: self._load_step())
        panel.up.clicked.connect(lambda: self.move(-1))
        panel.down.clicked.connect(lambda: self.move(1))
        panel.remove.clicked.connect(self.remove)
        panel.has_appointment.toggled.connect(self._appointment_changed)
        panel.appointment.dateTimeChanged.connect(lambda _v: self._appointment_changed())
        panel.note.textChanged.connect(self._note_changed)
        panel.has_next.toggled.connect(self._next_changed)
        panel.next_appointment.dateTimeChanged.connect(lambda _v: self._next_changed())
        panel.counsellor.textChanged.connect(self._counsellor_changed)
        panel.print_button.clicked.connect(self.print_sheet)
        services.catalogue_changed.connect(lambda _ids: self.model.refresh())
        services.index_ready.connect(self.model.refresh)
        self.model.rowsInserted.connect(lambda *_: self._touched())
        self.model.rowsRemoved.connect(lambda *_: self._touched())
        self.model.rowsMoved.connect(lambda *_: self._touched())
        self.model.dataChanged.connect(lambda *_: self._touched())
        self._update_state()

    # ---------------------------------------------------------------- steps

    def add(self, service_id: str | None) -> None:
        if not service_id:
            self.window.statusBar().showMessage(  # type: ignore[attr-defined]
                "Choisissez d'abord un service dans la liste.", 4000
            )
            return
        present = service_id in self.model.service_ids()
        row = self.model.add(service_id)
        self.panel.select_row(row)
        record = self.services.index.get(service_id) if self.services.index else None
        name = record.nom if record is not None else service_id
        text = (
            f"Déjà dans le parcours : {name}." if present else f"Étape {row + 1} ajoutée : {name}."
        )
        self.window.statusBar().showMessage(text, 5000)  # type: ignore[attr-defined]

    def move(self, delta: int) -> None:
        row = self.panel.selected_row()
        if row is not None:
            target = self.model.move(row, delta)
            if target is not None:
                self.panel.select_row(target)

    def remove(self) -> None:
        row = self.panel.selected_row()
        if row is not None:
            self.model.remove(row)
            if self.model.rowCount():
                self.panel.select_row(min(row, self.model.rowCount() - 1))
            else:
                self._load_step()

    def _load_step(self) -> None:
        panel = self.panel
        row = panel.selected_row()
        step = self.model.step(row) if row is not None else None
        for widget in (panel.has_appointment, panel.appointment, panel.note):
            widget.blockSignals(True)
        panel.step_box.setEnabled(step is not None)
        panel.has_appointment.setChecked(step is not None and step.rendez_vous is not None)
        panel.appointment.setEnabled(step is not None and step.rendez_vous is not None)
        if step is not None and step.rendez_vous is not None:
            panel.appointment.setDateTime(to_qdatetime(step.rendez_vous))
        panel.note.setPlainText(step.note if step is not None else "")
        for widget in (panel.has_appointment, panel.appointment, panel.note):
            widget.blockSignals(False)

    def _appointment_changed(self) -> None:
        panel = self.panel
        panel.appointment.setEnabled(panel.has_appointment.isChecked())
        row = panel.selected_row()
        if row is not None:
            moment = (
                from_qdatetime(panel.appointment.dateTime())
                if panel.has_appointment.isChecked()
                else None
            )
            self.model.set_appointment(row, moment)

    def _note_changed(self) -> None:
        row = self.panel.selected_row()
        if row is not None:
            self.model.set_note(row, self.panel.note.toPlainText().strip())

    def _next_changed(self) -> None:
        self.panel.next_appointment.setEnabled(self.panel.has_next.isChecked())
        self._touched()

    def _counsellor_changed(self, text: str) -> None:
        self.services.settings.counsellor_contact = text.strip()
        self._touched()

    # ---------------------------------------------------------------- pathway

    def pathway(self) -> Pathway:
        panel = self.panel
        return Pathway(
            steps=self.model.steps,
            profile=self.profile_source() or None,
            prochain_rdv=from_qdatetime(panel.next_appointment.dateTime())
            if panel.has_next.isChecked()
            else None,
            conseiller=panel.counsellor.text().strip() or None,
        )

    @property
    def has_unprinted_steps(self) -> bool:
        return self.model.rowCount() > 0 and not self.printed

    def _touched(self) -> None:
        self.printed = False
        self._update_state()
        self.changed.emit()

    def _update_state(self) -> None:
        count = self.model.rowCount()
        self.panel.empty_hint.setVisible(count == 0)
        self.panel.print_button.setEnabled(count > 0)
        if count == 0:
            self.panel.state.setText("Aucune étape pour l'instant.")
        elif self.printed:
            self.panel.state.setText(f"✓ Fiche imprimée ({count} étape{'s' if count > 1 else ''}).")
        else:
            self.panel.state.setText(
                f"{count} étape{'s' if count > 1 else ''} — fiche pas encore imprimée."
            )

    def print_sheet(self) -> None:
        """Open the sheet window (preview, print, PDF) on the current pathway."""
        from app.ui.sheet_dialog import SheetDialog

        if self.model.rowCount() == 0:
            QMessageBox.information(
                self.window,
                "Imprimer la fiche",
                "Le parcours est vide : ajoutez au moins une étape.",
            )
            return
        dialog = SheetDialog(self.window, self.services.db, self.pathway())
        dialog.first_name.setText(self.panel.first_name.text())
        self.sheet_dialog = dialog
        dialog.exec()
        self.sheet_dialog = None
        self.panel.first_name.setText(dialog.first_name.text())
        if sheet_was_output(dialog):
            self.printed = True
            self._update_state()

    def clear(self) -> None:
        """New visitor: no steps, no note, no appointment, no first name."""
        self.model.clear()
        self.panel.first_name.clear()
        self.panel.reset_inputs()
        self.printed = False
        self._update_state()
