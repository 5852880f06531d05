from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlmodel import select

from app.core.privacy import crypto
from app.core.privacy.crypto import Vault
from app.core.privacy.followup import FollowupData, create_followup, open_followup
from app.core.privacy.tables import AuditEvent, FollowupRecord
from app.ui.followup_dialogs import FollowupForm, FollowupListDialog, UnlockDialog, VaultKeeper

PASSPHRASE = "cheval agrafe pile correcte"
TODAY = date(2026, 3, 10)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    light = crypto.KdfParams("argon2id", {"iterations": 1, "lanes": 1, "memory_cost": 1024})
    monkeypatch.setattr(crypto, "default_kdf", lambda: light)


@pytest.fixture
def vault(db_file):
    with db_file.transaction() as session:
        return Vault.create(session, PASSPHRASE, "JD")


def test_the_record_cannot_be_saved_before_consent_is_ticked(qtbot, db_file, vault):
    form = FollowupForm(db_file, vault, today=TODAY, besoins=["mobilite--preparer-un-permis"])
    qtbot.addWidget(form)
    form.fields["nom"].setText("Zyxwodiak")
    assert not form.save_button.isEnabled()
    assert not form.consent_date.isEnabled()
    form.save()  # even called directly, nothing is written
    with db_file.session() as session:
        assert session.exec(select(FollowupRecord)).all() == []
    form.consent.setChecked(True)
    assert form.save_button.isEnabled() and form.consent_date.isEnabled()
    form.consent.setChecked(False)
    assert not form.save_button.isEnabled()
    assert form.consent.accessibleName() == "La personne a donné son accord"
    assert form.save_button.accessibleName() == "Enregistrer le dossier"


def test_saving_with_consent_records_its_date_and_keeps_need_codes(qtbot, db_file, vault):
    form = FollowupForm(
        db_file,
        vault,
        today=TODAY,
        besoins=["mobilite--preparer-un-permis"],
        parcours={"steps": [{"service_id": "x"}]},
    )
    qtbot.addWidget(form)
    assert form.besoins.toPlainText() == "Préparer un permis"  # shown as its label
    form.besoins.appendPlainText("poste adapté")
    form.fields["nom"].setText("Zyxwodiak")
    form.consent.setChecked(True)
    form.consent_date.setDate(form.consent_date.date().addDays(-3))
    with qtbot.waitSignal(form.accepted):
        form.save_button.click()
    with db_file.transaction() as session:
        view = open_followup(session, vault, form.record_id)
    assert view.consent_date == date(2026, 3, 7)
    assert view.data.besoins == ["mobilite--preparer-un-permis", "poste adapté"]
    assert view.data.parcours == {"steps": [{"service_id": "x"}]}


def test_an_invalid_field_shows_its_message_next_to_it(qtbot, db_file, vault):
    form = FollowupForm(db_file, vault, today=TODAY)
    qtbot.addWidget(form)
    form.fields["nom"].setText("Zyxwodiak")
    form.fields["courriel"].setText("pas une adresse")
    form.consent.setChecked(True)
    form.save()
    assert form.result() != QDialog.DialogCode.Accepted
    assert not form.errors["courriel"].isHidden()
    assert "Adresse électronique invalide" in form.errors["courriel"].text()
    assert form.errors["nom"].isHidden()


def test_the_unlock_dialog_refuses_a_wrong_passphrase_in_french(qtbot, db_file, vault):
    dialog = UnlockDialog(db_file)
    qtbot.addWidget(dialog)
    assert not dialog.creating and dialog.confirmation.isHidden()
    dialog.actor.setText("JD")
    dialog.passphrase.setText("mauvaise phrase secrète")
    dialog.try_unlock()
    assert dialog.vault is None and "Phrase secrète incorrecte" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    assert dialog.vault is not None and dialog.passphrase.text() == ""


def test_the_first_unlock_creates_the_passphrase_after_confirmation(qtbot, db_file):
    dialog = UnlockDialog(db_file)
    qtbot.addWidget(dialog)
    assert dialog.creating
    dialog.actor.setText("JD")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirmation.setText("autre chose")
    dialog.try_unlock()
    assert dialog.vault is None and "différentes" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirmation.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.vault is not None


def test_the_keeper_locks_the_vault_when_idle(qtbot, db_file, vault):
    keeper = VaultKeeper(db_file)
    keeper.set_vault(vault)
    assert keeper.timer.isActive() and keeper.is_unlocked
    vault.touch(vault._clock() - 11 * 60)
    with qtbot.waitSignal(keeper.locked):
        keeper.check_idle()
    assert vault.is_locked and keeper.vault is None and not keeper.timer.isActive()


def test_the_list_opens_exports_and_erases(qtbot, db_file, vault, tmp_path, monkeypatch):
    with db_file.transaction() as session:
        record_id = create_followup(
            session,
            vault,
            FollowupData(nom="Zyxwodiak", prenom="Quenotte"),
            consent_date=TODAY,
            today=TODAY,
        )
    keeper = VaultKeeper(db_file)
    keeper.set_vault(vault)
    dialog = FollowupListDialog(db_file, keeper)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Zyxwodiak"
    assert not dialog.buttons["erase"].isEnabled()
    dialog.select(record_id)
    assert dialog.buttons["erase"].isEnabled()
    dialog.export_selected(str(tmp_path / "copie.json"))
    assert (tmp_path / "copie.json").exists() and "exporté" in dialog.status.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.erase_selected()
    assert dialog.table.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.erase_selected()
    assert dialog.table.rowCount() == 0
    with db_file.session() as session:
        actions = [e.action for e in session.exec(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions == ["created", "exported", "erased"]
    keeper.lock()
    assert dialog.table.rowCount() == 0 and "verrouillés" in dialog.status.text()
