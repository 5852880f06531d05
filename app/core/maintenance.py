"""Chores run each time Passerelle starts (window or command line).

Today: erase the follow-up records past their retention (24 months after the last
contact), then fold the SQLite write-ahead log back into the file so that erased content
does not linger in it.
"""

from __future__ import annotations

from datetime import datetime

from app.core.storage import Database


def checkpoint(db: Database) -> None:
    """Copy the write-ahead log into the database file and empty it (SQLite only)."""
    if db.engine.dialect.name != "sqlite":
        return
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def startup_maintenance(db: Database, now: datetime | None = None) -> list[str]:
    """Purge expired follow-up records; returns the ids erased (usually none).

    When another window holds the database (a long import), the purge waits for the next
    start rather than block this one: nothing is half done either way.
    """
    from app.core.errors import UserError
    from app.core.privacy.retention import purge_expired

    try:
        with db.transaction() as session:
            purged = purge_expired(session, now)
    except UserError:
        return []
    if purged:
        checkpoint(db)
    return purged
