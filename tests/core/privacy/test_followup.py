from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from app.core.errors import UserError
from app.core.maintenance import checkpoint
from app.core.privacy import audit
from app.core.privacy.crypto import Vault
from app.core.privacy.export import export_followup
from app.core.privacy.followup import (
    FollowupData,
    change_passphrase,
    create_followup,
    erase_followup,
    list_followups,
    open_followup,
    update_followup,
)
from app.core.privacy.tables import AuditEvent, FollowupRecord, VisitRecord
from tests.core.privacy.conftest import CONSENT, PASSPHRASE, fictional_person

TODAY = date(2026, 3, 10)
PERSONAL = ("Zyxwodiak", "Quenotte", "06 00 00 00 00", "exemple.invalid", "Milhaud", "permis")


def _create(db, vault, **changes):
    with db.transaction() as session:
        return create_followup(
            session, vault, fictional_person(**changes), consent_date=CONSENT, today=TODAY
        )


def _raw_bytes(db) -> bytes:
    path = Path(db.location)
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_no_record_without_consent(db_file, vault):
    with db_file.transaction() as session, pytest.raises(UserError, match="accord de la personne"):
        create_followup(session, vault, fictional_person(), consent_date=None)
    with db_file.session() as session:
        assert session.exec(select(FollowupRecord)).all() == []


def test_consent_and_last_contact_cannot_be_in_the_future(db_file, vault):
    with db_file.transaction() as session, pytest.raises(UserError, match="futur"):
        create_followup(
            session, vault, fictional_person(), consent_date=date(2026, 3, 11), today=TODAY
        )
    with db_file.transaction() as session, pytest.raises(UserError, match="futur"):
        create_followup(
            session,
            vault,
            fictional_person(),
            consent_date=CONSENT,
            last_contact=date(2027, 1, 1),
            today=TODAY,
        )


def test_the_payload_is_not_readable_in_the_database_file(db_file, vault):
    record_id = _create(db_file, vault)
    db_file.dispose()
    raw = _raw_bytes(db_file)
    assert record_id.encode() in raw  # the record is there…
    for text in PERSONAL:  # …but nothing personal can be read
        assert text.encode("utf-8") not in raw
        assert text.encode("utf-16-le") not in raw


def test_create_list_open_update(db_file, vault):
    record_id = _create(db_file, vault)
    with db_file.transaction() as session:
        (summary,) = list_followups(session, vault)
        assert (summary.id, summary.nom, summary.prenom) == (record_id, "Zyxwodiak", "Quenotte")
        assert summary.display_name == "Quenotte ZYXWODIAK"
        view = open_followup(session, vault, record_id)
        assert view.data == fictional_person() and view.consent_date == CONSENT
        assert view.last_contact == TODAY
        update_followup(
            session,
            vault,
            record_id,
            fictional_person(notes="Nouveau rendez-vous."),
            last_contact=date(2026, 3, 10),
            today=TODAY,
        )
    with db_file.transaction() as session:
        view = open_followup(session, vault, record_id)
        assert view.data.notes == "Nouveau rendez-vous."
        actions = [e.action for e in audit.audit_events(session, record_id)]
    assert actions == ["created", "opened", "edited", "opened"]


def test_another_passphrase_cannot_read_records(db_file, vault):
    record_id = _create(db_file, vault)
    with db_file.transaction() as session:
        other = Vault(bytearray(b"\x01" * 32), "XY")
        with pytest.raises(UserError, match="ne peut pas être déchiffré"):
            open_followup(session, other, record_id)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"nom": "A", "diagnostic": "…"}, "Champ inconnu.*diagnostic"),
        ({"nom": "", "prenom": ""}, "au moins le nom ou le prénom"),
        ({"nom": "A", "courriel": "pas une adresse"}, "Courriel : Adresse électronique invalide"),
        ({"nom": "A", "telephone": "appeler le soir"}, "Téléphone"),
        ({"nom": "A", "besoins": "mobilite"}, "les besoins une liste"),
        ({"nom": 12}, "du texte"),
        ({"nom": "A" * 101}, "100 caractères"),
        (["nom"], "objet JSON"),
    ],
)
def test_invalid_data_is_refused_naming_the_field(data, message):
    with pytest.raises(UserError, match=message):
        FollowupData.from_dict(data)


def test_form_data_is_cleaned_of_control_characters():
    data = FollowupData.from_dict({"nom": " Zyx\x00wodiak\x1b ", "notes": "ligne 1\r\nligne 2\x07"})
    assert data.nom == "Zyxwodiak" and data.notes == "ligne 1\nligne 2"
    assert data.field_errors() == {}


