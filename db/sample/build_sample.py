"""Build the sample catalogue of Nîmes Métropole (db/sample/structures.json, services.json).

The content is hand-written in the sample_*.py modules beside this script; this script adds
what comes from real reference data (names, addresses and coordinates of the France Travail
agencies, communes' postal codes and points, Tango stops), spreads the update dates, checks
every row against the data·inclusion v1 schema and our vocabularies, and writes data·inclusion
v1 JSON lists with our extension fields as extra top-level keys.

It is deterministic and reads ../shared/data at build time only:

    .venv/bin/python db/sample/build_sample.py [--shared PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import unicodedata
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = REPO.parent / "shared" / "data"
for _path in (str(HERE), str(REPO)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from sample_common import EPCI  # noqa: E402
from sample_services_communes import SERVICES_COMMUNES  # noqa: E402
from sample_services_nimes import SERVICES_NIMES  # noqa: E402
from sample_structures import STRUCTURES  # noqa: E402

from app.core.models import (  # noqa: E402
    DI_SERVICE_FIELDS,
    DI_STRUCTURE_FIELDS,
    SERVICE_EXTENSION_FIELDS,
    STRUCTURE_EXTENSION_FIELDS,
)
from app.core.vocab import DIPLOMAS, PREREQUISITES, SITUATIONS, families_of  # noqa: E402

SOURCE = "exemple-passerelle"
NIMES = "30189"
MIN_STRUCTURES = 45
MIN_SERVICES = 130
MIN_COMMUNES = 28
# date_maj spread: some services older than a year, most of them recent
OLDEST = date(2023, 6, 1)
OLD_UNTIL = date(2025, 10, 31)
RECENT_FROM = date(2025, 12, 1)
NEWEST = date(2026, 11, 20)
VERIFIED_FROM = date(2025, 6, 1)
SHARE_OLD = 0.08
SHARE_VERIFIED = 0.12
SESSIONS_FROM = date(2026, 12, 1)
SESSIONS_UNTIL = date(2027, 6, 30)
# France Travail rows of the shared list that are not agencies open to the public
FT_NOT_AGENCY = ("DT ",)

VERIFIERS = {
    "mobilite": "Pôle mobilité de la Maison des compétences",
    "formation": "Référent formation de la Maison des compétences",
    "orientation": "Conseiller orientation de la Maison des compétences",
    "insertion": "Accueil Maison des compétences",
}
SERVICE_KEYS = DI_SERVICE_FIELDS + tuple(f for f in SERVICE_EXTENSION_FIELDS if f != "archived")
STRUCTURE_KEYS = DI_STRUCTURE_FIELDS + tuple(
    f for f in STRUCTURE_EXTENSION_FIELDS if f != "archived"
)
# what the content modules may set on a service besides the computed fields
CONTENT_ONLY_KEYS = {"structure", "slug", "pour", "lieu", "maj", "verified"}


class SampleError(Exception):
    """The content or the reference data do not allow a valid sample catalogue."""


# --- reference data (../shared/data) -------------------------------------------------------


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def _read_csv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        raise SampleError(f"Missing reference file: {path}")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def load_reference(shared: Path) -> dict[str, Any]:
    communes = {}
    for row in _read_csv(shared / "communes" / "nimes_metropole_communes.csv"):
        communes[row["code_insee"]] = {
            "nom": row["nom"],
            "codes_postaux": row["codes_postaux"].split("|"),
            "lat": float(row["point_interieur_lat"]),
            "lon": float(row["point_interieur_lon"]),
        }
    agencies = {
        row["code_safir"]: row
        for row in _read_csv(shared / "france-travail" / "prescripteurs_gard.csv")
        if row["type"] == "FT"
    }
    stops = {
        row["stop_area_name"]: (float(row["mean_lat"]), float(row["mean_lon"]))
        for row in _read_csv(shared / "tango" / "tango_stop_areas.csv")
    }
    qpv = {
        row["code_qp"]: (row["nom_qp"], row["nom_commune"])
        for row in _read_csv(shared / "qpv-2015" / "qpv2015_gard_indicateurs_insee.csv")
    }
    return {"communes": communes, "agencies": agencies, "stops": stops, "qpv": qpv}


def _commune_of_agency(row: dict[str, str], communes: dict[str, dict]) -> str | None:
    for code, commune in communes.items():
        if _fold(commune["nom"]) == _fold(row["commune"]) and (
            row["code_postal"] in commune["codes_postaux"]
        ):
            return code
    return None


def _metropole_agencies(reference: dict[str, Any]) -> dict[str, tuple[str, dict[str, str]]]:
    """France Travail agencies open to the public located in Nîmes Métropole, by SAFIR code."""
    found = {}
    for safir, row in reference["agencies"].items():
        code = _commune_of_agency(row, reference["communes"])
        name = row["nom"].split(" - ", 1)[-1]
        if code is not None and not name.startswith(FT_NOT_AGENCY):
            found[safir] = (code, row)
    return found


# --- building --------------------------------------------------------------------------------


def _rng(*parts: str) -> random.Random:
    return random.Random(":".join((SOURCE,) + parts))


def _random_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _near(point: tuple[float, float], rng: random.Random) -> tuple[float, float]:
    """A point a few hundred metres from ``point`` (fictional addresses)."""
    lat, lon = point
    return round(lat + rng.uniform(-0.002, 0.002), 6), round(lon + rng.uniform(-0.0025, 0.0025), 6)


def _commune_point(communes: dict[str, dict], code: str) -> tuple[float, float]:
    return communes[code]["lat"], communes[code]["lon"]


def build_structures(reference: dict[str, Any]) -> list[dict[str, Any]]:
    communes = reference["communes"]
    agencies = _metropole_agencies(reference)
    used_safirs = {item["safir"] for item in STRUCTURES if item["safir"]}
    if used_safirs != set(agencies):
        raise SampleError(
            "The France Travail agencies of Nîmes Métropole in the shared list "
            f"({sorted(agencies)}) differ from those of the sample ({sorted(used_safirs)})."
        )
    rows = []
    for item in STRUCTURES:
        slug = item["slug"]
        row: dict[str, Any] = dict.fromkeys(STRUCTURE_KEYS)
        row.update(
            id=f"{SOURCE}--{slug}",
            source=SOURCE,
            description=item["description"],
            horaires_accueil=item["horaires_accueil"],
            reseaux_porteurs=item["reseaux_porteurs"],
            date_maj=_random_date(_rng(slug, "structure"), date(2024, 1, 8), NEWEST),
        )
        if item["safir"]:
            code, agency = agencies[item["safir"]]
            if code != item["code_insee"]:
                raise SampleError(f"{slug}: agency {item['safir']} is not in {item['code_insee']}")
            row.update(
                nom=agency["nom"],
                adresse=agency["adresse"],
                complement_adresse=agency["complement_adresse"] or None,
                code_postal=agency["code_postal"],
                latitude=float(agency["latitude"]),
                longitude=float(agency["longitude"]),
                site_web="https://www.francetravail.fr",
            )
        else:
            if item["stop"]:
                if item["stop"] not in reference["stops"]:
                    raise SampleError(f"{slug}: unknown Tango stop {item['stop']!r}")
                latitude, longitude = reference["stops"][item["stop"]]
            elif item["code_insee"] == NIMES:
                raise SampleError(f"{slug}: a Nîmes structure must be placed on a Tango stop")
            else:
                point = _commune_point(communes, item["code_insee"])
                latitude, longitude = _near(point, _rng(slug, "position"))
            row.update(
                nom=item["nom"],
                adresse=item["adresse"],
                complement_adresse=item["complement_adresse"],
                code_postal=item["code_postal"],
                latitude=latitude,
                longitude=longitude,
            )
        row.update(code_insee=item["code_insee"], commune=communes[item["code_insee"]]["nom"])
        if item["qpv"]:
            qpv_name, qpv_commune = reference["qpv"].get(item["qpv"], (None, None))
            if qpv_commune != row["commune"]:
                raise SampleError(f"{slug}: QPV {item['qpv']} is not in {row['commune']}")
        rows.append(row)
    return rows


def _sessions(item: dict[str, Any]) -> list[dict[str, Any]] | None:
    if not item.get("sessions"):
        return None
    weeks = item.get("nombre_semaines")
    if not weeks:
        raise SampleError(f"{item['slug']}: sessions need nombre_semaines")
    sessions = []
    for start_text, places in sorted(item["sessions"]):
        start = date.fromisoformat(start_text)
        end = start + timedelta(days=7 * weeks - 3)
        sessions.append({"debut": start.isoformat(), "fin": end.isoformat(), "places": places})
    return sessions


def _family(service: dict[str, Any]) -> str:
    families = families_of(service["thematiques"], service["type"])
    for family in ("mobilite", "formation", "orientation", "insertion"):
        if family in families:
            return family
    return "insertion"


def build_services(
    reference: dict[str, Any], structures: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    communes = reference["communes"]
    by_slug = {row["id"].split("--", 1)[1]: row for row in structures}
    rows = []
    for item in SERVICES_NIMES + SERVICES_COMMUNES:
        slug = item["slug"]
        if item["structure"] not in by_slug:
            raise SampleError(f"{slug}: unknown structure {item['structure']!r}")
        structure = by_slug[item["structure"]]
        row: dict[str, Any] = dict.fromkeys(SERVICE_KEYS)
        row.update(
            id=f"{SOURCE}--{slug}",
            source=SOURCE,
            structure_id=structure["id"],
            frais="gratuit",
            modes_accueil=["en-presentiel"],
            modes_mobilisation=["se-presenter"],
            mobilisable_par=["usagers", "professionnels"],
            zone_eligibilite=[EPCI],
        )
        unknown = set(item) - set(SERVICE_KEYS) - CONTENT_ONLY_KEYS
        if unknown:
            raise SampleError(f"{slug}: unknown fields {sorted(unknown)}")
        row.update({k: v for k, v in item.items() if k in SERVICE_KEYS})
        row["sessions"] = _sessions(item)
        row["arrival_phrase"] = (
            f"Je viens de la part de la Maison des compétences pour {item['pour']}."
        )
        if item.get("lieu"):
            code, code_postal, adresse = item["lieu"]
            latitude, longitude = _near(_commune_point(communes, code), _rng(slug, "position"))
            row.update(
                adresse=adresse,
                code_postal=code_postal,
                commune=communes[code]["nom"],
                code_insee=code,
                latitude=latitude,
                longitude=longitude,
            )
        else:
            for key in (
                "adresse",
                "complement_adresse",
                "code_postal",
                "commune",
                "code_insee",
                "latitude",
                "longitude",
            ):
                row[key] = structure[key]
        if row["horaires_accueil"] is None and "en-presentiel" in row["modes_accueil"]:
            row["horaires_accueil"] = structure["horaires_accueil"]
        rng = _rng(slug, "dates")
        if item.get("maj"):
            row["date_maj"] = date.fromisoformat(item["maj"])
        elif rng.random() < SHARE_OLD:
            row["date_maj"] = _random_date(rng, OLDEST, OLD_UNTIL)
        else:
            row["date_maj"] = _random_date(rng, RECENT_FROM, NEWEST)
        verified = item.get("verified")
        if verified is None:
            verified = rng.random() < SHARE_VERIFIED
        if verified:
            start = max(row["date_maj"], VERIFIED_FROM)
            row["verified_on"] = _random_date(rng, start, NEWEST)
            row["verified_by"] = VERIFIERS[_family(row)]
        rows.append(row)
    for structure in structures:
        own = [r for r in rows if r["structure_id"] == structure["id"] and r["verified_on"]]
        if own:
            latest = max(own, key=lambda r: r["verified_on"])
            structure["verified_on"] = latest["verified_on"]
            structure["verified_by"] = latest["verified_by"]
    return rows


# --- checks ----------------------------------------------------------------------------------


def _schema_errors(rows: Iterable[dict[str, Any]], model: Any) -> list[str]:
    from pydantic import ValidationError

    errors = []
    for row in rows:
        data = {k: v for k, v in row.items() if k in model.model_fields}
        try:
            model.model_validate(data, context={"ignore_warnings": False})
        except ValidationError as exc:
            for error in exc.errors():
                where = ".".join(str(p) for p in error["loc"])
                errors.append(f"{row['id']}: {where}: {error['msg']}")
    return errors


def _hours_errors(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Hours must be valid OSM, readable in French, and no rule may silently replace the hours
    an earlier rule gave to the same day ("Mo-Fr 09:00-12:00; Tu 14:00-17:00" closes Tuesday
    morning)."""
    from app.core.hours import is_valid_hours, parse_hours

    errors = []
    for row in rows:
        value = row["horaires_accueil"]
        if value is None:
            continue
        rules = parse_hours(value) if is_valid_hours(value) else None
        if rules is None:
            errors.append(f"{row['id']}: horaires_accueil {value!r} is not readable")
            continue
        seen: set[int] = set()
        for rule in rules:
            if rule.separator == ";" and seen & set(rule.days):
                errors.append(f"{row['id']}: {value!r} replaces the hours of an earlier rule")
            seen.update(rule.days)
    return errors


