"""``passerelle sheet`` and ``passerelle bench-sheet``: a PDF on success; on any mistake a French
message, exit code 2, and no file written."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from app.core.cli import main
from tests.core.pathway_data import add_catalogue, service_row, structure_row


@pytest.fixture
def db_path(db_file):
    add_catalogue(db_file, [structure_row()], [service_row()])
    return str(db_file.location)


@pytest.fixture
def out_dir(tmp_path):
    """An empty folder for the sheets (the database lives beside it, in tmp_path)."""
    folder = tmp_path / "sorties"
    folder.mkdir()
    return folder


def write_pathway(tmp_path, data) -> str:
    path = tmp_path / "parcours.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return str(path)


GOOD = {
    "profile": {"age": 30},
    "steps": [{"service_id": "sv-1", "rendez_vous": "2026-12-03T09:30", "note": "Venir tôt."}],
    "prochain_rdv": "2026-12-10T14:00",
}


def pdf_text(path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")


def test_sheet_writes_a_pdf(db_path, tmp_path, out_dir, capsys):
    out = out_dir / "fiche.pdf"
    code = main(
        [
            "sheet",
            write_pathway(tmp_path, GOOD),
            "-o",
            str(out),
            "--db",
            db_path,
            "--prenom",
            "Samira",
        ]
    )
    assert code == 0
    assert "Fiche écrite" in capsys.readouterr().out
    text = pdf_text(out)
    assert "Fiche préparée pour Samira" in text
    assert "Mon rendez-vous : jeudi 3 décembre 2026 à 9 h 30" in text
    assert [p.name for p in out_dir.iterdir()] == ["fiche.pdf"]  # no temporary file left


def test_sheet_options_large_and_language(db_path, tmp_path):
    out = tmp_path / "fiche-en.pdf"
    assert (
        main(
            [
                "sheet",
                write_pathway(tmp_path, GOOD),
                "-o",
                str(out),
                "--db",
                db_path,
                "--large",
                "--lang",
                "en",
            ]
        )
        == 0
    )
    assert "Where?" in pdf_text(out)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"steps": [{"service_id": "inconnu"}]}, "Service introuvable dans le catalogue"),
        (
            {"steps": [{"service_id": "sv-1", "rendez_vous": "2026-02-30T09:00"}]},
            "n'est pas une date valide",
        ),
        ('{"steps": [', "n'est pas un JSON valide"),
        ({"steps": []}, "aucune étape"),
    ],
)
def test_mistakes_write_nothing(db_path, tmp_path, out_dir, capsys, data, message):
    out = out_dir / "fiche.pdf"
    pathway = write_pathway(tmp_path, data)
    assert main(["sheet", pathway, "-o", str(out), "--db", db_path]) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("Erreur : ") and "Traceback" not in err
    assert list(out_dir.iterdir()) == []


def test_an_old_sheet_is_left_as_it_was_on_error(db_path, tmp_path):
    out = tmp_path / "fiche.pdf"
    out.write_bytes(b"ancienne fiche")
    pathway = write_pathway(tmp_path, {"steps": [{"service_id": "inconnu"}]})
    assert main(["sheet", pathway, "-o", str(out), "--db", db_path]) == 2
    assert out.read_bytes() == b"ancienne fiche"


def test_missing_pathway_file_and_missing_folder(db_path, tmp_path, out_dir, capsys):
    assert (
        main(
            ["sheet", str(tmp_path / "absent.json"), "-o", str(out_dir / "f.pdf"), "--db", db_path]
        )
        == 2
    )
    assert "n'existe pas" in capsys.readouterr().err
    pathway = write_pathway(tmp_path, GOOD)
    assert (
        main(["sheet", pathway, "-o", str(out_dir / "nulle-part" / "f.pdf"), "--db", db_path]) == 2
    )
    assert "Le dossier" in capsys.readouterr().err
    assert list(out_dir.iterdir()) == []


def test_unknown_language_is_refused_in_french(db_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(
            [
                "sheet",
                write_pathway(tmp_path, GOOD),
                "-o",
                str(tmp_path / "f.pdf"),
                "--lang",
                "de",
                "--db",
                db_path,
            ]
        )
    assert exit_info.value.code == 2
    assert "choix invalide" in capsys.readouterr().err


def test_bench_sheet_prints_figures(capsys):
    assert main(["bench-sheet", "--runs", "2", "--steps", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    figures = [line for line in lines if line.startswith("sheet p50=")]
    assert len(figures) == 1 and " p95=" in figures[0] and " max=" in figures[0]
    assert figures[0].endswith("ms (2 mesures)")
    assert any(line.startswith("temps processeur de la fiche : p50=") for line in lines)


def test_bench_sheet_refuses_zero_runs(capsys):
    assert main(["bench-sheet", "--runs", "0"]) == 2
    assert "au moins 1" in capsys.readouterr().err
