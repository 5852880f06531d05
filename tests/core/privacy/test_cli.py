from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from app.core.cli import main
from app.core.privacy.visits import record_visit
from app.core.storage import open_database
from tests.core.privacy.conftest import PASSPHRASE, FakeProfile, FakeResult


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    path = tmp_path / "p.sqlite"
    monkeypatch.setenv("PASSERELLE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PASSERELLE_CONSEILLER", "JD")

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--db", str(path)])
        out, err = capsys.readouterr()
        return code, out, err

    run.path = path
    return run


def _create(cli, *extra: str) -> str:
    code, out, err = cli(
        "suivis",
        "creer",
        "--nom",
        "Zyxwodiak",
        "--prenom",
        "Quenotte",
        "--besoin",
        "poste adapté",
        "--accord",
        "2026-03-02",
        *extra,
    )
    assert code == 0, err
    return out.split(":")[-1].strip()


def test_create_list_show_export_erase(cli, tmp_path):
    record_id = _create(cli, "--telephone", "06 00 00 00 00")
    code, out, _ = cli("suivis", "lister", "--json")
    assert code == 0 and json.loads(out)[0]["nom"] == "Zyxwodiak"
    code, out, _ = cli("suivis", "voir", record_id)
    assert "Quenotte Zyxwodiak" in out and "poste adapté" in out and "2026-03-02" in out
    for name in ("d.json", "d.pdf"):
        code, out, _ = cli("suivis", "exporter", record_id, str(tmp_path / name))
        assert code == 0 and (tmp_path / name).stat().st_size > 0
    code, out, _ = cli("suivis", "effacer", record_id, "--oui")
    assert code == 0 and "effacé" in out
    code, out, _ = cli("suivis", "lister")
    assert "Aucun dossier de suivi." in out
    code, out, _ = cli("suivis", "journal", "--json")
    actions = [e["action"] for e in json.loads(out)]
    assert actions == ["créé", "consulté", "exporté", "exporté", "effacé"]
    assert "Zyxwodiak" not in out


def test_no_consent_date_no_record(cli):
    code, _, err = cli("suivis", "creer", "--nom", "Zyxwodiak")
    assert code == 2 and "accord de la personne" in err and "--accord" in err
    code, _, err = cli("suivis", "lister")
    assert code == 2 and "Aucun dossier de suivi n'a encore été créé" in err


def test_a_wrong_passphrase_is_a_french_error(cli, monkeypatch):
    _create(cli)
    monkeypatch.setenv("PASSERELLE_PASSPHRASE", "ce n'est pas la bonne")
    code, out, err = cli("suivis", "lister")
    assert code == 2 and err.startswith("Erreur : Phrase secrète incorrecte")
    assert "Traceback" not in err and "Zyxwodiak" not in out


def test_a_diagnosis_cannot_be_entered_as_a_field(cli, tmp_path):
    pathway = tmp_path / "parcours.json"
    pathway.write_text('{"steps": [{"service_id": "x"}]}', encoding="utf-8")
    record_id = _create(cli, "--parcours", str(pathway))
    code, out, _ = cli("suivis", "voir", record_id, "--json")
    assert json.loads(out)["parcours"] == {"steps": [{"service_id": "x"}]}
    pathway.write_text("[1, 2]", encoding="utf-8")
    code, _, err = cli(
        "suivis", "creer", "--nom", "A", "--accord", "2026-01-01", "--parcours", str(pathway)
    )
    assert code == 2 and "objet JSON" in err


def test_new_contact_and_purge(cli):
    today = date.today()
    old = today - timedelta(days=700)
    record_id = _create(cli, "--dernier-contact", old.isoformat(), "--accord", old.isoformat())
    code, out, _ = cli("suivis", "contact", record_id)
    assert code == 0
    code, out, _ = cli("suivis", "purger")
    assert out.startswith("0 dossier(s) effacé(s)")
    code, out, _ = cli("suivis", "lister", "--json")
    assert json.loads(out)[0]["dernier_contact"] == today.isoformat()


def test_commands_purge_expired_records_at_start(cli):
    old = (date.today() - timedelta(days=800)).isoformat()
    _create(cli, "--dernier-contact", old, "--accord", old)
    code, out, _ = cli("suivis", "lister", "--json")  # the start-up maintenance ran first
    assert code == 0 and json.loads(out) == []


def test_visit_stats_and_export(cli, tmp_path, capsys):
    db = open_database(cli.path)
    with db.transaction() as session:
        record_visit(
            session,
            FakeProfile(20, "30189", ["mobilite--preparer-un-permis"]),
            FakeResult(),
            today=date(2026, 2, 1),
        )
    db.dispose()
    code, out, _ = cli("visites", "stats", "--json")
    assert json.loads(out)["besoins_non_couverts_par_commune"] == {
        "30189": {"mobilite--preparer-un-permis": 1}
    }
    code, out, _ = cli("visites", "stats", "--depuis", "2026-01-01")
    assert "Visites du 2026-01-01" in out and "Nîmes (30189)" in out
    assert "Préparer un permis" in out
    code, out, _ = cli("visites", "export", str(tmp_path / "v.csv"))
    assert code == 0 and "1 visite(s)" in out
    with pytest.raises(SystemExit):
        cli("visites", "stats", "--depuis", "hier")
    assert "date invalide « hier »" in capsys.readouterr().err


def test_backup_and_restore_commands(cli, tmp_path):
    record_id = _create(cli)
    code, out, _ = cli("backup", str(tmp_path / "sauvegardes"))
    assert code == 0
    (saved,) = (tmp_path / "sauvegardes").glob("passerelle-*.sqlite")
    assert b"Zyxwodiak" not in saved.read_bytes()
    cli("suivis", "effacer", record_id, "--oui")
    code, out, _ = cli("restore", str(saved), "--oui")
    assert code == 0 and "Base restaurée" in out
    code, out, _ = cli("suivis", "lister", "--json")
    assert json.loads(out)[0]["identifiant"] == record_id
    code, _, err = cli("restore", str(tmp_path / "absent.sqlite"), "--oui")
    assert code == 2 and "introuvable" in err


def test_the_passphrase_is_typed_twice_when_not_in_the_environment(cli, monkeypatch):
    monkeypatch.delenv("PASSERELLE_PASSPHRASE")
    typed = iter([PASSPHRASE, "autre chose encore"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    code, _, err = cli("suivis", "creer", "--nom", "A", "--accord", "2026-01-01")
    assert code == 2 and "différentes" in err
    typed = iter([PASSPHRASE, PASSPHRASE, PASSPHRASE])
    code, out, _ = cli("suivis", "creer", "--nom", "A", "--accord", "2026-01-01")
    assert code == 0 and "phrase secrète" in out
    code, out, _ = cli("suivis", "lister")
    assert code == 0 and "A" in out


def test_change_the_passphrase(cli, monkeypatch):
    _create(cli)
    monkeypatch.setenv("PASSERELLE_NOUVELLE_PASSPHRASE", "nouvelle phrase de l'équipe")
    code, out, _ = cli("suivis", "changer-phrase")
    assert code == 0 and "Phrase secrète changée" in out
    code, _, err = cli("suivis", "lister")
    assert code == 2 and "incorrecte" in err
    monkeypatch.setenv("PASSERELLE_PASSPHRASE", "nouvelle phrase de l'équipe")
    code, out, _ = cli("suivis", "lister")
    assert code == 0 and "ZYXWODIAK" in out
