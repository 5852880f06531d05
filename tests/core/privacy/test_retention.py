from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlmodel import select

from app.core.maintenance import startup_maintenance
from app.core.privacy import audit
from app.core.privacy.followup import create_followup
from app.core.privacy.retention import add_months, expiry_date, is_expired, purge_expired
from app.core.privacy.tables import AuditEvent, FollowupRecord
from tests.core.privacy.conftest import fictional_person


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 3, 10), 24, date(2027, 3, 10)),
        (date(2024, 2, 29), 24, date(2026, 2, 28)),
        (date(2025, 11, 30), 3, date(2026, 2, 28)),
        (date(2026, 1, 31), -2, date(2025, 11, 30)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def test_a_record_is_kept_24_months_to_the_day():
    last = date(2025, 3, 10)
    assert expiry_date(last) == date(2027, 3, 10)
    assert not is_expired(last, date(2027, 3, 10))
    assert is_expired(last, date(2027, 3, 11))


def _record(db, vault, last_contact):
    with db.transaction() as session:
        return create_followup(
            session,
            vault,
            fictional_person(),
            consent_date=last_contact,
            last_contact=last_contact,
            today=last_contact,
        )


def test_purge_erases_exactly_the_records_older_than_24_months(db_file, vault):
    old = _record(db_file, vault, date(2024, 6, 14))
    boundary = _record(db_file, vault, date(2024, 6, 15))
    recent = _record(db_file, vault, date(2026, 1, 5))
    with db_file.transaction() as session:
        purged = purge_expired(session, datetime(2026, 6, 15, 8, 0))
    assert purged == [old]
    with db_file.session() as session:
        left = {r.id for r in session.exec(select(FollowupRecord))}
        events = session.exec(select(AuditEvent).where(AuditEvent.action == audit.PURGED)).all()
    assert left == {boundary, recent}
    assert [(e.actor, e.record_id) for e in events] == [("passerelle", old)]
    with db_file.transaction() as session:
        assert purge_expired(session, date(2026, 6, 16)) == [boundary]


def test_startup_maintenance_purges_without_the_passphrase(db_file, vault):
    old = _record(db_file, vault, date(2023, 1, 2))
    vault.lock()
    assert startup_maintenance(db_file, datetime(2026, 1, 1)) == [old]
    assert startup_maintenance(db_file, datetime(2026, 1, 1)) == []
    with db_file.session() as session:
        assert session.exec(select(FollowupRecord)).all() == []


def test_startup_maintenance_does_not_block_when_another_window_writes(db_file, vault, monkeypatch):
    import sqlite3

    from app.core import storage

    old = _record(db_file, vault, date(2023, 1, 2))
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 200)
    other = storage.open_database(db_file.location)
    holder = sqlite3.connect(db_file.location, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert startup_maintenance(other, datetime(2026, 1, 1)) == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert startup_maintenance(other, datetime(2026, 1, 1)) == [old]
    other.dispose()
