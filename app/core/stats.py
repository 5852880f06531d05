"""Counts that describe the catalogue: by family, theme, commune and freshness.

Counts are of services that are not archived (archived ones are counted apart). A service in
several families or themes counts once in each. The commune of a service is its own, else
its structure's. Freshness is the most recent of the producer's update (``date_maj``) and
our local verification (``verified_on``): less than 6 months, 6 to 12 months, more.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from app.core.catalogue import is_sample_catalogue
from app.core.freshness import freshness_date, months_before
from app.core.models import Service, Structure
from app.core.vocab import FAMILIES, families_of

FRESH = "moins-de-6-mois"
AGING = "6-a-12-mois"
STALE = "plus-de-12-mois"
FRESHNESS_LABELS = {
    FRESH: "Moins de 6 mois",
    AGING: "De 6 à 12 mois",
    STALE: "Plus de 12 mois",
}
NO_FAMILY = "sans-famille"
NO_COMMUNE = ""


def freshness_bucket(freshness: date, today: date) -> str:
    if freshness >= months_before(today, 6):
        return FRESH
    if freshness >= months_before(today, 12):
        return AGING
    return STALE


@dataclass
class CatalogueStats:
    today: date
    sample: bool
    services: int = 0  # not archived
    structures: int = 0  # not archived
    archived_services: int = 0
    archived_structures: int = 0
    by_family: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_theme: dict[str, int] = field(default_factory=dict)
    by_commune: dict[str, int] = field(default_factory=dict)  # INSEE code ("" unknown) → count
    commune_names: dict[str, str] = field(default_factory=dict)
    freshness: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (``passerelle catalogue stats --json``)."""
        return {
            "date": self.today.isoformat(),
            "catalogue_exemple": self.sample,
            "services": self.services,
            "structures": self.structures,
            "services_archives": self.archived_services,
            "structures_archivees": self.archived_structures,
            "par_famille": self.by_family,
            "par_categorie": self.by_category,
            "par_thematique": self.by_theme,
            "par_commune": [
                {"code_insee": code or None, "nom": self.commune_names.get(code, ""), "services": n}
                for code, n in self.by_commune.items()
            ],
            "fraicheur": self.freshness,
        }

    def as_text(self) -> str:
        """The counts as French text for the command line."""
        from app.core.reference.vocabularies import category_label, thematique_label

        lines = []
        if self.sample:
            lines += ["Catalogue d'exemple (livré avec Passerelle, fiches non vérifiées).", ""]
        lines.append(
            f"{self.services} services actifs dans {self.structures} structures "
            f"(archivés : {self.archived_services} services, {self.archived_structures} structures)."
        )
        lines += ["", "Par famille :"]
        lines += _lines(self.by_family, lambda c: FAMILIES.get(c, "Sans famille"))
        lines += ["", "Par catégorie de thématiques :"]
        lines += _lines(self.by_category, category_label)
        lines += ["", "Par thématique :"]
        lines += _lines(self.by_theme, thematique_label)
        lines += ["", "Par commune :"]
        lines += _lines(
            self.by_commune, lambda c: self.commune_names.get(c) or "Commune non renseignée"
        )
        lines += [
            "",
            f"Fraîcheur (dernière mise à jour ou vérification, au {self.today.strftime('%d/%m/%Y')}) :",
        ]
        lines += _lines(self.freshness, FRESHNESS_LABELS.get, keep_order=True)
        return "\n".join(lines)


def _lines(counts: dict[str, int], label: Any, *, keep_order: bool = False) -> list[str]:
    if not counts:
        return ["  (aucun)"]
    items = (
        list(counts.items())
        if keep_order
        else sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    width = max(len(str(n)) for _, n in items)
    return [f"  {str(n).rjust(width)}  {label(code)}" for code, n in items]


def catalogue_stats(session: Session, today: date | None = None) -> CatalogueStats:
    from app.core.reference.communes import commune as commune_of
    from app.core.reference.vocabularies import category_of

    today = today or date.today()
    stats = CatalogueStats(today=today, sample=is_sample_catalogue(session))
    structure_places = {
        sid: (code, name)
        for sid, code, name in session.execute(
            select(Structure.id, Structure.code_insee, Structure.commune)
        )
    }
    stats.structures = session.execute(
        select(func.count()).select_from(Structure).where(Structure.archived == False)  # noqa: E712
    ).scalar_one()
    stats.archived_structures = len(structure_places) - stats.structures
    families: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    themes: Counter[str] = Counter()
    communes: Counter[str] = Counter()
    freshness: Counter[str] = Counter({FRESH: 0, AGING: 0, STALE: 0})
    names: dict[str, str] = {}
    for service in session.scalars(select(Service)):
        if service.archived:
            stats.archived_services += 1
            continue
        stats.services += 1
        codes = service.thematiques or []
        service_families = families_of(codes, service.type) or {NO_FAMILY}
        families.update(service_families)
        categories.update({category_of(code) for code in codes})
        themes.update(set(codes))
        code = service.code_insee
        name = service.commune
        if not code:
            code, fallback_name = structure_places.get(service.structure_id, (None, None))
            name = name or fallback_name
        code = code or NO_COMMUNE
        communes[code] += 1
        if code not in names:
            known = commune_of(code) if code else None
            names[code] = known.nom if known is not None else (name or "") if code else ""
        freshness[freshness_bucket(freshness_date(service), today)] += 1
    stats.by_family = dict(families.most_common())
    stats.by_category = dict(categories.most_common())
    stats.by_theme = dict(themes.most_common())
    stats.by_commune = dict(communes.most_common())
    stats.commune_names = names
    stats.freshness = {key: freshness[key] for key in (FRESH, AGING, STALE)}
    return stats
