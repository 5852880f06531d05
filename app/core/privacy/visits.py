"""Anonymous visit records: what the territory's diagnosis of gaps needs, and nothing more.

A visitor's profile lives in memory only. When the counsellor has run the matching,
``record_visit`` keeps the day (not the time), the commune's INSEE code, an age band
(not the age), the needs as thématique codes (never free text), how many eligible
services were found and which needs no eligible service covered (*unmet needs*).
Nothing in a record can link it back to a person.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from app.core.errors import UserError
from app.core.os_errors import describe
from app.core.privacy.tables import VisitRecord

AGE_UNKNOWN = "non renseigné"
AGE_BANDS = ("16–25", "26–44", "45 et plus", AGE_UNKNOWN)


def age_band(age: object) -> str:
    """The band of an age; anything that is not a plausible age is "non renseigné".

    The public is 16 and over: a younger age (rare, an error or a minor accompanied by
    a parent) falls in the first band rather than in a band of its own that would single
    the person out.
    """
    if isinstance(age, bool) or not isinstance(age, int) or not 0 < age < 120:
        return AGE_UNKNOWN
    if age <= 25:
        return "16–25"
    if age <= 44:
        return "26–44"
    return "45 et plus"


def _known_commune(code: object) -> str | None:
    from app.core.reference.communes import commune

    if not isinstance(code, str):
        return None
    found = commune(code)
    return found.code if found is not None else None


def _known_needs(needs: object) -> list[str]:
    """Thématique or category codes only, without duplicates: no free text gets in."""
    from app.core.reference.vocabularies import is_valid

    if not isinstance(needs, Iterable) or isinstance(needs, str | bytes):
        return []
    kept: list[str] = []
    for need in needs:
        if isinstance(need, str) and (
            is_valid("thematiques", need) or is_valid("categories", need)
        ):
            if need not in kept:
                kept.append(need)
    return kept


def covers(thematique: str, need: str) -> bool:
    """A service's thématique covers a need: same code, or one is the category of the other."""
    return (
        thematique == need
        or thematique.startswith(need + "--")
        or need.startswith(thematique + "--")
    )


def _eligible_ids(match_result: Any) -> list[str]:
    matches = getattr(match_result, "matches", None) or []
    return [m.service_id for m in matches if getattr(m, "eligible", True)]


def build_visit(
    session: Session, profile: Any, match_result: Any, today: date | None = None
) -> VisitRecord:
    """The anonymous record of a visit (not saved); see ``record_visit``."""
    from app.core.catalogue import services_by_ids

    needs = _known_needs(getattr(profile, "besoins", None))
    eligible = _eligible_ids(match_result)
    themes = {
        t for service in services_by_ids(session, eligible) for t in (service.thematiques or [])
    }
    unmet = [need for need in needs if not any(covers(t, need) for t in themes)]
    return VisitRecord(
        day=today or date.today(),
        commune=_known_commune(getattr(profile, "commune", None)),
        age_band=age_band(getattr(profile, "age", None)),
        needs=needs,
        match_count=len(eligible),
        unmet_needs=unmet,
    )


def record_visit(
    session: Session, profile: Any, match_result: Any, today: date | None = None
) -> VisitRecord:
    """Add the anonymous record of a visit to the session (the caller commits).

    ``profile`` is anything with ``.age``, ``.commune`` and ``.besoins`` (a matching
    ``Profile``); ``match_result`` anything with ``.matches`` whose items have
    ``.service_id`` and ``.eligible`` (a ``MatchResult``).
    """
    record = build_visit(session, profile, match_result, today)
    session.add(record)
    session.flush()
    return record


@dataclass
class VisitStats:
    """Counts over a period, for the territory's diagnosis."""

    since: date | None
    until: date | None
    total: int = 0
    without_match: int = 0
    by_age_band: dict[str, int] = field(default_factory=dict)
    by_commune: dict[str, int] = field(default_factory=dict)
    by_need: dict[str, int] = field(default_factory=dict)
    unmet_by_need: dict[str, int] = field(default_factory=dict)
    unmet_by_commune: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "depuis": self.since.isoformat() if self.since else None,
            "jusqu_au": self.until.isoformat() if self.until else None,
            "visites": self.total,
            "visites_sans_resultat": self.without_match,
            "par_tranche_age": self.by_age_band,
            "par_commune": self.by_commune,
            "par_besoin": self.by_need,
            "besoins_non_couverts": self.unmet_by_need,
            "besoins_non_couverts_par_commune": self.unmet_by_commune,
        }


def _records(session: Session, since: date | None, until: date | None) -> list[VisitRecord]:
    if since and until and since > until:
        raise UserError("La date de début est après la date de fin.")
    query = select(VisitRecord).order_by(VisitRecord.day, VisitRecord.id)
    if since is not None:
        query = query.where(VisitRecord.day >= since)
    if until is not None:
        query = query.where(VisitRecord.day <= until)
    return list(session.exec(query))


def _sorted(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def visit_stats(
    session: Session, since: date | None = None, until: date | None = None
) -> VisitStats:
    """Counts by age band, commune and need, and unmet needs by need and by commune."""
    records = _records(session, since, until)
    bands: Counter[str] = Counter()
    communes: Counter[str] = Counter()
    needs: Counter[str] = Counter()
    unmet: Counter[str] = Counter()
    unmet_by_commune: dict[str, Counter[str]] = {}
    for record in records:
        place = record.commune or AGE_UNKNOWN
        bands[record.age_band] += 1
        communes[place] += 1
        needs.update(record.needs)
        unmet.update(record.unmet_needs)
        if record.unmet_needs:
            unmet_by_commune.setdefault(place, Counter()).update(record.unmet_needs)
    return VisitStats(
        since=since,
        until=until,
        total=len(records),
        without_match=sum(1 for record in records if record.match_count == 0),
        by_age_band={band: bands[band] for band in AGE_BANDS if bands[band]},
        by_commune=_sorted(communes),
        by_need=_sorted(needs),
        unmet_by_need=_sorted(unmet),
        unmet_by_commune={
            place: _sorted(unmet_by_commune[place]) for place in sorted(unmet_by_commune)
        },
    )


CSV_HEADER = (
    "date",
    "commune",
    "nom_commune",
    "tranche_age",
    "besoins",
    "services_trouves",
    "besoins_non_couverts",
)


def export_visits_csv(
    session: Session, path: str | Path, since: date | None = None, until: date | None = None
) -> int:
    """Write the visit records to a CSV (``;``-separated, UTF-8 with BOM for spreadsheets)."""
    from app.core.reference.communes import commune

    records = _records(session, since, until)
    target = Path(path)
    try:
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(CSV_HEADER)
            for record in records:
                place = commune(record.commune)
                writer.writerow(
                    (
                        record.day.isoformat(),
                        record.commune or "",
                        place.nom if place else "",
                        record.age_band,
                        ", ".join(record.needs),
                        record.match_count,
                        ", ".join(record.unmet_needs),
                    )
                )
    except OSError as exc:
        raise UserError(f"Impossible d'écrire le fichier « {target} » : {describe(exc)}.") from exc
    return len(records)
