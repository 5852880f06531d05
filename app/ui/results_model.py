"""The results table's model: the ids a search returned, rows read on demand.

Following Anki's browser model, the model holds only the hits (id and distance); the cells
come from the in-memory index's records, read when the view paints a row and kept in a
small cache. Sorting and filtering happen in the core search, not here.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.desk.wording import kilometres
from app.core.freshness import STALE_AFTER_MONTHS
from app.core.freshness import is_stale as _is_stale
from app.core.records import ServiceRecord
from app.core.reference import vocabularies as vocab
from app.core.search import SearchHit

COLUMNS = ("Service", "Structure", "Commune", "Distance", "Frais", "Mise à jour")
SHORT_MONTHS = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip
_CACHE_SIZE = 256

Index = QModelIndex | QPersistentModelIndex


STALE_NOTE = f"⚠ : information de plus de {STALE_AFTER_MONTHS} mois, à vérifier avant d'orienter"


def is_stale(record: ServiceRecord, today: date) -> bool:
    return _is_stale(record.freshness, today)


def freshness_text(record: ServiceRecord, today: date) -> str:
    """ "sept. 2026", or "⚠ juil. 2025" when older than STALE_AFTER_MONTHS (the header and the
    accessible text say what ⚠ means)."""
    day = record.freshness
    text = f"{SHORT_MONTHS[day.month - 1]} {day.year}"
    return f"⚠ {text}" if is_stale(record, today) else text


class ResultsModel(QAbstractTableModel):
    def __init__(self, lookup: Callable[[str], ServiceRecord | None], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._lookup = lookup
        self._hits: list[SearchHit] = []
        self._cache: OrderedDict[str, ServiceRecord | None] = OrderedDict()
        self.today = date.today()

    # -------------------------------------------------------------- content

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._cache.clear()
        self.endResetModel()

    def forget(self, service_ids: list[str]) -> None:
        """Records changed (an edit): read them again."""
        for service_id in service_ids:
            self._cache.pop(service_id, None)
        if self._hits:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._hits) - 1, len(COLUMNS) - 1)
            )

    def service_id(self, row: int) -> str | None:
        return self._hits[row].service_id if 0 <= row < len(self._hits) else None

    def row_of(self, service_id: str) -> int | None:
        return next((i for i, hit in enumerate(self._hits) if hit.service_id == service_id), None)

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def _record(self, service_id: str) -> ServiceRecord | None:
        if service_id in self._cache:
            self._cache.move_to_end(service_id)
            return self._cache[service_id]
        record = self._lookup(service_id)
        self._cache[service_id] = record
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return record

    # -------------------------------------------------------------- Qt API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == 5:
                return STALE_NOTE
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return hit.service_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        record = self._record(hit.service_id)
        if record is None:
            return "(service retiré)" if index.column() == 0 else ""
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 5 and is_stale(record, self.today):
                return STALE_NOTE
            return record.description[:300] if column == 0 and record.description else None
        if (
            role == Qt.ItemDataRole.AccessibleTextRole
            and column == 5
            and is_stale(record, self.today)
        ):
            return f"{freshness_text(record, self.today)[2:]}, à vérifier"
        if column == 0:
            return f"{record.nom} (archivé)" if record.archived else record.nom
        if column == 1:
            return record.structure_nom
        if column == 2:
            return record.commune or ""
        if column == 3:
            if record.is_remote_only:
                return "À distance"
            return kilometres(hit.distance_km, short=True) if hit.distance_km is not None else ""
        if column == 4:
            return vocab.label("frais", record.frais) if record.frais else ""
        if column == 5:
            return freshness_text(record, self.today)
        return None
