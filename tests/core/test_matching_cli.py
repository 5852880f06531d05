"""``passerelle match``: readable French, JSON for scripts, French errors without traceback."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from app.core import catalogue
from app.core.cli import main
from app.core.storage import open_database

RECENT = date.today() - timedelta(days=30)


def _service(service_id: str, **fields):  # type: ignore[no-untyped-def]
    values = {
        "id": service_id,
        "source": "tests",
        "structure_id": "asso-fictive",
        "nom": f"Service {service_id}",
        "description": "Un service fictif.",
        "date_maj": RECENT,
        "thematiques": ["mobilite--preparer-un-permis"],
        "publics": ["tous-publics"],
        "frais": "gratuit",
        "modes_accueil": ["en-presentiel"],
        "zone_eligibilite": ["243000643"],
        "code_insee": "30189",
        "latitude": 43.8,
        "longitude": 4.352,
    }
    values.update(fields)
    return values


@pytest.fixture
def db_path(tmp_path):
    path = str(tmp_path / "catalogue.sqlite")
    database = open_database(path)
    with database.transaction() as session:
        catalogue.upsert_structures(
            session,
            [
                {
                    "id": "asso-fictive",
                    "source": "tests",
                    "nom": "Association fictive",
                    "date_maj": RECENT,
                }
            ],
        )
        catalogue.upsert_services(
            session,
            [
                _service("permis-solidaire", nom="Permis solidaire"),
                _service("permis-jeunes", nom="Permis jeunes", age_min=16, age_max=25),
                _service(
                    "formation",
                    nom="Atelier formation",
                    thematiques=["se-former--trouver-sa-formation"],
                ),
            ],
        )
    database.dispose()
    return path


def _profile(tmp_path, data) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "profil.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


VISITOR = {
    "age": 30,
    "commune": "30155",
    "besoins": ["mobilite--preparer-un-permis"],
    "mobilite": {"permis_b": False, "vehicule": False},
}


def test_readable_french_output(db_path, tmp_path, capsys):
    assert main(["match", _profile(tmp_path, VISITOR), "--db", db_path, "--with-excluded"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 service correspond à ce profil.")
    assert "1. [" in out and "Permis solidaire — Association fictive — à " in out
    assert "   ✓ Sans permis : à 450 m de l'arrêt Tango « CODOL »  (15/15 pts)" in out
    assert "   ? Tranche d'âge non précisée par le service" in out
    assert "Pourquoi pas ces services ?" in out
    assert " - Permis jeunes — Association fictive" in out
    assert "   ✗ 30 ans : réservé aux 16–25 ans" in out
    assert "Atelier formation" not in out


def test_json_output(db_path, tmp_path, capsys):
    code = main(
        [
            "match",
            _profile(tmp_path, VISITOR),
            "--json",
            "--with-excluded",
            "--limit",
            "5",
            "--db",
            db_path,
        ]
    )
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["profile"] == VISITOR
    assert data["total"] == 1 and data["total_excluded"] == 1
    first = data["matches"][0]
    assert (first["rank"], first["service_id"], first["eligible"]) == (1, "permis-solidaire", True)
    assert first["structure"] == "Association fictive" and first["distance_km"] > 0
    assert 0 < first["score"] <= 100
    codes = {c["code"]: c for c in first["criteria"]}
    assert codes["transport"] == {
        "code": "transport",
        "label": "Transports en commun",
        "status": "passed",
        "sentence": "Sans permis : à 450 m de l'arrêt Tango « CODOL »",
        "hard": False,
        "weight": 15,
        "points": 15.0,
    }
    assert codes["age"]["hard"] is True and codes["age"]["status"] == "unknown"
    excluded = data["excluded"][0]
    assert excluded["service_id"] == "permis-jeunes" and excluded["eligible"] is False
    assert excluded["reasons_excluded"] == ["30 ans : réservé aux 16–25 ans"]
    assert data["weights"]["besoins"] == 35


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"age": "dix-neuf"}',
            "Champ « age » : un nombre entier entre 14 et 99 est attendu (reçu : « dix-neuf »)",
        ),
        ('{"age": 19,', "n'est pas un JSON valide (ligne 1, colonne 12)"),
        ('{"sexe": "F"}', "Profil : champ inconnu « sexe »"),
        ("[]", "Le profil doit être un objet JSON"),
    ],
)
def test_a_bad_profile_is_a_french_error(db_path, tmp_path, capsys, content, message):
    assert main(["match", _profile(tmp_path, content), "--db", db_path]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("Erreur : ") and message in captured.err
    assert "Traceback" not in captured.err


def test_a_missing_profile_file(db_path, tmp_path, capsys):
    assert main(["match", str(tmp_path / "absent.json"), "--db", db_path]) == 2
    assert "Le fichier de profil" in (err := capsys.readouterr().err) and "n'existe pas" in err


def test_a_bad_limit(db_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["match", _profile(tmp_path, VISITOR), "--limit", "zéro", "--db", db_path])
    assert caught.value.code == 2
    assert "un nombre entier positif est attendu (reçu : « zéro »)" in capsys.readouterr().err
