"""Spreadsheets (XLSX and CSV) and data·inclusion CSV: encodings, separators, column mapping."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.core.catalogue import get_service, get_structure
from app.core.errors import UserError
from app.core.io import import_files
from app.core.io.fields import split_list
from tests.core.io_fixtures import VALIDATOR_WORKBOOK, catalogue_rows, problems_of

FRENCH_HEADERS = (
    "Nom de la structure;Nom du service;Description;Thématiques;Code INSEE;Code postal;Ville;"
    "Date de mise à jour;Source;Âge minimum;Pièces à fournir\n"
)
FRENCH_ROW = (
    "Régie de quartier fictive;Chantier d'insertion « espaces verts »;Travaux d'été pour débuter."
    ";mobilite--preparer-un-permis, trouver-un-emploi--maintien-dans-lemploi;30189;30000;Nîmes;"
    "02/06/2025;partenaire-fictif;18;Pièce d'identité|Attestation France Travail\n"
)


def test_data_inclusion_validator_workbook_gives_a_report_not_a_crash(db):
    report = import_files(db, [VALIDATOR_WORKBOOK])
    assert not report.applied
    assert catalogue_rows(db) == {"structures": [], "services": []}
    errors = {(p.file.split(" › ")[1], p.row, p.field): p for p in report.errors}
    assert errors[("Structures", 4, "courriel")].value == "pas une adresse"
    assert errors[("Structures", 4, "site_web")].reason.startswith("Adresse web invalide")
    assert errors[("Structures", 4, "code_postal")].value == "750121"
    assert errors[("Structures", 4, "source")].reason == "Champ obligatoire manquant."
    assert errors[("Services", 4, "nombre_semaines")].value == "beaucoup"
    assert errors[("Services", 4, "mobilisable_par")].value == "autres"
    assert errors[("Services", 5, "code_insee")].value == "59999"
    warnings = {(p.file.split(" › ")[1], p.field): p.reason for p in report.warnings}
    assert warnings[("Structures", "colonne en trop")].startswith("Colonne inconnue")
    assert warnings[("Services", "lien_source")].startswith("Colonne en double")
    assert "ne doit pas se terminer par un point" in warnings[("Structures", "nom")]
    # rows marked in the __ignore__ column (descriptions, an example) are not read
    assert not any(p.row in (2, 3) for p in report.problems if p.file.endswith("Structures"))
    assert any("Publics" in note and "ignorée" in note for note in report.notes)
    assert "Import de 1 fichier" in report.as_text()


def test_validator_workbook_with_a_mapping_and_skip_invalid(db, tmp_path):
    mapping = tmp_path / "correspondance.json"
    mapping.write_text(
        json.dumps({"valeurs_par_defaut": {"source": "validateur", "date_maj": "2026-02-23"}}),
        encoding="utf-8",
    )
    report = import_files(db, [VALIDATOR_WORKBOOK], mapping=mapping, skip_invalid=True)
    assert report.applied
    # the one structure has a bad e-mail, URL and postal code: nothing can be imported
    assert report.created == 0
    assert report.skipped_structures == 1 and report.skipped_services == 2


def _write(tmp_path, name, text, encoding="utf-8"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_latin1_csv_with_french_headers_keeps_its_accents(db, tmp_path):
    text = (FRENCH_HEADERS + FRENCH_ROW).replace("\n", "\r\n")  # as Excel saves it on Windows
    path = _write(tmp_path, "offre.csv", text, encoding="latin-1")
    report = import_files(db, [path])
    assert report.applied, report.as_text()
    assert any("Windows-1252" in note for note in report.notes)
    with db.session() as session:
        structure = get_structure(session, "partenaire-fictif--regie-de-quartier-fictive")
        assert structure.nom == "Régie de quartier fictive"
        item = get_service(
            session,
            "partenaire-fictif--regie-de-quartier-fictive--chantier-d-insertion-espaces-verts",
        )
        assert item.nom == "Chantier d'insertion « espaces verts »"
        assert item.thematiques == [
            "mobilite--preparer-un-permis",
            "trouver-un-emploi--maintien-dans-lemploi",
        ]
        assert item.documents == ["Pièce d'identité", "Attestation France Travail"]
        assert item.date_maj == date(2025, 6, 2) and item.age_min == 18
        assert item.commune == "Nîmes"
    assert any("structure(s) créée(s)" in note for note in report.notes)


def test_utf8_with_bom_and_comma_separator(db, tmp_path):
    text = (
        (FRENCH_HEADERS + FRENCH_ROW)
        .replace(";", ",")
        .replace(
            "mobilite--preparer-un-permis, trouver-un-emploi--maintien-dans-lemploi",
            '"mobilite--preparer-un-permis, trouver-un-emploi--maintien-dans-lemploi"',
        )
    )
    path = _write(tmp_path, "offre.csv", text, encoding="utf-8-sig")
    report = import_files(db, [path])
    assert report.applied and report.notes == [
        "1 structure(s) créée(s) d'après la colonne « Nom de la structure » (identifiant : source--nom).",
        "1 service(s) sans identifiant : identifiant calculé d'après la structure et le nom du service (gardez ces noms pour mettre à jour ces services).",
    ]
    assert report.created_services == 1


def test_unknown_columns_are_reported_and_ignored(db, tmp_path):
    text = FRENCH_HEADERS.rstrip("\n") + ";Couleur préférée\n" + FRENCH_ROW.rstrip("\n") + ";bleu\n"
    report = import_files(db, [_write(tmp_path, "offre.csv", text)])
    assert report.applied
    [warning] = problems_of(report, "Couleur préférée")
    assert warning.severity == "avertissement" and "--mapping" in warning.reason


def test_spreadsheet_with_only_unknown_columns_is_a_user_error(db, tmp_path):
    path = _write(tmp_path, "autre.csv", "Couleur;Taille\nbleu;grand\n")
    with pytest.raises(
        UserError, match=r"Aucune colonne reconnue.*« Couleur », « Taille ».*--mapping"
    ):
        import_files(db, [path])


def test_xlsx_with_unknown_columns(db, tmp_path):
    import pandas as pd

    path = tmp_path / "offre.xlsx"
    pd.DataFrame({"Couleur": ["bleu"], "Taille": ["grand"]}).to_excel(path, index=False)
    with pytest.raises(UserError, match="Aucune feuille de ce classeur"):
        import_files(db, [path])


def test_mapping_file_names_the_columns(db, tmp_path):
    mapping = tmp_path / "correspondance.json"
    mapping.write_text(
        json.dumps(
            {
                "colonnes": {
                    "Intitulé de l'action": "nom",
                    "Organisme porteur": "structure_nom",
                    "Résumé": "description",
                    "Commentaire interne": None,
                },
                "valeurs_par_defaut": {"source": "cd-fictif", "date_maj": "2025-05-01"},
            }
        ),
        encoding="utf-8",
    )
    text = (
        "Intitulé de l'action;Organisme porteur;Résumé;Commentaire interne;Thématiques\n"
        "Permis solidaire;Auto-école fictive;Préparer le permis B à petit prix.;à revoir;"
        "mobilite--preparer-un-permis\n"
    )
    report = import_files(db, [_write(tmp_path, "actions.csv", text)], mapping=mapping)
    assert report.applied and report.warnings == []
    with db.session() as session:
        item = get_service(session, "cd-fictif--auto-ecole-fictive--permis-solidaire")
        assert item.description == "Préparer le permis B à petit prix."
        assert item.source == "cd-fictif" and item.date_maj == date(2025, 5, 1)


@pytest.mark.parametrize(
    "content, message",
    [
        ("{", "n'est pas un JSON valide"),
        ('{"Colonne": "champ_qui_n_existe_pas"}', "Champ inconnu « champ_qui_n_existe_pas »"),
        ("[1, 2]", "doit être un objet JSON"),
    ],
)
def test_bad_mapping_file(db, tmp_path, content, message):
    mapping = _write(tmp_path, "correspondance.json", content)
    path = _write(tmp_path, "offre.csv", FRENCH_HEADERS + FRENCH_ROW)
    with pytest.raises(UserError, match=message):
        import_files(db, [path], mapping=mapping)


def test_data_inclusion_csv_pair_with_lists_in_every_encoding(db, tmp_path):
    structures = _write(
        tmp_path,
        "structures.csv",
        "id,source,nom,date_maj,code_insee,code_postal\n"
        "t--s,test,Structure fictive,2025-01-01,30060,30132\n",
    )
    services = _write(
        tmp_path,
        "services.csv",
        "id,source,structure_id,nom,description,date_maj,publics,modes_accueil,thematiques\n"
        't--a,test,t--s,Service A fictif,Description A.,2025-01-01,"[""jeunes"", ""femmes""]","{en-presentiel,a-distance}",famille--garde-denfants\n'
        "t--b,test,t--s,Service B fictif,Description B.,2025-01-01,jeunes|femmes,en-presentiel;a-distance,\n",
    )
    report = import_files(db, [structures, services], fmt="di-csv")
    assert report.applied, report.as_text()
    with db.session() as session:
        for service_id in ("t--a", "t--b"):
            item = get_service(session, service_id)
            assert item.publics == ["jeunes", "femmes"]
            assert item.modes_accueil == ["en-presentiel", "a-distance"]
        assert get_service(session, "t--b").thematiques is None


def test_data_inclusion_csv_format_only_knows_field_names(db, tmp_path):
    path = _write(tmp_path, "services.csv", FRENCH_HEADERS + FRENCH_ROW)
    with pytest.raises(UserError, match="Aucune colonne reconnue"):
        import_files(db, [path], fmt="di-csv")


def test_csv_with_a_broken_line(db, tmp_path):
    path = _write(tmp_path, "services.csv", 'id,nom\n"a,b\n"c,d,e,f\n')
    with pytest.raises(UserError, match="CSV lisible"):
        import_files(db, [path])


def test_empty_spreadsheets(db, tmp_path):
    with pytest.raises(UserError, match="est vide"):
        import_files(db, [_write(tmp_path, "vide.csv", "")])
    with pytest.raises(UserError, match="aucune donnée"):
        import_files(db, [_write(tmp_path, "entete.csv", "id,nom\n")])
    with pytest.raises(UserError, match="est vide"):
        import_files(db, [_write(tmp_path, "vide.xlsx", "")])
    with pytest.raises(UserError, match="pas un classeur Excel"):
        import_files(db, [_write(tmp_path, "faux.xlsx", "ceci n'est pas un classeur")])


@pytest.mark.parametrize(
    "value, expected",
    [
        ('["a", "b, c"]', ["a", "b, c"]),
        ("['a', 'b']", ["a", "b"]),
        ("{a,b}", ["a", "b"]),
        ("a\nb", ["a", "b"]),
        ("a | b", ["a", "b"]),
        ("a; b", ["a", "b"]),
        ("a, b", ["a", "b"]),
        ("seul", ["seul"]),
    ],
)
def test_list_encodings(value, expected):
    assert split_list(value) == expected


def test_free_text_lists_are_not_split_on_commas():
    assert split_list("Pièce d'identité, ou passeport", free_text=True) == [
        "Pièce d'identité, ou passeport"
    ]
    assert split_list("A, a\nB", free_text=True) == ["A, a", "B"]


def test_xlsx_number_too_large_is_a_user_error(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Services"
    book.active.append(["id"])
    book.active.append([1.7976931348623155e308])
    path = tmp_path / "classeur.xlsx"
    book.save(path)
    with pytest.raises(UserError, match="nombre trop grand"):
        import_files(db, [path])
