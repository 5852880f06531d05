"""Backups and restore of the SQLite database, with SQLite's online backup API.

A backup is a consistent copy even while Passerelle writes (the API copies a snapshot),
written under a temporary name and renamed when complete, so a half-written backup never
looks like a good one. Names sort by date: ``passerelle-AAAA-MM-JJ-HHMMSS.sqlite``.

Automatic backups go to the ``sauvegardes`` folder of the user's data folder, before a
migration (``backup_before_migration``, called by ``storage.open_database``), an import
(``backup_before(db, "avant-import")``) and a restore; the last ``KEEP`` are kept.

``restore`` checks the chosen file (a SQLite file, ``integrity_check`` ok, a Passerelle
database at a revision this version knows) before touching anything, keeps a backup of
the current database, then copies the file in and migrates it to the current schema.
Backups hold the follow-up records as they are in the database: encrypted.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.request import pathname2url

from sqlalchemy.engine import Engine, make_url

from app.core.errors import UserError
from app.core.os_errors import describe

BACKUP_FOLDER = "sauvegardes"
KEEP = 7
_NAME = re.compile(r"^passerelle-(\d{4}-\d{2}-\d{2}-\d{6})(?:-[a-z0-9-]+)?\.sqlite$")


def backups_dir() -> Path:
    """The folder of automatic backups, in the user's data folder."""
    from platformdirs import user_data_path

    return user_data_path("passerelle", appauthor=False) / BACKUP_FOLDER


def backup_name(now: datetime | None = None, reason: str = "") -> str:
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    return f"passerelle-{stamp}{'-' + reason if reason else ''}.sqlite"


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _free_target(directory: Path, name: str) -> Path:
    target = directory / name
    counter = 2
    while target.exists():
        target = directory / name.replace(".sqlite", f"-{counter}.sqlite")
        counter += 1
    return target


def _copy(source: sqlite3.Connection, target: Path) -> Path:
    """Online-backup ``source`` into ``target`` (a single file, written atomically)."""
    partial = target.with_name(target.name + ".partiel")
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
    os.replace(partial, target)
    return target


def _backup_engine(engine: Engine, target: Path) -> Path:
    raw = engine.raw_connection()
    try:
        return _copy(raw.driver_connection, target)  # type: ignore[arg-type]
    finally:
        raw.close()


def _write_backup(engine: Engine, directory: Path, name: str) -> Path:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        return _backup_engine(engine, _free_target(directory, name))
    except OSError as exc:
        raise UserError(
            f"Impossible d'écrire la sauvegarde dans « {directory} » : {describe(exc)}."
        ) from exc
    except sqlite3.OperationalError as exc:
        raise UserError(f"La sauvegarde a échoué : {exc}. Rien n'a été modifié.") from exc


def backup_to(db, directory: str | Path, now: datetime | None = None) -> Path:  # type: ignore[no-untyped-def]
    """A backup of the open database in ``directory``; returns the file written."""
    if db.engine.dialect.name != "sqlite":
        raise UserError(
            "La sauvegarde intégrée ne concerne que les bases SQLite ; pour une base sur un "
            "serveur, utilisez les outils de sauvegarde du serveur."
        )
    return _write_backup(db.engine, Path(directory).expanduser(), backup_name(now))


