"""Storage safety: the SQLite settings Passerelle relies on, and two windows on one file."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from app.core import catalogue, storage
from app.core.errors import UserError
from app.core.storage import open_database


def test_every_connection_has_wal_foreign_keys_busy_timeout_and_full_sync(db_file):
    with db_file.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == storage.BUSY_TIMEOUT_MS
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    assert storage.BUSY_TIMEOUT_MS >= 5000


def _rows(prefix: str, n: int) -> tuple[list[dict], list[dict]]:
    structures = [
        {
            "id": f"{prefix}-st",
            "source": "t",
            "nom": "Structure fictive",
            "date_maj": date(2026, 1, 1),
        }
    ]
    services = [
        {
            "id": f"{prefix}-{i}",
            "source": "t",
            "structure_id": f"{prefix}-st",
            "nom": f"Service {i}",
            "description": "Fictif.",
            "date_maj": date(2026, 1, 1),
        }
        for i in range(n)
    ]
    return structures, services


def _count(db) -> int:
    with db.session() as session:
        return catalogue.count_services(session)


def test_a_failed_import_leaves_nothing(db_file):
    structures, services = _rows("a", 50)
    services[30]["structure_id"] = "absente"  # a foreign key violation in the middle
    with pytest.raises(IntegrityError), db_file.transaction() as session:
        catalogue.upsert_structures(session, structures)
        catalogue.upsert_services(session, services)
    assert _count(db_file) == 0


@pytest.fixture
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_MS", 400)


def _hold_write_lock(path, seconds: float, started: threading.Event) -> None:
    import sqlite3

    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "INSERT INTO visit_record (day, age_band, needs, match_count, unmet_needs) "
        "VALUES ('2026-01-01', 'non renseigné', '[]', 0, '[]')"
    )
    started.set()
    time.sleep(seconds)
    connection.execute("COMMIT")
    connection.close()


def test_a_second_writer_waits_for_the_first(db_file, short_busy_timeout):
    other = open_database(db_file.location)  # a second window on the same file
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_file.location, 0.15, started))
    holder.start()
    started.wait()
    structures, services = _rows("b", 20)
    with other.transaction() as session:  # waits (busy timeout) instead of failing
        catalogue.upsert_structures(session, structures)
        catalogue.upsert_services(session, services)
    holder.join()
    assert _count(db_file) == 20
    other.dispose()


def test_a_writer_locked_out_too_long_gets_a_french_message_and_writes_nothing(
    db_file, short_busy_timeout
):
    other = open_database(db_file.location)
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(db_file.location, 1.5, started))
    holder.start()
    started.wait()
    structures, services = _rows("c", 20)
    with pytest.raises(UserError, match="occupée par une autre fenêtre de Passerelle"):
        with other.transaction() as session:
            catalogue.upsert_structures(session, structures)
            catalogue.upsert_services(session, services)
    holder.join()
    assert _count(db_file) == 0
    with db_file.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    other.dispose()
