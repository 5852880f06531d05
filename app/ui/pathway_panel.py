"""The pathway panel (view): ordered steps, the chosen step's appointment and note, the
next appointment, the counsellor's contact and "Imprimer la fiche"."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import buddy_label, heading, named

DATE_FORMAT = "dddd d MMMM yyyy 'à' HH:mm"


def next_opening_slot(now: datetime | None = None) -> datetime:
    """Where a new appointment starts: the next working day (Monday to Friday) at 9:00."""
    day = (now or datetime.now()).replace(hour=9, minute=0, second=0, microsecond=0)
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _datetime_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    named(edit, name)
    return edit


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def from_qdatetime(value: QDateTime) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class PathwayPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(heading("Parcours du visiteur"))
        names = QFormLayout()
        self.first_name = QLineEdit()
        self.first_name.setMaxLength(40)
        named(self.first_name, "Prénom du visiteur", "Imprimé sur la fiche ; jamais enregistré.")
        names.addRow(buddy_label("Pré&nom :", self.first_name), self.first_name)
        layout.addLayout(names)

        self.steps = QListView()
        named(self.steps, "Étapes du parcours")
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setAlternatingRowColors(True)
        self.steps.setWordWrap(True)
        self.steps.setMinimumHeight(120)
        layout.addWidget(buddy_label("Étapes :", self.steps))
        layout.addWidget(self.steps, 1)
        self.empty_hint = QLabel(
            "Ajoutez des services depuis la recherche ou les "
            "correspondances (bouton « Ajouter au parcours » ou Ctrl+Entrée)."
        )
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        moves = QHBoxLayout()
        self.up = QPushButton("▲ Monter")
        named(self.up, "Monter l'étape")
        self.down = QPushButton("▼ Descendre")
        named(self.down, "Descendre l'étape")
        self.remove = QPushButton("Retirer")
        named(self.remove, "Retirer l'étape du parcours")
        for button in (self.up, self.down, self.remove):
            moves.addWidget(button)
        layout.addLayout(moves)

        step = QGroupBox("Étape choisie")
        step_layout = QFormLayout(step)
        self.has_appointment = QCheckBox("Rendez-vous fixé")
        self.appointment = _datetime_edit("Date et heure du rendez-vous de l'étape")
        step_layout.addRow(self.has_appointment)
        step_layout.addRow(self.appointment)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Ce qu'il faut dire, les papiers à apporter…")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        named(self.note, "Note de l'étape")
        step_layout.addRow(buddy_label("N&ote :", self.note), self.note)
        self.step_box = step
        layout.addWidget(step)

        closing = QFormLayout()
        self.has_next = QCheckBox("Prochain rendez-vous &ici")
        self.next_appointment = _datetime_edit("Prochain rendez-vous à la Maison des compétences")
        closing.addRow(self.has_next)
        closing.addRow(self.next_appointment)
        self.counsellor = QLineEdit()
        self.counsellor.setPlaceholderText("Prénom et téléphone du conseiller")
        named(self.counsellor, "Contact du conseiller", "Imprimé sur la fiche.")
        closing.addRow(buddy_label("Conseille&r :", self.counsellor), self.counsellor)
        layout.addLayout(closing)

        self.state = QLabel("")
        self.state.setAccessibleName("État du parcours")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.print_button = QPushButton("Imprimer la fiche (Ctrl+P)")
        named(self.print_button, "Imprimer la fiche de parcours")
        layout.addWidget(self.print_button)

        self.reset_inputs()

    def reset_inputs(self) -> None:
        """Step editor and next appointment back to their empty state."""
        start = to_qdatetime(next_opening_slot())
        for check, edit in (
            (self.has_appointment, self.appointment),
            (self.has_next, self.next_appointment),
        ):
            check.setChecked(False)
            edit.setDateTime(start)
            edit.setEnabled(False)
        self.note.clear()
        self.step_box.setEnabled(False)

    def selected_row(self) -> int | None:
        model = self.steps.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        model = self.steps.model()
        if model is not None and 0 <= row < model.rowCount():
            self.steps.setCurrentIndex(model.index(row, 0))
