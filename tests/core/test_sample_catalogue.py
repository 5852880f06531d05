"""The sample catalogue shipped in db/sample: valid data·inclusion v1, local, complete, honest."""

from __future__ import annotations

import json
from datetime import date
from functools import cache

from data_inclusion.schema.v1 import Service, Structure

from app.core.hours import is_valid_hours
from app.core.paths import SAMPLE_DIR
from app.core.reference.communes import nimes_metropole_codes, postal_code_matches
from app.core.reference.vocabularies import thematiques
from app.core.sample import SAMPLE_SOURCE
from app.core.vocab import DIPLOMAS, FAMILIES, PREREQUISITES, SITUATIONS, families_of

EXTENSION_KEYS = {
    "age_min",
    "age_max",
    "required_situations",
    "diploma_max",
    "prerequisites",
    "documents",
    "sessions",
    "arrival_phrase",
    "verified_on",
    "verified_by",
}


@cache
def _load(name: str) -> tuple[dict, ...]:
    with (SAMPLE_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        return tuple(json.load(handle))


def structures() -> tuple[dict, ...]:
    return _load("structures")


def services() -> tuple[dict, ...]:
    return _load("services")


def _schema_errors(rows, model) -> list[str]:
    from pydantic import ValidationError

    errors = []
    for row in rows:
        data = {k: v for k, v in row.items() if k in model.model_fields}
        try:
            # ignore_warnings=False also enforces the schema's advice (names without a final dot)
            model.model_validate(data, context={"ignore_warnings": False})
        except ValidationError as exc:
            errors.append(f"{row['id']}: {exc}")
    return errors


def test_counts():
    assert len(structures()) >= 45
    assert len(services()) >= 130


def test_every_row_validates_with_data_inclusion_schema():
    assert _schema_errors(structures(), Structure) == []
    assert _schema_errors(services(), Service) == []


def test_extension_fields_are_top_level_keys_of_every_service():
    for row in services():
        assert EXTENSION_KEYS <= set(row), row["id"]


def test_ids_are_unique_prefixed_and_from_the_sample_source():
    ids = [row["id"] for row in structures() + services()]
    assert len(ids) == len(set(ids))
    for row in structures() + services():
        assert row["source"] == SAMPLE_SOURCE
        assert row["id"].startswith(f"{SAMPLE_SOURCE}--")


def test_every_service_belongs_to_a_known_structure():
    structure_ids = {row["id"] for row in structures()}
    orphans = [row["id"] for row in services() if row["structure_id"] not in structure_ids]
    assert orphans == []
    used = {row["structure_id"] for row in services()}
    assert structure_ids == used, "every structure has at least one service"


def test_every_place_is_a_commune_of_nimes_metropole_with_its_postal_code():
    members = set(nimes_metropole_codes())
    assert len(members) == 39
    for row in structures() + services():
        assert row["code_insee"] in members, row["id"]
        assert postal_code_matches(row["code_insee"], row["code_postal"]), row["id"]
        assert row["latitude"] is not None and row["longitude"] is not None, row["id"]


def test_the_catalogue_covers_at_least_28_communes_and_more_in_nimes():
    communes = [row["code_insee"] for row in structures()]
    covered = {row["code_insee"] for row in structures() + services()}
    assert len(covered) >= 28
    assert communes.count("30189") == max(communes.count(code) for code in set(communes))


def test_all_four_families_are_present():
    found = set()
    for row in services():
        found |= families_of(row["thematiques"], row["type"])
    assert found == set(FAMILIES)


def test_no_contact_is_ever_given():
    for row in structures() + services():
        assert row.get("telephone") is None, row["id"]
        assert row.get("courriel") is None, row["id"]
        assert row.get("contact_nom_prenom") is None, row["id"]
        assert row.get("lien_source") is None, row["id"]


def test_every_thematique_is_a_data_inclusion_code():
    valid = set(thematiques())
    for row in services():
        assert row["thematiques"], row["id"]
        assert set(row["thematiques"]) <= valid, row["id"]


def test_on_site_services_say_when_they_are_open():
    for row in services():
        if "en-presentiel" in row["modes_accueil"]:
            assert row["horaires_accueil"], row["id"]
    for row in structures() + services():
        if row["horaires_accueil"]:
            assert is_valid_hours(row["horaires_accueil"]), row["id"]


def test_eligibility_fields_use_our_vocabularies():
    for row in services():
        assert set(row["required_situations"] or ()) <= set(SITUATIONS), row["id"]
        assert set(row["prerequisites"] or ()) <= set(PREREQUISITES), row["id"]
        assert row["diploma_max"] is None or row["diploma_max"] in DIPLOMAS, row["id"]
        if row["age_min"] is not None and row["age_max"] is not None:
            assert row["age_min"] <= row["age_max"], row["id"]


def test_the_sample_has_realistic_variety():
    rows = services()
    assert any(row["modes_accueil"] == ["a-distance"] for row in rows)
    assert any(set(row["modes_accueil"]) == {"a-distance", "en-presentiel"} for row in rows)
    assert any(row["age_max"] == 25 for row in rows)
    assert any((row["age_min"] or 0) >= 45 for row in rows)
    assert any("rsa" in (row["required_situations"] or ()) for row in rows)
    assert any("rqth" in (row["required_situations"] or ()) for row in rows)
    assert any(row["diploma_max"] in ("aucun", "cap-bep") for row in rows)
    assert any(row["frais"] == "payant" and row["frais_precisions"] for row in rows)
    assert any(row["publics"] == ["tous-publics"] for row in rows)


def test_trainings_have_future_sessions_and_durations():
    trainings = [row for row in services() if row["type"] == "formation"]
    assert trainings
    for row in trainings:
        assert row["volume_horaire_hebdomadaire"] and row["nombre_semaines"], row["id"]
        assert row["sessions"], row["id"]
        for session in row["sessions"]:
            start, end = date.fromisoformat(session["debut"]), date.fromisoformat(session["fin"])
            assert date(2026, 12, 1) <= start < end <= date(2027, 6, 30), row["id"]
            assert session["places"] > 0


def test_update_dates_are_spread_and_some_services_are_verified_by_a_role():
    dates = [date.fromisoformat(row["date_maj"]) for row in services()]
    assert min(dates) >= date(2023, 6, 1)
    assert max(dates) <= date(2026, 11, 20)
    assert sum(d < date(2025, 11, 20) for d in dates) >= 10, "some older than 12 months"
    verified = [row for row in services() if row["verified_on"]]
    assert verified
    for row in verified:
        assert "Maison des compétences" in row["verified_by"], row["id"]


def test_descriptions_and_arrival_phrases_are_plain_french_of_a_sensible_length():
    for row in services():
        assert 200 <= len(row["description"]) <= 800, row["id"]
        assert row["arrival_phrase"].startswith("Je viens de la part de la Maison des compétences")
        assert 3 <= len(row["nom"]) <= 150 and not row["nom"].endswith("."), row["id"]
