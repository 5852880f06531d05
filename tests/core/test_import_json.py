"""Import of data·inclusion JSON: the shapes we read, real files, file-level mistakes."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.core.catalogue import count_services, get_service, get_structure
from app.core.errors import UserError
from app.core.io import import_files
from tests.core.io_fixtures import (
    MINI_DIR,
    REAL_DIR,
    catalogue_rows,
    service,
    structure,
    write_json,
    write_pair,
)


def test_real_data_inclusion_services_import_cleanly(db):
    report = import_files(db, [REAL_DIR / "structures.json", REAL_DIR / "services.json"])
    assert report.applied
    assert report.errors == []
    assert (report.created_structures, report.created_services) == (10, 14)
    with db.session() as session:
        item = get_service(session, "carif-oref--10_381282S")
        assert item.thematiques == ["lecture-ecriture-calcul--maitriser-le-francais"]
        assert item.zone_eligibilite == ["21", "25", "39", "58", "70", "71", "89", "90"]
        assert item.date_maj == date(2025, 12, 18)
        assert item.description.startswith("### Objectif de la formation")
        assert count_services(session) == 14


def test_pair_of_lists_keeps_every_field_including_our_extensions(db):
    report = import_files(db, [MINI_DIR / "structures.json", MINI_DIR / "services.json"])
    assert report.applied and report.problems == []
    with db.session() as session:
        item = get_service(session, "exemple-passerelle--envol-atelier-cv")
        assert (item.age_min, item.age_max, item.diploma_max) == (16, 25, "bac")
        assert item.required_situations == ["demandeur-emploi", "jeune-sans-diplome"]
        assert item.documents[1] == "CV, même ancien, s'il existe"
        assert item.sessions == [
            {"debut": "2025-11-04", "fin": "2025-11-18", "places": 12},
            {"debut": "2026-01-06"},
        ]
        assert item.verified_on == date(2025, 10, 2)
        assert item.verified_by == "Camille Exemple"
        assert item.arrival_phrase.startswith("Bonjour")
        assert get_structure(session, "exemple-passerelle--ancien-relais").archived is True


def test_single_object_with_structures_and_services(db, tmp_path):
    path = write_json(
        tmp_path, "catalogue.json", {"structures": [structure()], "services": [service()]}
    )
    report = import_files(db, [path])
    assert report.applied
    assert (report.created_structures, report.created_services) == (1, 1)


def test_single_list_rows_recognised_by_their_keys(db, tmp_path):
    path = write_json(tmp_path, "melange.json", [service(), structure()])
    report = import_files(db, [path])
    assert report.applied
    assert (report.created_structures, report.created_services) == (1, 1)


def test_data_inclusion_api_page(db, tmp_path):
    structures = write_json(tmp_path, "structures.json", {"items": [structure()], "total": 1})
    services = write_json(tmp_path, "services.json", {"items": [service()], "total": 1, "page": 1})
    assert import_files(db, [structures, services]).applied


def test_export_name_stands_for_the_pair(db, tmp_path):
    write_json(tmp_path, "export-structures.json", [structure()])
    write_json(tmp_path, "export-services.json", [service()])
    report = import_files(db, [tmp_path / "export.json"])
    assert report.applied and report.created_services == 1


def test_unknown_keys_are_ignored_but_elements_must_be_objects(db, tmp_path):
    path = write_json(tmp_path, "services.json", [service(champ_inconnu="x"), "pas un objet"])
    write_json(tmp_path, "structures.json", [structure()])
    report = import_files(db, [tmp_path / "structures.json", path])
    assert not report.applied
    [problem] = report.errors
    assert problem.row == 2 and "n'est pas un objet" in problem.reason


def test_broken_json_is_a_french_user_error(db, tmp_path):
    path = tmp_path / "services.json"
    path.write_text('[{"id": "a", "nom": "x",}]', encoding="utf-8")
    with pytest.raises(UserError, match=r"n'est pas un JSON valide.*ligne 1"):
        import_files(db, [path])


@pytest.mark.parametrize("content", ["", "   \n"])
def test_empty_file_is_a_french_user_error(db, tmp_path, content):
    path = tmp_path / "services.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError, match="est vide"):
        import_files(db, [path])


def test_json_of_another_shape_is_refused(db, tmp_path):
    path = write_json(tmp_path, "autre.json", {"type": "FeatureCollection", "features": []})
    with pytest.raises(UserError, match="pas au format data·inclusion"):
        import_files(db, [path])


def test_empty_lists_are_refused(db, tmp_path):
    path = write_json(tmp_path, "vide.json", [])
    with pytest.raises(UserError, match="Aucune structure ni aucun service"):
        import_files(db, [path])


def test_missing_file(db, tmp_path):
    with pytest.raises(UserError, match="Fichier introuvable"):
        import_files(db, [tmp_path / "absent.json"])


def test_unknown_format(db, tmp_path):
    path = tmp_path / "catalogue.bin"
    path.write_bytes(b"\x00\x01\x02 binaire")
    with pytest.raises(UserError, match="Format de « catalogue.bin » non reconnu"):
        import_files(db, [path])
    old = tmp_path / "ancien.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UserError, match="enregistrez-le au format .xlsx"):
        import_files(db, [old])
    with pytest.raises(UserError, match="Format inconnu"):
        import_files(db, [path], fmt="hsds")


def test_json_content_is_detected_without_extension(db, tmp_path):
    path = tmp_path / "export-du-partenaire"
    path.write_text(
        json.dumps({"structures": [structure()], "services": [service()]}), encoding="utf-8"
    )
    assert import_files(db, [path]).applied


def test_reimport_updates_by_id_without_duplicates(db, tmp_path):
    files = write_pair(tmp_path, [structure()], [service()])
    first = import_files(db, files)
    assert (first.created_structures, first.created_services) == (1, 1)
    files = write_pair(tmp_path, [structure()], [service(nom="Atelier fictif renommé")])
    second = import_files(db, files)
    assert (second.created_services, second.updated_services) == (0, 1)
    assert (second.created_structures, second.updated_structures) == (0, 1)
    with db.session() as session:
        assert count_services(session) == 1
        assert get_service(session, "test--atelier-fictif").nom == "Atelier fictif renommé"


def test_reimport_of_a_data_inclusion_file_keeps_our_local_fields(db, tmp_path):
    ours = service(
        age_min=18,
        documents=["Pièce d'identité"],
        verified_on="2025-07-01",
        verified_by="Dominique Fictif",
    )
    import_files(db, write_pair(tmp_path, [structure()], [ours]))
    # a later data·inclusion file knows nothing of our fields: they are kept
    report = import_files(
        db, write_pair(tmp_path, [structure()], [service(nom="Nouveau nom fictif")])
    )
    assert report.applied
    with db.session() as session:
        item = get_service(session, "test--atelier-fictif")
        assert item.nom == "Nouveau nom fictif"
        assert item.age_min == 18 and item.documents == ["Pièce d'identité"]
        assert item.verified_by == "Dominique Fictif"
    # a field given as null is cleared
    import_files(db, write_pair(tmp_path, [structure()], [service(age_min=None)]))
    with db.session() as session:
        assert get_service(session, "test--atelier-fictif").age_min is None


def test_reimport_of_the_same_files_changes_nothing(db):
    files = [MINI_DIR / "structures.json", MINI_DIR / "services.json"]
    import_files(db, files)
    before = catalogue_rows(db)
    report = import_files(db, files)
    assert report.updated_services == 3 and report.created == 0
    assert catalogue_rows(db) == before


def test_windows_1252_json_is_read_with_a_note(db, tmp_path):
    path = tmp_path / "catalogue.json"
    text = json.dumps(
        {"structures": [structure(nom="Maison fictive de l'été")], "services": [service()]},
        ensure_ascii=False,
    )
    path.write_bytes(text.encode("cp1252"))
    report = import_files(db, [path])
    assert report.applied
    assert any("Windows-1252" in note for note in report.notes)
    with db.session() as session:
        assert get_structure(session, "test--maison-fictive").nom == "Maison fictive de l'été"


def test_import_into_a_database_file_keeps_a_backup_first(db_file, tmp_path):
    from app.core.backup import backups_dir

    import_files(db_file, write_pair(tmp_path, [structure()], [service()]))
    backups = sorted(backups_dir().glob("*avant-import*"))
    assert len(backups) == 1
    import_files(db_file, write_pair(tmp_path, [structure()], [service(nom="Renommé fictif")]))
    assert len(sorted(backups_dir().glob("*avant-import*"))) == 2