def test_export_json_contains_the_record_and_its_history(db_file, vault, tmp_path):
    record_id = _create(db_file, vault)
    with db_file.transaction() as session:
        export_followup(session, vault, record_id, tmp_path / "dossier.json")
    content = json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))
    assert content["identifiant"] == record_id
    assert content["personne"] == {
        "nom": "Zyxwodiak",
        "prenom": "Quenotte",
        "telephone": "06 00 00 00 00",
        "courriel": "quenotte.zyxwodiak@exemple.invalid",
    }
    assert content["accord_le"] == "2026-03-02" and content["conserve_jusqu_au"] == "2028-03-10"
    assert content["besoins"][0] == {
        "code": "mobilite--preparer-un-permis",
        "libelle": "Préparer un permis",
    }
    assert content["besoins"][1] == {"code": "poste adapté", "libelle": "poste adapté"}
    assert content["parcours"]["steps"][0]["service_id"] == "test--permis"
    assert [e["action"] for e in content["historique"]] == ["créé", "exporté"]


def test_export_pdf_is_french_and_complete(db_file, vault, tmp_path):
    from pypdf import PdfReader

    record_id = _create(db_file, vault)
    with db_file.transaction() as session:
        export_followup(session, vault, record_id, tmp_path / "dossier.pdf")
    reader = PdfReader(str(tmp_path / "dossier.pdf"))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    for expected in (
        "Dossier de suivi",
        "Zyxwodiak",
        "Quenotte",
        "2 mars 2026",
        "poste adapté",
        "Milhaud",
        "3 décembre 2026 à 9 h 30 — Apporter la pièce d'identité",
        "exporté par JD",
        record_id,
    ):
        assert expected in text
    assert "Zyxwodiak" not in str(reader.metadata)


def test_export_to_another_format_is_refused(db_file, vault, tmp_path):
    record_id = _create(db_file, vault)
    with db_file.transaction() as session, pytest.raises(UserError, match=r"\.json ou \.pdf"):
        export_followup(session, vault, record_id, tmp_path / "dossier.docx")


def test_erasure_leaves_only_an_audit_event_without_personal_data(db_file, vault):
    record_id = _create(db_file, vault)
    with db_file.session() as session:
        blob = session.get(FollowupRecord, record_id).payload
    with db_file.transaction() as session:
        erase_followup(session, vault, record_id)
    checkpoint(db_file)
    with db_file.session() as session:
        assert session.exec(select(FollowupRecord)).all() == []
        assert session.exec(select(VisitRecord)).all() == []
        events = session.exec(select(AuditEvent)).all()
    assert [(e.actor, e.action, e.record_id) for e in events] == [
        ("JD", "created", record_id),
        ("JD", "erased", record_id),
    ]
    db_file.dispose()
    raw = _raw_bytes(db_file)
    assert blob[20:60] not in raw  # the ciphertext itself is overwritten, not just unlinked
    for text in PERSONAL:
        assert text.encode() not in raw


def test_erasing_an_unknown_record_is_a_french_error(db_file, vault):
    with db_file.transaction() as session, pytest.raises(UserError, match="Aucun dossier"):
        erase_followup(session, vault, "inconnu")


def test_the_audit_log_holds_no_personal_data(db_file, vault, tmp_path):
    record_id = _create(db_file, vault)
    with db_file.transaction() as session:
        open_followup(session, vault, record_id)
        update_followup(session, vault, record_id, fictional_person(notes="Autre note"))
        export_followup(session, vault, record_id, tmp_path / "d.json")
        erase_followup(session, vault, record_id)
    with db_file.session() as session:
        rows = session.exec(select(AuditEvent)).all()
    assert {r.action for r in rows} == {"created", "opened", "edited", "exported", "erased"}
    dumped = " ".join(f"{r.at} {r.actor} {r.action} {r.record_id}" for r in rows)
    for text in PERSONAL + ("Autre note", "d.json", str(tmp_path)):
        assert text not in dumped
    assert set(AuditEvent.model_fields) == {"id", "at", "actor", "action", "record_id"}
    assert all(isinstance(r.at, datetime) for r in rows)


def test_changing_the_passphrase_reencrypts_every_record(db_file, vault):
    record_id = _create(db_file, vault)
    with db_file.transaction() as session:
        new_vault = change_passphrase(session, vault, "une toute nouvelle phrase")
    assert vault.is_locked
    with db_file.transaction() as session:
        assert open_followup(session, new_vault, record_id).data.nom == "Zyxwodiak"
        with pytest.raises(UserError, match="incorrecte"):
            Vault.unlock(session, PASSPHRASE, "JD")
        again = Vault.unlock(session, "une toute nouvelle phrase", "JD")
        assert open_followup(session, again, record_id).data.prenom == "Quenotte"
