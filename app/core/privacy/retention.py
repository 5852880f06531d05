"""Retention: a follow-up record is erased 24 months after the last contact.

"Older than 24 months": a record whose last contact was on 10 March 2025 is kept through
10 March 2027 and erased from 11 March 2027. A last contact on 29 February counts to
28 February, 24 months later. The purge needs no passphrase (it does not read the
payload): it runs at start-up (``app.core.maintenance.startup_maintenance``) and on demand
(``passerelle suivis purger``). Each purged record leaves one audit event.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime

from sqlmodel import Session, select

from app.core.privacy import audit
from app.core.privacy.followup import _secure_delete
from app.core.privacy.tables import FollowupRecord

RETENTION_MONTHS = 24


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expiry_date(last_contact: date) -> date:
    """The last day a record is kept."""
    return add_months(last_contact, RETENTION_MONTHS)


def is_expired(last_contact: date, today: date) -> bool:
    return today > expiry_date(last_contact)


def _today(now: datetime | date | None) -> date:
    if now is None:
        return date.today()
    return now.date() if isinstance(now, datetime) else now


def purge_expired(
    session: Session, now: datetime | date | None = None, actor: str = audit.SYSTEM_ACTOR
) -> list[str]:
    """Erase the records whose last contact is older than 24 months; returns their ids.

    The caller commits (``with db.transaction() as session``): all or none are erased.
    """
    today = _today(now)
    newest_expired = add_months(today, -RETENTION_MONTHS)
    candidates = session.exec(
        select(FollowupRecord).where(FollowupRecord.last_contact <= newest_expired)
    ).all()
    expired = [record for record in candidates if is_expired(record.last_contact, today)]
    if expired:
        _secure_delete(session)
    for record in expired:
        session.delete(record)
        audit.log_event(session, actor, audit.PURGED, record.id)
    session.flush()
    return [record.id for record in expired]
