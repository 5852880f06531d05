from __future__ import annotations

import time

import pytest

from app.core.errors import UserError
from app.core.privacy import crypto
from app.core.privacy.crypto import Vault
from app.core.privacy.tables import VaultMeta
from tests.core.privacy.conftest import PASSPHRASE


def test_the_default_kdf_is_strong():
    params = crypto.ARGON2ID if crypto._argon2id_available() else crypto.SCRYPT
    if params.kdf == "argon2id":
        assert params.settings["memory_cost"] >= 64 * 1024 and params.settings["iterations"] >= 3
    else:
        assert params.settings["n"] >= 2**15


def test_the_real_kdf_derives_a_key_that_unlocks(db, monkeypatch):
    monkeypatch.setattr(
        crypto,
        "default_kdf",
        lambda: crypto.ARGON2ID if crypto._argon2id_available() else crypto.SCRYPT,
    )
    with db.transaction() as session:
        Vault.create(session, PASSPHRASE, "JD").lock()
    with db.session() as session:
        meta = session.get(VaultMeta, 1)
        assert meta.kdf in ("argon2id", "scrypt") and len(meta.salt) == 16
        assert PASSPHRASE.encode() not in meta.verifier
        assert not Vault.unlock(session, PASSPHRASE, "JD").is_locked


def test_a_wrong_passphrase_is_refused_in_french(db_file, vault):
    with db_file.session() as session, pytest.raises(UserError, match="Phrase secrète incorrecte"):
        Vault.unlock(session, "pas la bonne phrase", "JD")


def test_a_short_passphrase_is_refused_at_creation(db):
    with db.transaction() as session, pytest.raises(UserError, match="au moins 10 caractères"):
        Vault.create(session, "court", "JD")


def test_unlocking_before_any_vault_exists_explains(db):
    with db.session() as session, pytest.raises(UserError, match="Aucun dossier de suivi"):
        Vault.unlock(session, PASSPHRASE, "JD")


@pytest.mark.parametrize("actor", ["", "   ", "Jean Dupont", "x" * 33, "JD;DROP"])
def test_the_counsellor_identifier_is_short_and_plain(db, actor):
    with db.transaction() as session, pytest.raises(UserError, match="initiales|identifiant"):
        Vault.create(session, PASSPHRASE, actor)


def test_lock_wipes_the_key_and_blocks_use(vault):
    key = vault._key
    blob = vault.encrypt(b"secret", b"aad")
    vault.lock()
    assert vault.is_locked and vault._key is None
    assert key == bytearray(len(key))  # overwritten with zeros
    with pytest.raises(UserError, match="verrouillés"):
        vault.decrypt(blob, b"aad")


def test_the_vault_locks_itself_after_inactivity():
    now = [1000.0]
    vault = Vault(bytearray(b"k" * 32), "JD", timeout_minutes=10, clock=lambda: now[0])
    now[0] += 9 * 60
    assert not vault.is_expired()
    vault.encrypt(b"x", b"a")  # an action restarts the delay
    now[0] += 9 * 60
    assert not vault.is_expired()
    vault.touch(now[0])
    assert not vault.is_expired(now[0] + 599) and vault.is_expired(now[0] + 600)
    now[0] += 600
    with pytest.raises(UserError, match="verrouillés"):
        vault.encrypt(b"x", b"a")
    assert vault.is_locked


def test_lock_if_idle_says_whether_it_locked():
    vault = Vault(bytearray(32), "JD", timeout_minutes=1)
    assert not vault.lock_if_idle(time.monotonic())
    assert vault.lock_if_idle(time.monotonic() + 61)
    assert vault.is_locked


def test_a_blob_is_bound_to_its_record(vault):
    blob = vault.encrypt(b"contenu", b"passerelle:followup:aaa")
    assert vault.decrypt(blob, b"passerelle:followup:aaa") == b"contenu"
    with pytest.raises(UserError, match="ne peut pas être déchiffré"):
        vault.decrypt(blob, b"passerelle:followup:bbb")
    with pytest.raises(UserError, match="ne peut pas être déchiffré"):
        vault.decrypt(blob[:-1] + bytes([blob[-1] ^ 1]), b"passerelle:followup:aaa")
