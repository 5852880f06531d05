"""Per-service matching keys laid out as arrays beside the search index's snapshot.

For each service of a snapshot (by its document number): the interned keys of what the
memoised criteria read (``cache.KEYED_GROUPS``: age, situation, prerequisites, diploma,
zone, publics, modes and cost), its thématiques as bits, whether its freshness date is a
local verification, whether it has its own address and a Tango stop within 600 m.
Filled at a service's first match (or all at once by ``warm``); a snapshot made by
``upsert`` / ``remove`` (same records, some replaced, new ones appended) inherits the
columns of the one it came from, so only the changed services are derived again.
"""

from __future__ import annotations

import threading
import weakref
from functools import cache
from typing import Any

import numpy as np

from app.core.matching.cache import KEYED_GROUPS, ServiceFacts, group_keys

_LOCK = threading.Lock()
_COLUMNS: weakref.WeakKeyDictionary[Any, MatchColumns] = weakref.WeakKeyDictionary()
_LAST: list[tuple[list, MatchColumns]] = []  # type: ignore[type-arg]


@cache
def theme_bits() -> dict[str, int]:
    """Thématique code → bit number (vocabulary order)."""
    from app.core.reference.vocabularies import thematiques

    return {code: bit for bit, code in enumerate(thematiques())}


def themes_mask(codes) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """(low 64 bits, high bits) of a set of thématique codes (unknown codes ignored)."""
    bits = theme_bits()
    value = 0
    for code in codes:
        bit = bits.get(code)
        if bit is not None:
            value |= 1 << bit
    return value & 0xFFFF_FFFF_FFFF_FFFF, value >> 64


class MatchColumns:
    __slots__ = (
        "size",
        "filled",
        "keys",
        "verified",
        "themes_lo",
        "themes_hi",
        "exact",
        "stop",
    )

    def __init__(self, size: int) -> None:
        self.size = size
        self.filled = np.zeros(size, dtype=bool)
        self.keys = np.zeros((size, len(KEYED_GROUPS)), dtype=np.int32)  # see KEYED_GROUPS
        self.verified = np.zeros(size, dtype=bool)  # freshness is the verification day
        self.themes_lo = np.zeros(size, dtype=np.uint64)
        self.themes_hi = np.zeros(size, dtype=np.uint64)
        self.exact = np.zeros(size, dtype=bool)
        self.stop = np.zeros(size, dtype=bool)

    def extended(self, size: int, replaced: np.ndarray) -> MatchColumns:
        """A copy for a larger snapshot; ``replaced`` documents must be derived again."""
        copy = MatchColumns(size)
        n = self.size
        for name in self.__slots__[1:]:
            getattr(copy, name)[:n] = getattr(self, name)
        copy.filled[replaced] = False
        return copy

    def fill(self, records: list, numbers: np.ndarray) -> None:  # type: ignore[type-arg]
        """Derive the services among ``numbers`` not derived yet."""
        missing = numbers[~self.filled[numbers]]
        for number in missing.tolist():
            record = records[number]
            if record is None:
                continue
            f = ServiceFacts(record)
            self.keys[number] = group_keys(f)
            self.verified[number] = record.freshness == record.verified_on
            low, high = themes_mask(record.thematiques)
            self.themes_lo[number] = low
            self.themes_hi[number] = high
            self.exact[number] = f.exact_point
            self.stop[number] = f.exact_point and f.nearest_stop() is not None
            self.filled[number] = True


def _inherit(snapshot: Any) -> MatchColumns | None:
    """The columns of the snapshot this one was made from, extended, if any."""
    new = snapshot.records
    for old, columns in reversed(_LAST):
        size = len(old)
        if size > len(new):
            continue
        replaced = [i for i in range(size) if new[i] is not old[i]]
        if any(new[i] is not None for i in replaced):
            continue  # a rebuilt snapshot: numbers mean other services
        return columns.extended(snapshot.size, np.asarray(replaced, dtype=np.int64))
    return None


def columns_for(snapshot: Any) -> MatchColumns:
    """The matching columns of an index snapshot (made empty, or inherited, on first use)."""
    with _LOCK:
        found = _COLUMNS.get(snapshot)
        if found is None:
            found = _inherit(snapshot) or MatchColumns(snapshot.size)
            _COLUMNS[snapshot] = found
            # the records list, not the snapshot: the index drops its old snapshot at once
            _LAST.append((snapshot.records, found))
            del _LAST[:-2]
        return found


def warm(index: Any) -> int:
    """Derive every service of the index now rather than at its first match (for the
    benchmark, or a background task after loading); returns the number of services.

    What this keeps (representative services, interned keys, the reference data it loaded)
    lives as long as the index: for a large catalogue it is exempted from garbage
    collection like the index itself (``search.memory.freeze_long_lived``)."""
    from app.core.search.memory import freeze_long_lived

    snapshot = index.snapshot()
    columns = columns_for(snapshot)
    numbers = np.flatnonzero(snapshot.alive)
    columns.fill(snapshot.records, numbers)
    freeze_long_lived(len(numbers))
    return len(numbers)