def check(
    structures: list[dict[str, Any]], services: list[dict[str, Any]], reference: dict[str, Any]
) -> list[str]:
    from data_inclusion.schema.v1 import Service, Structure

    communes = reference["communes"]
    errors = _schema_errors(structures, Structure) + _schema_errors(services, Service)
    errors += _hours_errors(structures + services)
    ids = [row["id"] for row in structures + services]
    errors += [f"duplicate id {i}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    structure_ids = {row["id"] for row in structures}
    for row in structures + services:
        rid = row["id"]
        if row["code_insee"] not in communes:
            errors.append(f"{rid}: {row['code_insee']} is not a commune of Nîmes Métropole")
        elif row["code_postal"] not in communes[row["code_insee"]]["codes_postaux"]:
            errors.append(
                f"{rid}: postal code {row['code_postal']} is not that of {row['commune']}"
            )
        for key in ("telephone", "courriel", "contact_nom_prenom", "lien_source"):
            if row.get(key) is not None:
                errors.append(f"{rid}: {key} must stay empty")
        if not row["id"].startswith(f"{SOURCE}--") or row["source"] != SOURCE:
            errors.append(f"{rid}: wrong source or id prefix")
        if not OLDEST <= row["date_maj"] <= NEWEST:
            errors.append(f"{rid}: date_maj {row['date_maj']} out of range")
    for row in services:
        rid = row["id"]
        if row["structure_id"] not in structure_ids:
            errors.append(f"{rid}: unknown structure {row['structure_id']}")
        if not 200 <= len(row["description"]) <= 800:
            errors.append(f"{rid}: description of {len(row['description'])} characters")
        if "en-presentiel" in row["modes_accueil"] and not row["horaires_accueil"]:
            errors.append(f"{rid}: on-site service without horaires_accueil")
        for code in row["required_situations"] or ():
            if code not in SITUATIONS:
                errors.append(f"{rid}: unknown situation {code}")
        for code in row["prerequisites"] or ():
            if code not in PREREQUISITES:
                errors.append(f"{rid}: unknown prerequisite {code}")
        if row["diploma_max"] is not None and row["diploma_max"] not in DIPLOMAS:
            errors.append(f"{rid}: unknown diploma {row['diploma_max']}")
        if row["age_min"] and row["age_max"] and row["age_min"] > row["age_max"]:
            errors.append(f"{rid}: age_min above age_max")
        if row["type"] == "formation" and not (
            row["sessions"] and row["volume_horaire_hebdomadaire"] and row["nombre_semaines"]
        ):
            errors.append(f"{rid}: a training needs sessions, weekly hours and weeks")
        for session in row["sessions"] or ():
            start, end = date.fromisoformat(session["debut"]), date.fromisoformat(session["fin"])
            if not SESSIONS_FROM <= start < end <= SESSIONS_UNTIL:
                errors.append(f"{rid}: session {start}..{end} outside the planned window")
        if row["verified_on"] and (not row["verified_by"] or row["verified_on"] > NEWEST):
            errors.append(f"{rid}: bad verification")
    covered = {row["code_insee"] for row in structures + services}
    families = set().union(*(families_of(r["thematiques"], r["type"]) for r in services))
    if len(structures) < MIN_STRUCTURES or len(services) < MIN_SERVICES:
        errors.append(f"only {len(structures)} structures and {len(services)} services")
    if len(covered) < MIN_COMMUNES:
        errors.append(f"only {len(covered)} communes covered")
    if families != {"formation", "insertion", "mobilite", "orientation"}:
        errors.append(f"families covered: {sorted(families)}")
    return errors


# --- output ----------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not serialisable: {value!r}")


def write(rows: list[dict[str, Any]], path: Path) -> None:
    text = json.dumps(rows, ensure_ascii=False, indent=2, default=_jsonable)
    path.write_text(text + "\n", encoding="utf-8")


def summary(structures: list[dict[str, Any]], services: list[dict[str, Any]]) -> str:
    counts = {family: 0 for family in ("formation", "insertion", "mobilite", "orientation")}
    for row in services:
        for family in families_of(row["thematiques"], row["type"]):
            counts[family] += 1
    communes = {row["code_insee"] for row in structures + services}
    old = sum(1 for row in services if row["date_maj"] < NEWEST - timedelta(days=365))
    verified = sum(1 for row in services if row["verified_on"])
    remote = sum(1 for row in services if "a-distance" in row["modes_accueil"])
    return (
        f"{len(structures)} structures, {len(services)} services, {len(communes)} communes; "
        f"by family {counts}; {old} services updated more than a year ago, "
        f"{verified} verified, {remote} reachable remotely"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=DEFAULT_SHARED,
        help="the shared reference data folder (default: %(default)s)",
    )
    parser.add_argument(
        "--out", type=Path, default=HERE, help="where to write structures.json and services.json"
    )
    args = parser.parse_args(argv)
    try:
        reference = load_reference(args.shared)
        structures = build_structures(reference)
        services = build_services(reference, structures)
    except SampleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    errors = check(structures, services, reference)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"{len(errors)} error(s): nothing written", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    write(structures, args.out / "structures.json")
    write(services, args.out / "services.json")
    print(summary(structures, services))
    return 0


if __name__ == "__main__":
    sys.exit(main())
