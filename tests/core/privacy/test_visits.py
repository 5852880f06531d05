from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from app.core import catalogue
from app.core.errors import UserError
from app.core.privacy.tables import VisitRecord
from app.core.privacy.visits import (
    AGE_BANDS,
    age_band,
    covers,
    export_visits_csv,
    record_visit,
    visit_stats,
)
from tests.core.privacy.conftest import FakeMatch, FakeProfile, FakeResult

PERMIS = "mobilite--preparer-un-permis"
CV = "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"
FORMATION = "se-former--trouver-sa-formation"


@pytest.fixture
def services(db):
    with db.transaction() as session:
        catalogue.upsert_structures(
            session,
            [
                {
                    "id": "st",
                    "source": "test",
                    "nom": "Structure fictive",
                    "date_maj": date(2026, 1, 1),
                }
            ],
        )
        catalogue.upsert_services(
            session,
            [
                {
                    "id": "permis",
                    "source": "test",
                    "structure_id": "st",
                    "nom": "Permis",
                    "description": "Aide au permis.",
                    "date_maj": date(2026, 1, 1),
                    "thematiques": [PERMIS],
                },
                {
                    "id": "cv",
                    "source": "test",
                    "structure_id": "st",
                    "nom": "Atelier CV",
                    "description": "Atelier.",
                    "date_maj": date(2026, 1, 1),
                    "thematiques": [CV],
                },
            ],
        )
    return db


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (16, "16–25"),
        (25, "16–25"),
        (26, "26–44"),
        (44, "26–44"),
        (45, "45 et plus"),
        (67, "45 et plus"),
        (None, "non renseigné"),
        ("19", "non renseigné"),
        (True, "non renseigné"),
        (-3, "non renseigné"),
        (150, "non renseigné"),
    ],
)
def test_age_bands(age, band):
    assert age_band(age) == band
    assert band in AGE_BANDS


def test_a_need_is_covered_by_its_category_or_its_subtheme():
    assert covers(PERMIS, PERMIS)
    assert covers(PERMIS, "mobilite")
    assert covers("mobilite", PERMIS)
    assert not covers(CV, PERMIS)
    assert not covers("mobilite-douce", "mobilite")


def test_a_visit_keeps_nothing_that_identifies_the_person(services):
    profile = FakeProfile(
        age=19, commune="30189", besoins=[PERMIS, FORMATION, "sans logement rue X", PERMIS]
    )
    result = FakeResult([FakeMatch("permis"), FakeMatch("cv", eligible=False)])
    with services.transaction() as session:
        record_visit(session, profile, result, today=date(2026, 5, 4))
    with services.session() as session:
        (record,) = session.exec(select(VisitRecord)).all()
    assert record.day == date(2026, 5, 4)
    assert record.commune == "30189"
    assert record.age_band == "16–25"
    assert record.needs == [PERMIS, FORMATION]  # free text dropped, duplicates too
    assert record.match_count == 1  # the excluded service does not count
    assert record.unmet_needs == [FORMATION]
    assert set(VisitRecord.model_fields) == {
        "id",
        "day",
        "commune",
        "age_band",
        "needs",
        "match_count",
        "unmet_needs",
    }


def test_an_unknown_commune_or_missing_fields_are_not_kept(services):
    with services.transaction() as session:
        record = record_visit(session, FakeProfile(commune="Nîmes centre, rue…"), FakeResult())
    assert record.commune is None
    assert record.age_band == "non renseigné"
    assert record.needs == [] and record.unmet_needs == [] and record.match_count == 0
    assert record.day == date.today()


def test_stats_count_needs_and_unmet_needs_by_commune(services):
    visits = [
        (date(2026, 1, 5), FakeProfile(19, "30189", [PERMIS, FORMATION]), [FakeMatch("permis")]),
        (date(2026, 2, 5), FakeProfile(30, "30169", [FORMATION]), []),
        (date(2026, 2, 6), FakeProfile(50, "30169", [FORMATION, CV]), [FakeMatch("cv")]),
        (date(2026, 3, 1), FakeProfile(None, None, [PERMIS]), [FakeMatch("permis")]),
    ]
    with services.transaction() as session:
        for day, profile, matches in visits:
            record_visit(session, profile, FakeResult(matches), today=day)
    with services.session() as session:
        stats = visit_stats(session)
        february = visit_stats(session, since=date(2026, 2, 1), until=date(2026, 2, 28))
    assert stats.total == 4 and stats.without_match == 1
    assert stats.by_need == {FORMATION: 3, PERMIS: 2, CV: 1}
    assert stats.unmet_by_need == {FORMATION: 3}
    assert stats.unmet_by_commune == {"30169": {FORMATION: 2}, "30189": {FORMATION: 1}}
    assert stats.by_age_band == {"16–25": 1, "26–44": 1, "45 et plus": 1, "non renseigné": 1}
    assert february.total == 2 and february.by_commune == {"30169": 2}
    assert stats.to_dict()["besoins_non_couverts"] == {FORMATION: 3}


def test_stats_refuse_a_period_that_ends_before_it_starts(db):
    with db.session() as session, pytest.raises(UserError, match="date de début"):
        visit_stats(session, since=date(2026, 3, 1), until=date(2026, 1, 1))


def test_csv_export_has_a_french_header_and_one_line_per_visit(services, tmp_path):
    with services.transaction() as session:
        record_visit(
            session,
            FakeProfile(33, "30189", [PERMIS, FORMATION]),
            FakeResult([FakeMatch("permis")]),
            today=date(2026, 4, 1),
        )
        count = export_visits_csv(session, tmp_path / "visites.csv")
    lines = (tmp_path / "visites.csv").read_text(encoding="utf-8-sig").splitlines()
    assert count == 1
    assert (
        lines[0]
        == "date;commune;nom_commune;tranche_age;besoins;services_trouves;besoins_non_couverts"
    )
    assert lines[1] == f"2026-04-01;30189;Nîmes;26–44;{PERMIS}, {FORMATION};1;{FORMATION}"


def test_csv_export_to_a_missing_folder_is_a_french_error(db, tmp_path):
    with db.session() as session, pytest.raises(UserError, match="Impossible d'écrire"):
        export_visits_csv(session, tmp_path / "absent" / "visites.csv")


def test_a_visit_from_the_real_matching_engine(services):
    from app.core.matching import match_profile, parse_profile
    from app.core.search import CatalogueIndex

    profile = parse_profile({"age": 31, "commune": "30189", "besoins": [PERMIS, FORMATION]})
    result = match_profile(CatalogueIndex.from_database(services), profile)
    with services.transaction() as session:
        record = record_visit(session, profile, result, today=date(2026, 6, 1))
    assert record.age_band == "26–44" and record.commune == "30189"
    assert record.match_count == sum(1 for m in result.matches if m.eligible)
    assert record.needs == [PERMIS, FORMATION]
    assert FORMATION in record.unmet_needs
    assert (PERMIS in record.unmet_needs) == (record.match_count == 0)
