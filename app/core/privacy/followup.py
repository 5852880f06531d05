"""Follow-up records, kept only with the person's consent, encrypted at rest.

A record holds in clear only what the retention rule needs (its random id, the consent
date, the last contact, creation and update times). Name, contact, needs, pathway and
notes are one JSON payload encrypted with the vault's key. Health or disability is
recorded as a need ("poste adapté", "temps partiel"), never as a diagnosis: there is no
field for one, and an unknown field is refused.

Every function takes the session (the caller commits, one change per transaction) and an
unlocked ``Vault``; each access is written to the audit log with the vault's actor.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select

from app.core.errors import UserError
from app.core.privacy import audit
from app.core.privacy.crypto import Vault
from app.core.privacy.tables import FollowupRecord, VaultMeta

PAYLOAD_VERSION = 1
MAX_NAME = 100
MAX_CONTACT = 200
MAX_NOTES = 20_000
MAX_NEEDS = 50
MAX_NEED = 120

NO_CONSENT = (
    "Un dossier de suivi ne peut être créé qu'avec l'accord de la personne : "
    "cochez « La personne a donné son accord le … » et indiquez la date."
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 .()-]{6,25}$")


def _clean(value: object, *, multiline: bool = False) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError
    value = value.replace("\r\n", "\n")
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    return _CONTROL.sub("", value).strip()


@dataclass
class FollowupData:
    """What a follow-up record holds about the person (all of it encrypted)."""

    nom: str = ""
    prenom: str = ""
    telephone: str = ""
    courriel: str = ""
    besoins: list[str] = field(default_factory=list)  # thématique codes or short needs
    parcours: dict[str, Any] | None = None  # the pathway JSON (pathway_to_dict)
    notes: str = ""

    def field_errors(self) -> dict[str, str]:
        """French message per invalid field (empty when the data can be saved)."""
        errors: dict[str, str] = {}
        if not self.nom and not self.prenom:
            errors["nom"] = "Indiquez au moins le nom ou le prénom."
        for name in ("nom", "prenom"):
            if len(getattr(self, name)) > MAX_NAME:
                errors[name] = f"{MAX_NAME} caractères au plus."
        if self.telephone and not _PHONE.match(self.telephone):
            errors["telephone"] = "Numéro de téléphone invalide (chiffres, espaces, + au début)."
        if self.courriel and (len(self.courriel) > MAX_CONTACT or not _EMAIL.match(self.courriel)):
            errors["courriel"] = "Adresse électronique invalide (exemple : prenom.nom@exemple.fr)."
        if len(self.besoins) > MAX_NEEDS or any(len(b) > MAX_NEED for b in self.besoins):
            errors["besoins"] = f"{MAX_NEEDS} besoins au plus, de {MAX_NEED} caractères au plus."
        if len(self.notes) > MAX_NOTES:
            errors["notes"] = f"Notes trop longues ({MAX_NOTES} caractères au plus)."
        if self.parcours is not None and not isinstance(self.parcours, dict):
            errors["parcours"] = "Le parcours doit être un objet JSON."
        return errors

    def validate(self) -> FollowupData:
        errors = self.field_errors()
        if errors:
            name, message = next(iter(errors.items()))
            raise UserError(f"{FIELD_LABELS[name]} : {message}")
        return self

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any, *, validate: bool = True) -> FollowupData:
        """Cleaned data from JSON or a form; an unknown field (a diagnosis…) is refused.
        With ``validate`` (the default) an invalid value raises ``UserError``; a form passes
        False and shows ``field_errors()`` next to each field instead."""
        if not isinstance(data, dict):
            raise UserError("Les données du dossier doivent être un objet JSON.")
        unknown = sorted(set(data) - set(FIELD_LABELS))
        if unknown:
            raise UserError(
                f"Champ inconnu dans le dossier : « {unknown[0]} ». Un dossier de suivi ne contient "
                "que : " + ", ".join(FIELD_LABELS) + " (la santé s'inscrit comme un besoin, "
                "jamais comme un diagnostic)."
            )
        try:
            besoins = data.get("besoins") or []
            if not isinstance(besoins, list):
                raise TypeError
            result = cls(
                nom=_clean(data.get("nom")),
                prenom=_clean(data.get("prenom")),
                telephone=_clean(data.get("telephone")),
                courriel=_clean(data.get("courriel")),
                besoins=[b for b in (_clean(x) for x in besoins) if b],
                parcours=data.get("parcours"),
                notes=_clean(data.get("notes"), multiline=True),
            )
        except TypeError:
            raise UserError(
                "Données du dossier invalides : les champs sont du texte, les besoins une liste."
            ) from None
        return result.validate() if validate else result


FIELD_LABELS = {
    "nom": "Nom",
    "prenom": "Prénom",
    "telephone": "Téléphone",
    "courriel": "Courriel",
    "besoins": "Besoins",
    "parcours": "Parcours",
    "notes": "Notes",
}


@dataclass(frozen=True)
class FollowupSummary:
    id: str
    nom: str
    prenom: str
    consent_date: date
    last_contact: date

    @property
    def display_name(self) -> str:
        return " ".join(part for part in (self.prenom, self.nom.upper()) if part)


@dataclass(frozen=True)
class FollowupView:
    id: str
    consent_date: date
    last_contact: date
    created_at: datetime
    updated_at: datetime
    data: FollowupData


def _aad(record_id: str) -> bytes:
    return b"passerelle:followup:" + record_id.encode("ascii")


def _seal(vault: Vault, record_id: str, data: FollowupData) -> bytes:
    plain = json.dumps({"v": PAYLOAD_VERSION, **data.to_dict()}, ensure_ascii=False)
    return vault.encrypt(plain.encode("utf-8"), _aad(record_id))


def _open(vault: Vault, record: FollowupRecord) -> FollowupData:
    content = json.loads(vault.decrypt(record.payload, _aad(record.id)).decode("utf-8"))
    content.pop("v", None)
    return FollowupData(**content)


def _get(session: Session, record_id: str) -> FollowupRecord:
    record = session.get(FollowupRecord, (record_id or "").strip())
    if record is None:
        raise UserError(f"Aucun dossier de suivi avec l'identifiant « {record_id} ».")
    return record


def _new_id(session: Session) -> str:
    while True:
        record_id = secrets.token_hex(5)
        if session.get(FollowupRecord, record_id) is None:
            return record_id


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _check_dates(consent_date: date | None, last_contact: date, today: date) -> date:
    if consent_date is None:
        raise UserError(NO_CONSENT)
    if consent_date > today:
        raise UserError("La date de l'accord ne peut pas être dans le futur.")
    if last_contact > today:
        raise UserError("La date du dernier contact ne peut pas être dans le futur.")
    return consent_date


def create_followup(
    session: Session,
    vault: Vault,
    data: FollowupData,
    *,
    consent_date: date | None,
    last_contact: date | None = None,
    today: date | None = None,
) -> str:
    """A new record (consent date required); returns its id."""
    today = today or date.today()
    last_contact = last_contact or today
    consent_date = _check_dates(consent_date, last_contact, today)
    data.validate()
    record_id = _new_id(session)
    now = _now()
    session.add(
        FollowupRecord(
            id=record_id,
            consent_date=consent_date,
            last_contact=last_contact,
            payload=_seal(vault, record_id, data),
            created_at=now,
            updated_at=now,
        )
    )
    audit.log_event(session, vault.actor, audit.CREATED, record_id)
    session.flush()
    return record_id


def list_followups(session: Session, vault: Vault) -> list[FollowupSummary]:
    """All records, by name (decrypted in memory; listing is not logged)."""
    summaries = []
    for record in session.exec(select(FollowupRecord)):
        data = _open(vault, record)
        summaries.append(
            FollowupSummary(
                record.id, data.nom, data.prenom, record.consent_date, record.last_contact
            )
        )
    return sorted(summaries, key=lambda s: (s.nom.casefold(), s.prenom.casefold(), s.id))


def open_followup(
    session: Session, vault: Vault, record_id: str, *, log: bool = True
) -> FollowupView:
    """One record, decrypted; the opening is logged."""
    record = _get(session, record_id)
    view = FollowupView(
        record.id,
        record.consent_date,
        record.last_contact,
        record.created_at,
        record.updated_at,
        _open(vault, record),
    )
    if log:
        audit.log_event(session, vault.actor, audit.OPENED, record.id)
    return view


def update_followup(
    session: Session,
    vault: Vault,
    record_id: str,
    data: FollowupData,
    *,
    last_contact: date | None = None,
    today: date | None = None,
) -> None:
    """Replace the record's content (and its last contact date, when given)."""
    record = _get(session, record_id)
    today = today or date.today()
    if last_contact is not None:
        _check_dates(record.consent_date, last_contact, today)
        record.last_contact = last_contact
    record.payload = _seal(vault, record.id, data.validate())
    record.updated_at = _now()
    session.add(record)
    audit.log_event(session, vault.actor, audit.EDITED, record.id)
    session.flush()


def _secure_delete(session: Session) -> None:
    """On SQLite, overwrite deleted content with zeros instead of leaving it in free pages."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete=ON"))


def erase_followup(session: Session, vault: Vault, record_id: str) -> None:
    """Erase a record at the person's request; only an audit event (no personal data) remains."""
    record = _get(session, record_id)
    vault.ensure_unlocked()
    _secure_delete(session)
    session.delete(record)
    audit.log_event(session, vault.actor, audit.ERASED, record.id)
    session.flush()


def change_passphrase(session: Session, vault: Vault, new_passphrase: str) -> Vault:
    """Re-encrypt every record with a key from a new passphrase; returns the new vault."""
    from app.core.privacy.crypto import Vault as VaultClass

    contents = [(record, _open(vault, record)) for record in session.exec(select(FollowupRecord))]
    meta = session.get(VaultMeta, 1)
    assert meta is not None
    _secure_delete(session)
    session.delete(meta)
    session.flush()
    new_vault = VaultClass.create(
        session, new_passphrase, vault.actor, timeout_minutes=vault.timeout_seconds / 60
    )
    for record, data in contents:
        record.payload = _seal(new_vault, record.id, data)
        session.add(record)
    session.flush()
    vault.lock()
    return new_vault
