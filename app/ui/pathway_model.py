"""The pathway's steps as a Qt list model (ordered; each step a service, an appointment
and a note)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.desk.wording import french_datetime
from app.core.pathway import PathwayStep
from app.core.records import ServiceRecord

Index = QModelIndex | QPersistentModelIndex


class PathwayModel(QAbstractListModel):
    def __init__(self, lookup: Callable[[str], ServiceRecord | None], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._lookup = lookup
        self._steps: list[PathwayStep] = []

    # -------------------------------------------------------------- content

    @property
    def steps(self) -> list[PathwayStep]:
        return list(self._steps)

    def service_ids(self) -> list[str]:
        return [step.service_id for step in self._steps]

    def add(self, service_id: str) -> int:
        """Append a step; returns its row (the existing row if the service is there)."""
        if service_id in self.service_ids():
            return self.service_ids().index(service_id)
        row = len(self._steps)
        self.beginInsertRows(QModelIndex(), row, row)
        self._steps.append(PathwayStep(service_id))
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._steps):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._steps[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int | None:
        target = row + delta
        if not (0 <= row < len(self._steps) and 0 <= target < len(self._steps)) or delta == 0:
            return None
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        step = self._steps.pop(row)
        self._steps.insert(target, step)
        self.endMoveRows()
        return target

    def set_appointment(self, row: int, moment: datetime | None) -> None:
        self._update(row, rendez_vous=moment)

    def set_note(self, row: int, note: str) -> None:
        self._update(row, note=note)

    def _update(self, row: int, **changes: object) -> None:
        if 0 <= row < len(self._steps):
            self._steps[row] = replace(self._steps[row], **changes)  # type: ignore[arg-type]
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def step(self, row: int) -> PathwayStep | None:
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def clear(self) -> None:
        self.beginResetModel()
        self._steps.clear()
        self.endResetModel()

    def refresh(self) -> None:
        """Service names may have changed (an edit): repaint."""
        if self._steps:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._steps) - 1, 0))

    # -------------------------------------------------------------- Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._steps):
            return None
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return step.service_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        record = self._lookup(step.service_id)
        name = record.nom if record is not None else "(service retiré du catalogue)"
        lines = [f"{index.row() + 1}. {name}"]
        if record is not None and record.structure_nom:
            lines.append(f"    {record.structure_nom}")
        if step.rendez_vous is not None:
            lines.append(f"    Rendez-vous : {french_datetime(step.rendez_vous)}")
        if step.note:
            first = step.note.splitlines()[0]
            lines.append(f"    Note : {first[:60]}{'…' if len(first) > 60 else ''}")
        return "\n".join(lines)
