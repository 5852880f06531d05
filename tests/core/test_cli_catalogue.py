"""``passerelle import``, ``export`` and ``catalogue stats``: French messages, exit codes, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.core.cli import main
from app.core.storage import open_database
from tests.core.io_fixtures import (
    MINI_DIR,
    REAL_DIR,
    VALIDATOR_WORKBOOK,
    catalogue_rows,
    service,
    structure,
    write_pair,
)

MINI = [str(MINI_DIR / "structures.json"), str(MINI_DIR / "services.json")]


@pytest.fixture
def db_path(tmp_path):
    return str(tmp_path / "catalogue.sqlite")


def _rows(db_path):  # type: ignore[no-untyped-def]
    database = open_database(db_path)
    try:
        return catalogue_rows(database)
    finally:
        database.dispose()


def test_import_prints_a_french_summary(db_path, capsys):
    assert main(["import", *MINI, "--db", db_path]) == 0
    out, err = capsys.readouterr()
    assert "Structures : 3 créées" in out and "Services : 3 créés" in out
    assert "Vérification des fiches" in err and "Import terminé." in err
    assert len(_rows(db_path)["services"]) == 3


def test_db_option_before_the_command(db_path, capsys):
    assert main(["--db", db_path, "import", *MINI]) == 0
    assert len(_rows(db_path)["services"]) == 3


def test_import_of_a_bad_file_exits_1_and_changes_nothing(db_path, tmp_path, capsys):
    report_path = tmp_path / "rapport.csv"
    code = main(["import", str(VALIDATOR_WORKBOOK), "--db", db_path, "--report", str(report_path)])
    assert code == 1
    out = capsys.readouterr().out
    assert "rien n'a été modifié" in out and "Adresse e-mail invalide." in out
    assert "pas une adresse" in report_path.read_text(encoding="utf-8-sig")
    assert _rows(db_path) == {"structures": [], "services": []}


def test_skip_invalid(db_path, tmp_path, capsys):
    files = write_pair(tmp_path, [structure()], [service(), service(id="test--b", frais="cher")])
    assert main(["import", *map(str, files), "--skip-invalid", "--db", db_path]) == 0
    out = capsys.readouterr().out
    assert "Services : 1 créé, 0 mis à jour, 1 ignoré." in out
    assert len(_rows(db_path)["services"]) == 1


def test_format_and_mapping_options(db_path, tmp_path, capsys):
    mapping = tmp_path / "correspondance.json"
    mapping.write_text(
        json.dumps({"Intitulé": "nom", "Organisme": "structure_nom", "Résumé": "description"}),
        encoding="utf-8",
    )
    table = tmp_path / "offre.txt"
    table.write_text(
        "Intitulé;Organisme;Résumé;Source;Date de mise à jour\n"
        "Atelier fictif;Association fictive;Un atelier.;cd-fictif;2025-01-02\n",
        encoding="utf-8",
    )
    assert (
        main(["import", str(table), "--format", "csv", "--mapping", str(mapping), "--db", db_path])
        == 0
    )
    assert [s["id"] for s in _rows(db_path)["services"]] == [
        "cd-fictif--association-fictive--atelier-fictif"
    ]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["import", "absent.json"], "Fichier introuvable"),
        (["import", "{tmp}/casse.json"], "n'est pas un JSON valide"),
        (["import", "{tmp}/vide.csv"], "est vide"),
        (["export", "{tmp}/sortie.txt"], "Précisez le format"),
        (["import", *MINI, "--mapping", "absente.json"], "Fichier de correspondance introuvable"),
    ],
)
def test_user_errors_exit_2_with_a_french_message(db_path, tmp_path, capsys, argv, message):
    (tmp_path / "casse.json").write_text("[{", encoding="utf-8")
    (tmp_path / "vide.csv").write_text("", encoding="utf-8")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main([*argv, "--db", db_path]) == 2
    err = capsys.readouterr().err
    assert "Erreur : " in err and message in err.split("Erreur : ", 1)[1]
    assert "Traceback" not in err


def test_bad_option_value_is_french(db_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "x.json", "--format", "pdf", "--db", db_path])
    assert exit_info.value.code == 2
    assert "choix invalide" in capsys.readouterr().err


def test_export_then_import_with_the_command_line(db_path, tmp_path, capsys):
    assert main(["import", *MINI, "--db", db_path]) == 0
    for fmt in ("di-json", "di-csv", "xlsx"):
        target = tmp_path / f"export-{fmt}"
        assert main(["export", str(target), "--format", fmt, "--db", db_path]) == 0
        out = capsys.readouterr().out
        assert "Export terminé : 3 structures, 3 services." in out
        assert "CATALOGUE D'EXEMPLE" in out  # the mini catalogue uses the sample's source
        other = str(tmp_path / f"copie-{fmt}.sqlite")
        name = str(target) + (".xlsx" if fmt == "xlsx" else "")
        assert main(["import", name, "--db", other]) == 0
        assert _rows(other) == _rows(db_path)


def test_stats_text_and_json(db_path, capsys):
    main(
        [
            "import",
            str(REAL_DIR / "structures.json"),
            str(REAL_DIR / "services.json"),
            "--db",
            db_path,
        ]
    )
    capsys.readouterr()
    assert main(["catalogue", "stats", "--db", db_path]) == 0
    out = capsys.readouterr().out
    assert "14 services actifs dans 10 structures" in out and "Par commune :" in out
    assert main(["catalogue", "stats", "--json", "--db", db_path]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["services"] == 14 and data["catalogue_exemple"] is False


def test_default_database_gets_the_sample_catalogue_at_first_start(capsys):
    assert main(["catalogue", "stats"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Catalogue d'exemple")


def test_no_traceback_from_the_installed_command(tmp_path):
    (tmp_path / "casse.json").write_text("{pas du json", encoding="utf-8")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "import",
            str(tmp_path / "casse.json"),
            "--db",
            str(tmp_path / "c.sqlite"),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 2
    assert "n'est pas un JSON valide" in result.stderr and "Traceback" not in result.stderr
