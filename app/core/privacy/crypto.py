"""The vault: a key derived from the counsellors' passphrase, held in memory only.

The passphrase is never written anywhere. ``vault_meta`` keeps what is needed to derive
the key again (salt, KDF and its settings) and a *verifier* (a constant encrypted with the
key) that tells a wrong passphrase from a right one. Payloads are encrypted with AES-256-GCM;
each blob is ``version (1 byte) | nonce (12 bytes) | ciphertext+tag`` and is bound to its
record id (associated data), so a blob copied onto another record does not decrypt.

Key derivation: Argon2id (RFC 9106, 64 MiB, 4 passes, 4 lanes: about 0.2 s on the
reference 2-core machine), or scrypt (n = 2**17, about 0.45 s) where this build of
``cryptography`` lacks Argon2id.

``Vault.lock()`` overwrites the key's bytes and drops it. Python cannot promise that no
other copy of the key ever existed in memory (the cipher object copies it for each
operation); locking makes the key unreachable from the program, which is what protects a
laptop left open.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

from cryptography.exceptions import InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlmodel import Session

from app.core.errors import UserError
from app.core.privacy.tables import VaultMeta

BLOB_VERSION = 1
NONCE_BYTES = 12
KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 10
DEFAULT_TIMEOUT_MINUTES = 10
_VERIFIER_PLAINTEXT = b"passerelle-vault-v1"
_VERIFIER_AAD = b"passerelle:verifier"

WRONG_PASSPHRASE = "Phrase secrète incorrecte : les dossiers de suivi restent verrouillés."
LOCKED = "Les dossiers de suivi sont verrouillés : saisissez la phrase secrète pour les ouvrir."


@dataclass(frozen=True)
class KdfParams:
    """A key-derivation function and its settings, stored in ``vault_meta``."""

    kdf: str
    settings: dict[str, int] = field(default_factory=dict)

    def derive(self, passphrase: str, salt: bytes) -> bytearray:
        secret = passphrase.encode("utf-8")
        if self.kdf == "argon2id":
            from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

            kdf: Any = Argon2id(salt=salt, length=KEY_BYTES, **self.settings)
        elif self.kdf == "scrypt":
            from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

            kdf = Scrypt(salt=salt, length=KEY_BYTES, **self.settings)
        else:
            raise UserError(f"Méthode de chiffrement inconnue dans cette base : « {self.kdf} ».")
        return bytearray(kdf.derive(secret))


ARGON2ID = KdfParams("argon2id", {"iterations": 4, "lanes": 4, "memory_cost": 64 * 1024})
SCRYPT = KdfParams("scrypt", {"n": 2**17, "r": 8, "p": 1})


@cache
def _argon2id_available() -> bool:
    try:
        KdfParams("argon2id", {"iterations": 1, "lanes": 1, "memory_cost": 8}).derive(
            "x", bytes(16)
        )
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True


def default_kdf() -> KdfParams:
    """Argon2id when this ``cryptography`` has it, else scrypt."""
    return ARGON2ID if _argon2id_available() else SCRYPT


def _encrypt(key: bytes | bytearray, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return bytes([BLOB_VERSION]) + nonce + AESGCM(bytes(key)).encrypt(nonce, plaintext, aad)


def _decrypt(key: bytes | bytearray, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < 1 + NONCE_BYTES + 16 or blob[0] != BLOB_VERSION:
        raise InvalidTag()
    nonce, ciphertext = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
    return AESGCM(bytes(key)).decrypt(nonce, ciphertext, aad)


def _clean_actor(actor: str) -> str:
    text = (actor or "").strip()
    if not text:
        raise UserError("Indiquez vos initiales ou votre identifiant de conseiller.")
    if len(text) > 32 or not all(ch.isalnum() or ch in "._-" for ch in text):
        raise UserError(
            "Initiales ou identifiant invalides : 32 caractères au plus, lettres, chiffres, "
            "point, tiret ou souligné, sans espace."
        )
    return text


def vault_exists(session: Session) -> bool:
    return session.get(VaultMeta, 1) is not None


class Vault:
    """The key in memory, for one counsellor's working session; locks itself when idle."""

    def __init__(
        self,
        key: bytearray,
        actor: str,
        *,
        timeout_minutes: float = DEFAULT_TIMEOUT_MINUTES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._key: bytearray | None = key
        self.actor = _clean_actor(actor)
        self.timeout_seconds = timeout_minutes * 60
        self._clock = clock
        self._last_use = clock()

    # creation and unlocking -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        session: Session,
        passphrase: str,
        actor: str,
        *,
        params: KdfParams | None = None,
        **options: Any,
    ) -> Vault:
        """Set the passphrase of a database that has no vault yet (the caller commits)."""
        if vault_exists(session):
            raise UserError("Une phrase secrète est déjà définie pour cette base.")
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise UserError(
                f"La phrase secrète doit compter au moins {MIN_PASSPHRASE_LENGTH} caractères "
                "(plusieurs mots faciles à retenir, par exemple)."
            )
        actor = _clean_actor(actor)
        params = params or default_kdf()
        salt = os.urandom(16)
        key = params.derive(passphrase, salt)
        session.add(
            VaultMeta(
                kdf=params.kdf,
                salt=salt,
                params=dict(params.settings),
                verifier=_encrypt(key, _VERIFIER_PLAINTEXT, _VERIFIER_AAD),
                created_at=datetime.now(UTC),
            )
        )
        session.flush()
        return cls(key, actor, **options)

    @classmethod
    def unlock(cls, session: Session, passphrase: str, actor: str, **options: Any) -> Vault:
        """The vault of this database; a wrong passphrase raises ``UserError``."""
        actor = _clean_actor(actor)
        meta = session.get(VaultMeta, 1)
        if meta is None:
            raise UserError(
                "Aucun dossier de suivi n'a encore été créé : la phrase secrète sera choisie "
                "à la création du premier dossier."
            )
        key = KdfParams(meta.kdf, dict(meta.params)).derive(passphrase, meta.salt)
        try:
            _decrypt(key, meta.verifier, _VERIFIER_AAD)
        except InvalidTag:
            _wipe(key)
            raise UserError(WRONG_PASSPHRASE) from None
        return cls(key, actor, **options)

    @classmethod
    def open_or_create(cls, session: Session, passphrase: str, actor: str, **options: Any) -> Vault:
        if vault_exists(session):
            return cls.unlock(session, passphrase, actor, **options)
        return cls.create(session, passphrase, actor, **options)

    # inactivity -------------------------------------------------------------------------

    def touch(self, now: float | None = None) -> None:
        """Note an action of the counsellor (restarts the inactivity delay)."""
        self._last_use = self._clock() if now is None else now

    def is_expired(self, now: float | None = None) -> bool:
        """True when idle longer than the timeout (or already locked)."""
        if self._key is None:
            return True
        now = self._clock() if now is None else now
        return now - self._last_use >= self.timeout_seconds

    def lock_if_idle(self, now: float | None = None) -> bool:
        """Lock when idle too long; returns whether the vault is now locked."""
        if self.is_expired(now):
            self.lock()
        return self.is_locked

    def lock(self) -> None:
        """Overwrite the key and forget it."""
        if self._key is not None:
            _wipe(self._key)
        self._key = None

    @property
    def is_locked(self) -> bool:
        return self._key is None

    # encryption -------------------------------------------------------------------------

    def _live_key(self) -> bytearray:
        if self.lock_if_idle():
            raise UserError(LOCKED)
        assert self._key is not None
        self.touch()
        return self._key

    def ensure_unlocked(self) -> None:
        """Raise ``UserError`` when locked (or idle too long); else count as an action."""
        self._live_key()

    def encrypt(self, plaintext: bytes, aad: bytes) -> bytes:
        return _encrypt(self._live_key(), plaintext, aad)

    def decrypt(self, blob: bytes, aad: bytes) -> bytes:
        try:
            return _decrypt(self._live_key(), blob, aad)
        except InvalidTag:
            raise UserError(
                "Ce dossier ne peut pas être déchiffré avec la phrase secrète actuelle "
                "(fichier abîmé ou modifié)."
            ) from None


def _wipe(buffer: bytearray) -> None:
    for index in range(len(buffer)):
        buffer[index] = 0
