"""``passerelle search`` and ``passerelle bench``: French table, JSON, French errors."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import pytest

from app.core import catalogue
from app.core.cli import main
from app.core.storage import open_database

RECENT = date.today() - timedelta(days=30)


def _service(service_id: str, nom: str, **fields):  # type: ignore[no-untyped-def]
    values = {
        "id": service_id,
        "source": "tests",
        "structure_id": "asso-fictive",
        "nom": nom,
        "description": "Un service fictif.",
        "date_maj": RECENT,
        "thematiques": ["mobilite--preparer-un-permis"],
        "frais": "gratuit",
        "modes_accueil": ["en-presentiel"],
        "code_insee": "30189",
        "latitude": 43.8367,
        "longitude": 4.3601,
    }
    values.update(fields)
    return values


@pytest.fixture
def db_path(tmp_path):  # type: ignore[no-untyped-def]
    path = str(tmp_path / "catalogue.sqlite")
    database = open_database(path)
    with database.transaction() as session:
        catalogue.upsert_structures(
            session,
            [
                {
                    "id": "asso-fictive",
                    "source": "tests",
                    "nom": "Association Fictive",
                    "date_maj": RECENT,
                }
            ],
        )
        catalogue.upsert_services(
            session,
            [
                _service(
                    "permis", "Préparer son permis de conduire", latitude=None, longitude=None
                ),
                _service(
                    "alès",
                    "Permis accompagné à Alès",
                    code_insee="30007",
                    latitude=None,
                    longitude=None,
                    frais="payant",
                ),
                _service(
                    "visio",
                    "Permanence emploi en visio",
                    modes_accueil=["a-distance"],
                    thematiques=["trouver-un-emploi--repondre-a-des-offres-demploi"],
                ),
            ],
        )
    database.dispose()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_table_in_french(capsys, db_path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "search", "perm", "--db", db_path, "--commune", "30189")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["N°", "Service", "Structure", "Commune", "Distance"]
    assert lines[1].split()[:3] == ["1", "Permis", "accompagné"]  # equal scores: by name
    assert lines[1].split()[-3:] == ["Alès", "38,9", "km"]  # the commune's name from its code
    assert "Préparer son permis de conduire" in lines[2]
    assert lines[2].split()[-3:] == ["Nîmes", "0,0", "km"]
    assert "à distance" in out  # the remote service
    assert "3 services trouvés." in out


def test_json_carries_ids_scores_and_distances(capsys, db_path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        capsys,
        "search",
        "permis",
        "--db",
        db_path,
        "--commune",
        "Nîmes",
        "--tri",
        "distance",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert data["commune"] == "30189" and data["total"] == 2
    assert [hit["id"] for hit in data["services"]] == ["permis", "alès"]
    first, second = data["services"]
    assert first["score"] > 0 and first["distance_km"] == pytest.approx(0, abs=0.01)
    assert 30 < second["distance_km"] < 50


def test_filters_on_the_command_line(capsys, db_path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        capsys, "search", "--db", db_path, "--theme", "mobilite", "--frais", "payant", "--json"
    )
    assert code == 0
    assert [hit["id"] for hit in json.loads(out)["services"]] == ["alès"]
    code, out, _ = run(
        capsys, "search", "--db", db_path, "--commune", "30189", "--distance-max", "10", "--json"
    )
    assert {hit["id"] for hit in json.loads(out)["services"]} == {"permis", "visio"}
    code, out, _ = run(capsys, "search", "introuvable", "--db", db_path)
    assert code == 0 and "Aucun service ne correspond" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--theme", "permis"],
            "Thématique inconnu(e) : « permis ». Valeurs possibles : choisir-un-metier",
        ),
        (["--type", "stage"], "Type de service inconnu(e) : « stage »"),
        (["--famille", "sport"], "Famille inconnu(e) : « sport »"),
        (["--commune", "99999"], "Commune inconnue : « 99999 »"),
        (["--commune", "Atlantide-sur-Mer"], "Commune inconnue : « Atlantide-sur-Mer »"),
        (["--commune", "75056", "--distance-max", "10"], "seules les communes du Gard"),
        (["--distance-max", "10"], "demande la commune du visiteur"),
        (["--tri", "distance"], "demande la commune du visiteur"),
        (["--ouvert-le", "lundy"], "Jour inconnu : « lundy »"),
        (["--limit", "0"], "--limit"),
    ],
)
def test_bad_input_gives_a_french_error(capsys, db_path, argv, message) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "search", "permis", "--db", db_path, *argv)
    assert code == 2
    assert message in err
    assert "Traceback" not in err and out == ""


def test_bench_smoke(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "bench", "--services", "2000", "--seed", "3")
    assert code == 0, err
    lines = out.splitlines()
    timing = r"p50=\d+\.\d\d p95=\d+\.\d\d max=\d+\.\d\d ms"
    assert re.fullmatch(rf"search {timing}", lines[0])
    assert re.fullmatch(rf"match {timing}", lines[1]) or lines[1] == "match unavailable"
    assert re.fullmatch(rf"baseline {timing}", lines[2])
    assert re.fullmatch(r"ratio=\d+\.\d", lines[3])
    assert re.fullmatch(r"build=\d+\.\d\d s", lines[4])
    assert re.fullmatch(r"rss=\d+ MB", lines[5])
    # extra lines after the six of issue 3: the processor time of full matching, full
    # matching with every sentence read, the window's setting, and the time matching takes
    # to derive every service
    assert re.fullmatch(rf"match-cpu {timing}", lines[6])
    assert re.fullmatch(rf"match-sentences {timing}", lines[7])
    assert re.fullmatch(rf"match-window {timing}", lines[8])
    assert re.fullmatch(r"warm=\d+\.\d\d s", lines[9])
    assert len(lines) == 10
    assert "catalogue synthétique de 2000 services" in err


def test_bench_bad_queries_file(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    queries = tmp_path / "queries.json"
    queries.write_text(
        '[{"text": "permis", "filters": {"thematiques": ["inconnue"]}}]', encoding="utf-8"
    )
    code, _, err = run(capsys, "bench", "--services", "10", "--queries", str(queries))
    assert code == 2 and "Thématique inconnu(e) : « inconnue »" in err