def prune(directory: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the ``keep`` most recent backups of ``directory``; returns the deleted."""
    found = [p for p in directory.glob("passerelle-*.sqlite") if _NAME.match(p.name)]
    found.sort(key=lambda p: (_NAME.match(p.name).group(1), p.stat().st_mtime_ns))  # type: ignore[union-attr]
    old = found[:-keep] if keep > 0 else found
    for path in old:
        path.unlink(missing_ok=True)
    return old


def _rolling(engine: Engine, reason: str, now: datetime | None = None) -> Path | None:
    if _sqlite_file(str(engine.url)) is None:
        return None
    directory = backups_dir()
    written = _write_backup(engine, directory, backup_name(now, reason))
    prune(directory)
    return written


def backup_before(db, reason: str = "avant-import") -> Path | None:  # type: ignore[no-untyped-def]
    """A rolling backup before a risky change (an import…); None for a non-file database."""
    return _rolling(db.engine, reason)


def backup_before_migration(engine: Engine) -> Path | None:
    """Called by ``open_database``: a rolling backup when a file is at an older revision."""
    from app.core.storage import current_revision, head_revision

    revision = current_revision(engine)
    if _sqlite_file(str(engine.url)) is None or revision is None or revision == head_revision():
        return None
    return _rolling(engine, "avant-migration")


# restore -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    revision: str  # the revision of the file that was restored
    safety_backup: Path | None  # the copy of the database as it was before the restore


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from app.core.storage import _alembic_config

    return [r.revision for r in ScriptDirectory.from_config(_alembic_config()).walk_revisions()]


def _not_passerelle(path: Path, why: str) -> UserError:
    return UserError(f"« {path.name} » ne peut pas être restauré : {why} Rien n'a été modifié.")


def _readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{pathname2url(str(path.resolve()))}?mode=ro", uri=True)


def check_backup_file(path: Path, copy_to: Path) -> str:
    """Copy ``path`` to ``copy_to`` and check the copy; returns its schema revision."""
    if not path.is_file():
        raise UserError(f"Fichier introuvable : « {path} ».")
    try:
        source = _readonly(path)
        try:
            _copy(source, copy_to)
        finally:
            source.close()
        copy = sqlite3.connect(copy_to)
        try:
            integrity = copy.execute("PRAGMA integrity_check").fetchall()
            tables = {
                row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            versions = (
                copy.execute("SELECT version_num FROM alembic_version").fetchall()
                if "alembic_version" in tables
                else []
            )
        finally:
            copy.close()
    except sqlite3.DatabaseError as exc:
        raise _not_passerelle(path, "ce n'est pas une base de données SQLite lisible.") from exc
    if integrity != [("ok",)]:
        raise _not_passerelle(path, "le fichier est abîmé (contrôle d'intégrité en échec).")
    if not {"structure", "service"} <= tables or len(versions) != 1:
        raise _not_passerelle(path, "ce n'est pas une base Passerelle.")
    revision = versions[0][0]
    if revision not in known_revisions():
        raise _not_passerelle(
            path,
            "il vient d'une version plus récente de Passerelle ; mettez d'abord Passerelle à jour.",
        )
    return revision


def restore(db_url: str | os.PathLike[str] | None, file: str | os.PathLike[str]) -> RestoreReport:
    """Replace the database at ``db_url`` by the backup ``file``, checked first."""
    from app.core.storage import LOCKED_MESSAGE, database_url, make_engine, migrate

    url = database_url(db_url)
    target = _sqlite_file(url)
    if target is None:
        raise UserError(
            "La restauration ne concerne que les bases SQLite enregistrées dans un fichier."
        )
    source = Path(file).expanduser()
    if target.exists() and source.resolve() == target.resolve():
        raise UserError("Ce fichier est la base de données ouverte : choisissez une sauvegarde.")
    with tempfile.TemporaryDirectory(prefix="passerelle-restauration-") as folder:
        checked = Path(folder) / "verifiee.sqlite"
        revision = check_backup_file(source, checked)
        engine = make_engine(url)
        try:
            safety = _rolling(engine, "avant-restauration") if target.exists() else None
            _replace(checked, engine)
            migrate(engine)
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise UserError(LOCKED_MESSAGE) from exc
            raise UserError(
                f"La restauration a échoué : {exc}. La base n'a pas été modifiée."
            ) from exc
        finally:
            engine.dispose()
    return RestoreReport(restored_from=source, revision=revision, safety_backup=safety)


def _replace(checked: Path, engine: Engine) -> None:
    """Copy the checked file over the database, in one step (the backup API is atomic)."""
    raw = engine.raw_connection()
    try:
        destination: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        page_size = destination.execute("PRAGMA page_size").fetchone()[0]
        source = sqlite3.connect(checked)
        try:
            if source.execute("PRAGMA page_size").fetchone()[0] != page_size:
                source.execute(f"PRAGMA page_size={int(page_size)}")
                source.execute("VACUUM")
            source.backup(destination)
        finally:
            source.close()
    finally:
        raw.close()
