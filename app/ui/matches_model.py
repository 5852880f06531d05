"""Qt models of the matches (arranged by the counsellor) and of the excluded services."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.desk.wording import kilometres, number
from app.core.matching import Match, Status
from app.core.records import ServiceRecord

Index = QModelIndex | QPersistentModelIndex
Lookup = Callable[[str], ServiceRecord | None]


@dataclass(frozen=True, slots=True)
class MatchRow:
    match: Match
    pinned: bool = False
    hidden: bool = False


def criteria_summary(match: Match) -> str:
    """ "✓ 4 · ? 2 · ✗ 1": how many criteria passed, are unknown, failed."""
    counts = {status: 0 for status in Status}
    for criterion in match.criteria:
        counts[criterion.status] += 1
    parts = [
        f"{s.symbol} {counts[s]}"
        for s in (Status.passed, Status.unknown, Status.failed)
        if counts[s]
    ]
    return " · ".join(parts)


def criteria_words(match: Match) -> str:
    counts = {status: 0 for status in Status}
    for criterion in match.criteria:
        counts[criterion.status] += 1
    return (
        f"{counts[Status.passed]} critères remplis, {counts[Status.unknown]} à vérifier, "
        f"{counts[Status.failed]} non remplis"
    )


def _distance(match: Match, record: ServiceRecord | None) -> str:
    if record is not None and record.is_remote_only:
        return "À distance"
    return kilometres(match.distance_km, short=True) if match.distance_km is not None else ""


class _BaseModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, lookup: Lookup, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._lookup = lookup

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return self.COLUMNS[section]
        return None

    def _rows(self) -> list:  # type: ignore[type-arg]
        raise NotImplementedError

    def match_at(self, row: int) -> Match | None:
        rows = self._rows()
        if not 0 <= row < len(rows):
            return None
        item = rows[row]
        return item.match if isinstance(item, MatchRow) else item

    def service_id(self, row: int) -> str | None:
        match = self.match_at(row)
        return match.service_id if match is not None else None

    def row_of(self, service_id: str) -> int | None:
        return next((i for i in range(len(self._rows())) if self.service_id(i) == service_id), None)

    def _names(self, match: Match) -> tuple[str, str, ServiceRecord | None]:
        record = self._lookup(match.service_id)
        if record is None:
            return "(service retiré)", "", None
        return record.nom, record.structure_nom, record


class MatchesModel(_BaseModel):
    COLUMNS = ("N°", "Service", "Structure", "Score", "Distance", "Critères", "Choix")

    def __init__(self, lookup: Lookup, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(lookup, parent)
        self._items: list[MatchRow] = []

    def _rows(self) -> list[MatchRow]:
        return self._items

    def set_rows(self, rows: list[MatchRow]) -> None:
        self.beginResetModel()
        self._items = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        match = item.match
        if role == Qt.ItemDataRole.UserRole:
            return match.service_id
        column = index.column()
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 5:
            return criteria_words(match)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        name, structure, record = self._names(match)
        if column == 0:
            return str(index.row() + 1)
        if column == 1:
            return name
        if column == 2:
            return structure
        if column == 3:
            return f"{number(match.score, 0)} / 100"
        if column == 4:
            return _distance(match, record)
        if column == 5:
            return criteria_summary(match)
        if column == 6:
            return "★ épinglé" if item.pinned else ("masqué" if item.hidden else "")
        return None


class ExcludedModel(_BaseModel):
    COLUMNS = ("Service", "Structure", "Distance", "Pourquoi pas ?")

    def __init__(self, lookup: Lookup, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(lookup, parent)
        self._items: list[Match] = []

    def _rows(self) -> list[Match]:
        return self._items

    def set_matches(self, matches: list[Match]) -> None:
        self.beginResetModel()
        self._items = list(matches)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._items):
            return None
        match = self._items[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return match.service_id
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return "\n".join(f"✗ {reason}" for reason in match.reasons_excluded)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        name, structure, record = self._names(match)
        if column == 0:
            return name
        if column == 1:
            return structure
        if column == 2:
            return _distance(match, record)
        if column == 3:
            return " ".join(f"✗ {reason}" for reason in match.reasons_excluded)
        return None
