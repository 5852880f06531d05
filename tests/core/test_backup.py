from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core import catalogue
from app.core.backup import (
    KEEP,
    backup_before,
    backup_name,
    backup_to,
    backups_dir,
    prune,
    restore,
)
from app.core.errors import UserError
from app.core.storage import current_revision, head_revision, open_database

DATA = Path(__file__).resolve().parents[1] / "data"


def _add(db, *ids):
    with db.transaction() as session:
        catalogue.upsert_structures(
            session,
            [{"id": "st", "source": "t", "nom": "Structure fictive", "date_maj": date(2026, 1, 1)}],
        )
        catalogue.upsert_services(
            session,
            [
                {
                    "id": i,
                    "source": "t",
                    "structure_id": "st",
                    "nom": f"Service {i}",
                    "description": "Fictif.",
                    "date_maj": date(2026, 1, 1),
                }
                for i in ids
            ],
        )


def _ids(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM service ORDER BY id")]


def test_backup_is_a_consistent_single_file_named_by_date(db_file, tmp_path):
    _add(db_file, "a", "b")
    written = backup_to(db_file, tmp_path / "cle-usb", now=datetime(2026, 5, 4, 9, 30, 12))
    assert written.name == "passerelle-2026-05-04-093012.sqlite"
    assert _ids(written) == ["a", "b"]
    with sqlite3.connect(written) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    again = backup_to(db_file, tmp_path / "cle-usb", now=datetime(2026, 5, 4, 9, 30, 12))
    assert again.name == "passerelle-2026-05-04-093012-2.sqlite"
    assert not list((tmp_path / "cle-usb").glob("*.partiel"))


def test_backup_into_an_unwritable_place_is_a_french_error(db_file, tmp_path):
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(UserError, match="Impossible d'écrire la sauvegarde"):
        backup_to(db_file, blocker / "sous-dossier")


def test_rolling_backups_keep_the_last_seven(db_file):
    folder = backups_dir()
    folder.mkdir(parents=True)
    for day in range(1, 10):
        (folder / backup_name(datetime(2026, 1, day), "avant-import")).write_bytes(b"")
    (folder / "notes.txt").write_text("à garder")
    written = backup_before(db_file, "avant-import")
    kept = sorted(p.name for p in folder.glob("passerelle-*.sqlite"))
    assert len(kept) == KEEP and written.name in kept
    assert kept[0] == "passerelle-2026-01-04-000000-avant-import.sqlite"
    assert (folder / "notes.txt").exists()
    assert prune(folder, keep=KEEP) == []


def test_no_rolling_backup_for_a_database_in_memory(db):
    assert backup_before(db, "avant-import") is None


def test_opening_an_outdated_file_backs_it_up_before_migrating(tmp_path):
    path = tmp_path / "ancienne.sqlite"
    shutil.copy(DATA / "passerelle-v0001.sqlite", path)
    database = open_database(path)
    database.dispose()
    (backup,) = backups_dir().glob("passerelle-*-avant-migration.sqlite")
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert len(_ids(backup)) == 3
    open_database(path).dispose()  # already at head: no new backup
    assert len(list(backups_dir().glob("*.sqlite"))) == 1


def test_restore_replaces_the_database_and_keeps_a_safety_copy(db_file, tmp_path):
    _add(db_file, "avant")
    saved = backup_to(db_file, tmp_path / "sauvegardes-manuelles")
    _add(db_file, "apres")
    report = restore(db_file.url, saved)
    assert report.revision == head_revision()
    assert _ids(Path(db_file.location)) == ["avant"]
    assert _ids(report.safety_backup) == ["apres", "avant"]
    with db_file.session() as session:  # the window's open engine sees the restored content
        assert [s.id for s in catalogue.all_services(session)] == ["avant"]


def test_restore_of_an_old_version_migrates_it(db_file):
    report = restore(db_file.url, DATA / "passerelle-v0001.sqlite")
    assert report.revision == "0001"
    assert current_revision(db_file.engine) == head_revision()
    assert _ids(Path(db_file.location)) == ["test--atelier-cv", "test--formation", "test--permis"]


def _sqlite_with(path: Path, sql: str) -> Path:
    with sqlite3.connect(path) as connection:
        connection.executescript(sql)
    connection.close()
    return path


def _text_file(path: Path) -> Path:
    path.write_text("Bonjour, ceci est une lettre." * 50)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: _text_file(p), "pas une base de données SQLite"),
        (lambda p: _sqlite_with(p, "CREATE TABLE notes(x);"), "pas une base Passerelle"),
        (
            lambda p: _sqlite_with(
                p,
                "CREATE TABLE structure(id); CREATE TABLE service(id); "
                "CREATE TABLE alembic_version(version_num); "
                "INSERT INTO alembic_version VALUES ('9999');",
            ),
            "version plus récente",
        ),
        (lambda p: p.parent / "absent.sqlite", "introuvable"),
    ],
)
def test_restore_checks_the_file_before_touching_anything(db_file, tmp_path, make, message):
    _add(db_file, "garde")
    before = Path(db_file.location).read_bytes()
    candidate = make(tmp_path / "candidat.sqlite")
    with pytest.raises(UserError, match=message):
        restore(db_file.url, candidate)
    assert _ids(Path(db_file.location)) == ["garde"]
    assert not backups_dir().exists() or not list(backups_dir().iterdir())
    assert len(Path(db_file.location).read_bytes()) == len(before)


def test_restore_refuses_a_corrupted_file(db_file, tmp_path):
    _add(db_file, *[f"s{i:04}" for i in range(400)])
    saved = backup_to(db_file, tmp_path)
    with sqlite3.connect(saved) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'service'"
        ).fetchone()[0]
    connection.close()
    content = bytearray(saved.read_bytes())
    start = (root - 1) * page_size
    content[start : start + 12] = b"\xff" * 12  # the b-tree page header of the service table
    saved.write_bytes(bytes(content))
    with pytest.raises(UserError, match="abîmé|pas une base de données SQLite lisible"):
        restore(db_file.url, saved)
    assert len(_ids(Path(db_file.location))) == 400


def test_restore_needs_a_file_database(tmp_path):
    with pytest.raises(UserError, match="que les bases SQLite"):
        restore("sqlite://", tmp_path / "x.sqlite")


def test_the_open_database_cannot_be_restored_onto_itself(db_file):
    with pytest.raises(UserError, match="base de données ouverte"):
        restore(db_file.url, db_file.location)


def test_backup_of_a_server_database_is_refused(db):
    class Server:
        class engine:  # noqa: N801 - a stand-in with the one attribute read
            class dialect:  # noqa: N801
                name = "postgresql"

    with pytest.raises(UserError, match="serveur"):
        backup_to(Server(), "/tmp")
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1
