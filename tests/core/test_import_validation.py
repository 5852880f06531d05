"""Every row is checked: the data·inclusion schema and our rules; a bad file changes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core.catalogue import count_services, get_service
from app.core.io import import_files
from app.core.jobs import Cancelled, Progress
from tests.core.io_fixtures import catalogue_rows, problems_of, service, structure, write_pair


def _import(db, tmp_path, structures, services, **options):  # type: ignore[no-untyped-def]
    return import_files(db, write_pair(tmp_path, structures, services), **options)


def _only_error(report):  # type: ignore[no-untyped-def]
    assert not report.applied
    assert len(report.errors) == 1, report.as_text()
    return report.errors[0]


def _assert_nothing_written(db):  # type: ignore[no-untyped-def]
    rows = catalogue_rows(db)
    assert rows == {"structures": [], "services": []}


def test_missing_required_field(db, tmp_path):
    bad = service()
    del bad["description"]
    error = _only_error(_import(db, tmp_path, [structure()], [bad]))
    assert (error.file, error.row, error.field) == ("services.json", 1, "description")
    assert error.reason == "Champ obligatoire manquant."
    _assert_nothing_written(db)


def test_unknown_vocabulary_code_names_the_value_and_suggests(db, tmp_path):
    bad = service(
        thematiques=["trouver-un-emploi--repondre-a-des-offres-demploi", "sante--acces-au-soins"]
    )
    error = _only_error(_import(db, tmp_path, [structure()], [bad]))
    assert (error.field, error.value) == ("thematiques", "sante--acces-au-soins")
    assert "thématiques" in error.reason and "« sante--acces-aux-soins »" in error.reason
    _assert_nothing_written(db)


def test_a_category_is_not_a_theme(db, tmp_path):
    error = _only_error(_import(db, tmp_path, [structure()], [service(thematiques=["sante"])]))
    assert "est une catégorie" in error.reason


def test_unknown_code_of_our_own_vocabularies(db, tmp_path):
    bad = service(
        required_situations=["rsa", "chomeur"], diploma_max="licence", prerequisites=["permis-c"]
    )
    report = _import(db, tmp_path, [structure()], [bad])
    assert {(p.field, p.value) for p in report.errors} == {
        ("required_situations", "chomeur"),
        ("diploma_max", "licence"),
        ("prerequisites", "permis-c"),
    }


@pytest.mark.parametrize("value", ["31/02/2025", "hier", "2025-13-01"])
def test_bad_date(db, tmp_path, value):
    error = _only_error(_import(db, tmp_path, [structure()], [service(date_maj=value)]))
    assert (error.field, error.value) == ("date_maj", value)
    assert "Date invalide" in error.reason


def test_french_date_is_understood(db, tmp_path):
    report = _import(db, tmp_path, [structure(date_maj="01/06/2025")], [service()])
    assert report.applied


def test_future_dates(db, tmp_path):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    report = _import(
        db, tmp_path, [structure()], [service(date_maj=tomorrow, verified_on=tomorrow)]
    )
    assert {p.field for p in report.errors} == {"date_maj", "verified_on"}
    assert all("futur" in p.reason for p in report.errors)
    _assert_nothing_written(db)


def test_bad_postal_code(db, tmp_path):
    report = _import(db, tmp_path, [structure(code_postal="75001")], [service(code_postal="3000")])
    by_field = {(p.file, p.field): p for p in report.errors}
    wrong_commune = by_field[("structures.json", "code_postal")]
    assert "ne correspond pas à la commune Nîmes" in wrong_commune.reason
    assert "30000, 30900" in wrong_commune.reason
    assert "5 chiffres" in by_field[("services.json", "code_postal")].reason
    _assert_nothing_written(db)


def test_postal_code_of_the_same_departement_is_only_a_warning(db, tmp_path):
    report = _import(db, tmp_path, [structure(code_postal="30911")], [service()])
    assert report.applied
    [warning] = report.warnings
    assert (warning.field, warning.value) == ("code_postal", "30911")


def test_unknown_insee_code(db, tmp_path):
    error = _only_error(
        _import(db, tmp_path, [structure()], [service(code_insee="30999", code_postal=None)])
    )
    assert (error.field, error.value) == ("code_insee", "30999")
    assert "Code INSEE inconnu" in error.reason


def test_coordinates_outside_france(db, tmp_path):
    report = _import(
        db,
        tmp_path,
        [structure(latitude=4.3601, longitude=43.8367)],
        [service(latitude=40.7, longitude=-74.0)],
    )
    reasons = {p.file: p.reason for p in report.errors}
    assert "inversées" in reasons["structures.json"]
    assert "hors de France" in reasons["services.json"]


def test_latitude_without_longitude(db, tmp_path):
    error = _only_error(_import(db, tmp_path, [structure(longitude=None)], [service()]))
    assert error.field == "longitude" and "sans la longitude" in error.reason


def test_ages(db, tmp_path):
    report = _import(
        db,
        tmp_path,
        [structure()],
        [
            service(id="test--a", age_min=30, age_max=25),
            service(id="test--b", age_max=150),
            service(id="test--c", age_min="dix-huit"),
        ],
    )
    reasons = {(p.row, p.field): p.reason for p in report.errors}
    assert "dépasse" in reasons[(1, "age_min")]
    assert "entre 0 et 120" in reasons[(2, "age_max")]
    assert "nombre entier" in reasons[(3, "age_min")]


def test_bad_sessions(db, tmp_path):
    report = _import(
        db,
        tmp_path,
        [structure()],
        [
            service(id="test--a", sessions=[{"debut": "2026-03-01", "fin": "2026-02-01"}]),
            service(id="test--b", sessions=[{"places": 3}]),
        ],
    )
    reasons = {p.row: p.reason for p in report.errors}
    assert "finit avant" in reasons[1] and "date de début" in reasons[2]


def test_duplicate_id_within_the_files(db, tmp_path):
    report = _import(db, tmp_path, [structure()], [service(), service(nom="Autre atelier fictif")])
    error = _only_error(report)
    assert (error.row, error.field, error.value) == (2, "id", "test--atelier-fictif")
    assert "ligne 1 de services.json" in error.reason
    _assert_nothing_written(db)


def test_service_whose_structure_is_missing(db, tmp_path):
    error = _only_error(
        _import(db, tmp_path, [structure()], [service(structure_id="test--inconnue")])
    )
    assert (error.field, error.value) == ("structure_id", "test--inconnue")
    assert "Structure introuvable" in error.reason


def test_structure_already_in_the_catalogue_is_enough(db, tmp_path):
    _import(db, tmp_path, [structure()], [service()])
    report = import_files(db, [tmp_path / "services.json"])
    assert report.applied and report.updated_services == 1


def test_schema_messages_in_french(db, tmp_path):
    bad = service(
        nom="At",
        courriel="pas-une-adresse",
        lien_source="exemple",
        nombre_semaines=0,
        publics=["tous-publics", "femmes"],
        zone_eligibilite=["3"],
    )
    report = _import(db, tmp_path, [structure()], [bad])
    reasons = {p.field: p.reason for p in report.errors}
    assert reasons["nom"] == "Trop court : au moins 3 caractères."
    assert reasons["courriel"] == "Adresse e-mail invalide."
    assert reasons["lien_source"].startswith("Adresse web invalide")
    assert "supérieure ou égale à 1" in reasons["nombre_semaines"]
    assert "« tous-publics » ne peut pas" in reasons["publics"]
    assert "Code de zone invalide" in reasons["zone_eligibilite"]


def test_warnings_do_not_stop_the_import(db, tmp_path):
    report = _import(
        db,
        tmp_path,
        [structure(nom="Maison fictive.")],
        [service(horaires_accueil="le matin", zone_eligibilite=["30999"])],
    )
    assert report.applied
    assert {p.field for p in report.warnings} == {"nom", "horaires_accueil", "zone_eligibilite"}


def test_skip_invalid_imports_the_valid_rows_and_reports_the_rest(db, tmp_path):
    structures = [structure(), structure(id="test--invalide", code_insee="00000", code_postal=None)]
    services = [
        service(),
        service(id="test--sans-description", description=None),
        service(id="test--structure-invalide", structure_id="test--invalide"),
    ]
    report = _import(db, tmp_path, structures, services, skip_invalid=True)
    assert report.applied
    assert (report.created_structures, report.skipped_structures) == (1, 1)
    assert (report.created_services, report.skipped_services) == (1, 2)
    skipped = {p.row: p for p in problems_of(report, "structure_id")}
    assert "structure de ce service est invalide" in skipped[3].reason
    with db.session() as session:
        assert count_services(session) == 1
    assert "Structures : 1 créée, 0 mise à jour, 1 ignorée." in report.as_text()


def test_all_or_nothing_on_a_file_with_one_bad_row(db, tmp_path):
    services = [service(id=f"test--s{i}") for i in range(20)] + [
        service(id="test--bad", frais="cher")
    ]
    report = _import(db, tmp_path, [structure()], services)
    assert not report.applied
    assert "rien n'a été modifié" in report.as_text()
    _assert_nothing_written(db)


@pytest.mark.parametrize("phase", ["Vérification", "Enregistrement"])
def test_cancel_writes_nothing(db, tmp_path, phase):
    progress = Progress()
    progress._on_status = lambda text: progress.cancel() if text.startswith(phase) else None
    files = write_pair(tmp_path, [structure()], [service(id=f"test--s{i}") for i in range(600)])
    with pytest.raises(Cancelled):
        import_files(db, files, progress=progress)
    _assert_nothing_written(db)


def test_progress_goes_through_the_three_phases(db, tmp_path):
    statuses: list[str] = []
    steps: list[tuple[int, int]] = []
    progress = Progress(
        on_progress=lambda done, total: steps.append((done, total)), on_status=statuses.append
    )
    _import(
        db,
        tmp_path,
        [structure()],
        [service(id=f"test--s{i}") for i in range(1200)],
        progress=progress,
    )
    assert [s.split()[0] for s in statuses] == [
        "Lecture",
        "Vérification",
        "Enregistrement",
        "Import",
    ]
    assert (1201, 1201) in steps


def test_report_as_csv(db, tmp_path):
    report = _import(db, tmp_path, [structure()], [service(code_insee="30999", code_postal=None)])
    path = report.to_csv(tmp_path / "rapport.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "fichier;ligne;champ;valeur;gravité;problème"
    assert "services.json;1;code_insee;30999;erreur;Code INSEE inconnu" in text


def test_text_report_is_a_table(db, tmp_path):
    report = _import(db, tmp_path, [structure()], [service(code_insee="30999", code_postal=None)])
    text = report.as_text()
    assert "Import de 2 fichiers : 1 erreur, 0 avertissement." in text
    header = next(line for line in text.splitlines() if line.startswith("Fichier"))
    assert header.split() == ["Fichier", "Ligne", "Champ", "Valeur", "Gravité", "Problème"]


def test_untouched_by_a_failed_reimport(db, tmp_path):
    _import(db, tmp_path, [structure()], [service()])
    before = catalogue_rows(db)
    report = _import(
        db, tmp_path, [structure()], [service(nom="Nouveau nom"), service(id="x", frais="cher")]
    )
    assert not report.applied
    assert catalogue_rows(db) == before
    with db.session() as session:
        assert (
            get_service(session, "test--atelier-fictif").nom
            == "Atelier fictif de recherche d'emploi"
        )


def test_an_empty_archived_value_means_not_archived(db, tmp_path):
    _import(db, tmp_path, [structure()], [service()])
    report = _import(db, tmp_path, [structure(archived=None)], [service(archived="")])
    assert report.applied
    rows = catalogue_rows(db)
    assert rows["structures"][0]["archived"] is False and rows["services"][0]["archived"] is False
