"""The audit log of follow-up records: who opened, created, edited, exported, erased or
purged which record, and when.

An event holds the counsellor's login or initials (typed at unlock), an action code and
the record's random id: never a name, a contact or a note about the visitor. After an
erasure the events of that record remain, and they say nothing about the person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, select

from app.core.privacy.tables import AuditEvent

OPENED = "opened"
CREATED = "created"
EDITED = "edited"
EXPORTED = "exported"
ERASED = "erased"
PURGED = "purged"
# Kept for records turned into an anonymous trace; Passerelle erases expired records
# instead (the visit records already hold the anonymous trace of each visit).
ANONYMISED = "anonymised"

ACTIONS = {
    OPENED: "consulté",
    CREATED: "créé",
    EDITED: "modifié",
    EXPORTED: "exporté",
    ERASED: "effacé",
    PURGED: "supprimé (durée de conservation dépassée)",
    ANONYMISED: "anonymisé",
}
SYSTEM_ACTOR = "passerelle"


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    actor: str
    action: str
    record_id: str | None

    @property
    def action_label(self) -> str:
        return ACTIONS.get(self.action, self.action)

    def to_dict(self) -> dict[str, str | None]:
        return {
            "date": self.at.astimezone().isoformat(timespec="seconds"),
            "conseiller": self.actor,
            "action": self.action_label,
            "dossier": self.record_id,
        }


def log_event(
    session: Session, actor: str, action: str, record_id: str | None, at: datetime | None = None
) -> None:
    """Add an event to the session (committed with the change it describes)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action: {action!r}")
    session.add(
        AuditEvent(
            at=at or datetime.now(UTC).replace(microsecond=0),
            actor=actor,
            action=action,
            record_id=record_id,
        )
    )


def audit_events(session: Session, record_id: str | None = None) -> list[AuditEntry]:
    """The log, oldest first; only one record's events when ``record_id`` is given."""
    query = select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id)
    if record_id is not None:
        query = query.where(AuditEvent.record_id == record_id)
    return [AuditEntry(e.at, e.actor, e.action, e.record_id) for e in session.exec(query)]
