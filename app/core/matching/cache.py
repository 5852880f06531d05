"""What matching needs from a service, computed once per record and kept by record id.

Deriving a service's ages from its text, normalising its zone codes or finding the Tango
stop nearest to it does not depend on the visitor. ``ServiceFacts`` holds these values;
``facts`` keeps them for the services being explained, ``columns`` keeps the keys of every
service. A cached entry remembers the record object it was made from; an edited record (a
new object with the same id, as ``CatalogueIndex.upsert`` stores) is derived again.

Keys are small integers interning what the memoised criteria read; the first facts seen
with a key are kept as its representative (``representative``).
"""

from __future__ import annotations

from functools import cache, lru_cache

from app.core.matching.derive import AgeRange, age_range, publics_to_check
from app.core.records import ServiceRecord
from app.core.search.geography import normalise_zone_code, record_point

TANGO_STOP_MAX_METRES = 600.0  # a service farther than this from any stop is not served

_NOT_LOOKED_UP = object()

# What the criteria of each group read (``group_keys``, in this order): age (ages),
# situation (required situations), prerequisites, diploma (ceiling), zone, publics (those
# to check), mode and cost (modes d'accueil and frais).
KEYED_GROUPS = ("age", "situation", "prerequis", "diplome", "zone", "publics", "mode-frais")


@cache
def _stops_box() -> tuple[float, float, float, float]:
    """(south, north, west, east) of the Tango stops, widened by more than 600 m."""
    from app.core.reference.tango import stops

    points = stops().values()
    margin = 0.02  # degrees: 2.2 km north-south, 1.6 km east-west around Nîmes
    return (
        min(p.latitude for p in points) - margin,
        max(p.latitude for p in points) + margin,
        min(p.longitude for p in points) - margin,
        max(p.longitude for p in points) + margin,
    )


def _nearest_stop(latitude: float, longitude: float) -> tuple[object, float] | None:
    south, north, west, east = _stops_box()
    if not (south <= latitude <= north and west <= longitude <= east):
        return None  # far from the network: no need to look
    return _nearest_stop_near_network(latitude, longitude)


@lru_cache(maxsize=1 << 16)
def _nearest_stop_near_network(latitude: float, longitude: float) -> tuple[object, float] | None:
    """Looked up once per point: when the matching columns are filled (``warm``), then read
    again when a transport sentence is written."""
    from app.core.reference.tango import stops_within

    found = stops_within(latitude, longitude, TANGO_STOP_MAX_METRES)  # nearest first
    return found[0] if found else None


class ServiceFacts:
    """What the rules read from one service, each value derived when first read (writing a
    distance sentence needs none of the derived ages, publics or zone)."""

    __slots__ = (
        "record",
        "remote_only",
        "remote_possible",
        "_ages",
        "_publics",
        "_themes",
        "_zone",
        "_stop",
    )

    def __init__(self, record: ServiceRecord) -> None:
        self.record = record
        self.remote_only: bool = record.is_remote_only
        self.remote_possible: bool = record.is_remote_possible
        self._ages: object = _NOT_LOOKED_UP
        self._publics: object = _NOT_LOOKED_UP
        self._themes: object = _NOT_LOOKED_UP
        self._zone: object = _NOT_LOOKED_UP
        self._stop: object = _NOT_LOOKED_UP

    @property
    def ages(self) -> AgeRange | None:
        """Ages of the service, entered or derived (``derive.age_range``)."""
        if self._ages is _NOT_LOOKED_UP:
            self._ages = age_range(self.record)
        return self._ages  # type: ignore[return-value]

    @property
    def publics(self) -> tuple[str, ...]:
        """The publics to check against the profile (``derive.publics_to_check``)."""
        if self._publics is _NOT_LOOKED_UP:
            self._publics = publics_to_check(self.record, self.ages)
        return self._publics  # type: ignore[return-value]

    @property
    def themes(self) -> frozenset[str]:
        if self._themes is _NOT_LOOKED_UP:
            self._themes = frozenset(self.record.thematiques)
        return self._themes  # type: ignore[return-value]

    @property
    def zone(self) -> tuple[str, ...]:
        """The zone codes, normalised (``geography.normalise_zone_code``)."""
        if self._zone is _NOT_LOOKED_UP:
            self._zone = tuple(normalise_zone_code(z) for z in self.record.zone_eligibilite)
        return self._zone  # type: ignore[return-value]

    @property
    def point(self) -> tuple[float, float] | None:
        """Where the service is received (``geography.record_point``)."""
        return record_point(self.record)

    @property
    def exact_point(self) -> bool:
        """True when the point is the service's (or its structure's) own address, not the
        centre of its commune."""
        return self.record.latitude is not None and self.record.longitude is not None

    def nearest_stop(self) -> tuple[object, float] | None:
        """(Tango stop, metres) within TANGO_STOP_MAX_METRES of the service's own address,
        or None (no stop near, or no address)."""
        if self._stop is _NOT_LOOKED_UP:
            record = self.record
            self._stop = (
                _nearest_stop(record.latitude, record.longitude)  # type: ignore[arg-type]
                if self.exact_point
                else None
            )
        return self._stop  # type: ignore[return-value]


_FACTS: dict[str, ServiceFacts] = {}
_FACTS_MAX = 20_000  # facts kept for explanations; the columns hold the rest as keys
_KEYS: dict[object, int] = {}
_REPRESENTATIVES: dict[int, ServiceFacts] = {}


def _intern(value: object) -> int:
    key = _KEYS.get(value)
    if key is None:
        key = _KEYS[value] = len(_KEYS)
    return key


def group_keys(f: ServiceFacts) -> tuple[int, ...]:
    """Small integers naming what each memoised group of criteria reads (KEYED_GROUPS):
    services with the same key get the same criteria of the group for a visitor. The first
    facts seen with a key become its representative."""
    record = f.record
    values = (
        f.ages,
        record.required_situations,
        record.prerequisites,
        record.diploma_max,
        f.zone,
        f.publics,
        (record.modes_accueil, record.frais),
    )
    keys = tuple(_intern((group, value)) for group, value in zip(KEYED_GROUPS, values, strict=True))
    for key in keys:
        if key not in _REPRESENTATIVES:
            _REPRESENTATIVES[key] = f
    return keys


def representative(key: int) -> ServiceFacts:
    """Facts of a service having this key: every service with the key gets the same
    memoised criteria, so any of them stands for all."""
    return _REPRESENTATIVES[key]


def facts(record: ServiceRecord) -> ServiceFacts:
    """The facts of a record, kept for the next explanation (derived again when the
    record object changed)."""
    found = _FACTS.get(record.id)
    if found is None or found.record is not record:
        found = ServiceFacts(record)
        if len(_FACTS) >= _FACTS_MAX:
            _FACTS.clear()
        _FACTS[record.id] = found
    return found


def clear() -> None:
    """Forget everything derived (the matching columns keep their own keys: clear
    them too, with the index, or not at all)."""
    _FACTS.clear()
