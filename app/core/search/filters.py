"""What the counsellor can narrow a search to, and the check of the codes they gave.

Within one filter the codes are alternatives (any of them); filters combine (all of them).
Freshness is ``ServiceRecord.freshness``: the most recent of the producer's update and our
local verification.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from app.core.errors import UserError
from app.core.freshness import months_before  # noqa: F401 (used by the index)

WEEKDAYS: tuple[str, ...] = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)

_CODE_FILTERS = ("thematiques", "types", "publics", "frais", "modes_accueil", "families")


@dataclass(frozen=True)
class SearchFilters:
    thematiques: frozenset[str] = field(default_factory=frozenset)  # category or sub-theme
    types: frozenset[str] = field(default_factory=frozenset)
    publics: frozenset[str] = field(default_factory=frozenset)
    frais: frozenset[str] = field(default_factory=frozenset)
    modes_accueil: frozenset[str] = field(default_factory=frozenset)
    families: frozenset[str] = field(default_factory=frozenset)  # formation, insertion…
    older_than_months: int | None = None  # not updated nor verified for N months
    newer_than_months: int | None = None  # updated or verified in the last N months
    open_on: int | None = None  # 0 = Monday … 6 = Sunday
    commune: str | None = None  # the visitor's INSEE code
    max_distance_km: float | None = None  # services at a distance are always kept
    include_archived: bool = False
    # With a commune: drop the services whose zone_eligibilite leaves the commune out
    # (a service that gives no zone is kept: unknown is not excluded).
    eligible_only: bool = True

    def __post_init__(self) -> None:
        for name in _CODE_FILTERS:
            value = getattr(self, name)
            if not isinstance(value, frozenset):
                object.__setattr__(self, name, frozenset(_as_codes(value)))

    @property
    def is_empty(self) -> bool:
        return self == SearchFilters()

    def replace(self, **changes: object) -> SearchFilters:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return SearchFilters(**values)  # type: ignore[arg-type]


def _as_codes(value: Iterable[str] | str | None) -> Iterable[str]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return value


def weekday_number(name: str) -> int:
    """``lundi`` → 0 … ``dimanche`` → 6 (accents and case ignored); UserError otherwise."""
    from app.core.text import fold

    key = fold(name)
    if key in WEEKDAYS:
        return WEEKDAYS.index(key)
    raise UserError(f"Jour inconnu : « {name} ». Jours possibles : {', '.join(WEEKDAYS)}.")


def valid_codes() -> dict[str, dict[str, str]]:
    """For each code filter, the accepted codes and their French labels."""
    from app.core.reference import vocabularies as v
    from app.core.vocab import FAMILIES

    return {
        "thematiques": {**v.categories(), **v.thematiques()},
        "types": v.types_de_services(),
        "publics": v.publics(),
        "frais": v.frais(),
        "modes_accueil": v.modes_accueil(),
        "families": dict(FAMILIES),
    }


FILTER_NAMES_FR = {
    "thematiques": "thématique",
    "types": "type de service",
    "publics": "public",
    "frais": "frais",
    "modes_accueil": "mode d'accueil",
    "families": "famille",
}


def validate_filters(filters: SearchFilters) -> None:
    """Raise a French ``UserError`` naming the first unknown code and the valid ones, an
    unknown commune, or a meaningless number."""
    codes = valid_codes()
    for name in _CODE_FILTERS:
        unknown = sorted(set(getattr(filters, name)) - set(codes[name]))
        if unknown:
            listing = ", ".join(codes[name])
            raise UserError(
                f"{FILTER_NAMES_FR[name].capitalize()} inconnu(e) : « {unknown[0]} ». "
                f"Valeurs possibles : {listing}."
            )
    for name, label in (
        ("older_than_months", "plus ancien que"),
        ("newer_than_months", "plus récent que"),
    ):
        value = getattr(filters, name)
        if value is not None and value < 0:
            raise UserError(f"« {label} » attend un nombre de mois positif, pas {value}.")
    if filters.open_on is not None and not 0 <= filters.open_on <= 6:
        raise UserError("Le jour d'ouverture doit être un jour de la semaine (lundi à dimanche).")
    if filters.max_distance_km is not None and filters.max_distance_km < 0:
        raise UserError("La distance maximale doit être un nombre de kilomètres positif.")
    if filters.commune is not None:
        from app.core.reference.communes import commune

        if commune(filters.commune) is None:
            raise UserError(
                f"Commune inconnue : « {filters.commune} ». Indiquez son code INSEE "
                "(5 caractères, par exemple 30189 pour Nîmes)."
            )
    elif filters.max_distance_km is not None:
        raise UserError("Une distance maximale demande la commune du visiteur (--commune).")
