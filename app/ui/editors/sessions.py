"""The training sessions of a service: a small table of dates and places, rows added and
removed with buttons. The core checks the values (``editing.check_field``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

NO_PLACES = "non précisé"


class _Row:
    def __init__(self, start: QDateEdit, end: QDateEdit, places: QSpinBox, remove: QPushButton):
        self.start, self.end, self.places, self.remove = start, end, places, remove

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.start, self.end, self.places, self.remove)


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(QDate(2000, 1, 1))
    return edit


def _qdate(value: Any) -> QDate:
    from app.core.desk.editing import parse_date

    try:
        day = parse_date(value)
    except (ValueError, TypeError):
        return QDate.currentDate()
    return QDate(day.year, day.month, day.day)


class SessionsEditor(QWidget):
    """One row per session: start, end, places (optional) and "Retirer"."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._rows: list[_Row] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        for column, title in enumerate(("Début", "Fin", "Places")):
            self.grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.grid.setColumnStretch(4, 1)
        outer.addLayout(self.grid)
        self.empty = QLabel("Aucune session : ajoutez-en une si la formation a des dates.")
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("Ajouter une session")
        self.add_button.setAccessibleName("Ajouter une session de formation")
        self.add_button.clicked.connect(lambda: self.add_session())
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self._refresh()

    # ------------------------------------------------------------------ rows

    def add_session(self, session: Mapping[str, Any] | None = None, *, emit: bool = True) -> None:
        start, end = _date_edit(), _date_edit()
        places = QSpinBox()
        places.setRange(-1, 9999)
        places.setSpecialValueText(NO_PLACES)  # shown for -1: places not said
        if session is None:
            last = self._rows[-1].end.date() if self._rows else QDate.currentDate()
            start.setDate(last.addDays(1) if self._rows else last)
            end.setDate(start.date())
            places.setValue(-1)
        else:
            start.setDate(_qdate(session.get("debut")))
            end.setDate(_qdate(session.get("fin")))
            value = session.get("places")
            places.setValue(int(value) if str(value or "").strip().lstrip("-").isdigit() else -1)
        remove = QPushButton("Retirer")
        row = _Row(start, end, places, remove)
        self._rows.append(row)
        start.dateChanged.connect(lambda _d: self.changed.emit())
        end.dateChanged.connect(lambda _d: self.changed.emit())
        places.valueChanged.connect(lambda _v: self.changed.emit())
        remove.clicked.connect(lambda: self.remove_session(self._rows.index(row)))
        self._refresh()
        if emit:
            self.changed.emit()
            start.setFocus()

    def remove_session(self, index: int) -> None:
        row = self._rows.pop(index)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._refresh()
        self.changed.emit()
        self.add_button.setFocus()

    def _refresh(self) -> None:
        """Lay the rows out again and number their accessible names."""
        for number, row in enumerate(self._rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, number, column)
            row.start.setAccessibleName(f"Début de la session {number}")
            row.end.setAccessibleName(f"Fin de la session {number}")
            row.places.setAccessibleName(f"Places de la session {number}")
            row.places.setToolTip("Laisser « non précisé » si le nombre de places n'est pas connu")
            row.remove.setAccessibleName(f"Retirer la session {number}")
        self.empty.setVisible(not self._rows)

    # ------------------------------------------------------------------ values

    def count(self) -> int:
        return len(self._rows)

    def row(self, index: int) -> tuple[QDateEdit, QDateEdit, QSpinBox]:
        row = self._rows[index]
        return row.start, row.end, row.places

    def sessions(self) -> list[dict[str, Any]]:
        result = []
        for row in self._rows:
            item: dict[str, Any] = {
                "debut": row.start.date().toString("yyyy-MM-dd"),
                "fin": row.end.date().toString("yyyy-MM-dd"),
            }
            if row.places.value() >= 0:
                item["places"] = row.places.value()
            result.append(item)
        return result

    def set_sessions(self, sessions: Iterable[Mapping[str, Any]] | None) -> None:
        while self._rows:
            row = self._rows.pop()
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.deleteLater()
        for session in sessions or []:
            self.add_session(session, emit=False)
        self._refresh()
        self.changed.emit()
