"""Tables of the privacy features (imported by ``app.core.models`` so that the
migrations test sees them).

Nothing in ``visit_record`` or ``audit_event`` can identify a visitor: no name, no exact
age, no time of day, no free text. Everything personal lives in ``followup_record.payload``,
encrypted with the vault's key (see ``crypto``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary
from sqlmodel import Field, SQLModel


class VisitRecord(SQLModel, table=True):
    """One visit, anonymous: what the territory's diagnosis of gaps needs, nothing more."""

    __tablename__ = "visit_record"

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)  # the day only, never the time
    commune: str | None = None  # INSEE code of the visitor's commune (known codes only)
    age_band: str  # one of visits.AGE_BANDS
    needs: list[str] = Field(sa_column=Column(JSON, nullable=False))  # thématique codes
    match_count: int = 0  # eligible services found
    unmet_needs: list[str] = Field(sa_column=Column(JSON, nullable=False))


class FollowupRecord(SQLModel, table=True):
    """A follow-up record, kept only with the person's consent; the payload is encrypted."""

    __tablename__ = "followup_record"

    id: str = Field(primary_key=True)  # random, carries no meaning
    consent_date: date
    last_contact: date = Field(index=True)
    payload: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime
    updated_at: datetime


class AuditEvent(SQLModel, table=True):
    """Who did what to which record, and when. No personal data about the visitor."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    actor: str  # the counsellor's login or initials typed at unlock
    action: str  # one of audit.ACTIONS
    record_id: str | None = Field(default=None, index=True)


class VaultMeta(SQLModel, table=True):
    """The vault's public parameters: KDF salt and settings, and a verifier of the key."""

    __tablename__ = "vault_meta"

    id: int = Field(default=1, primary_key=True)
    kdf: str  # "argon2id" or "scrypt"
    salt: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    params: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    verifier: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime
