"""The database: an engine from a SQLAlchemy URL, SQLite pragmas, migrations.

The default is a SQLite file in the user's data folder; any SQLAlchemy URL works
(``--db postgresql+psycopg://…``) so that a server database stays possible.
Schema changes are numbered Alembic revisions in ``db/migrations/versions``;
``open_database`` brings any older file up to date without losing rows.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from app.core.errors import UserError
from app.core.paths import MIGRATIONS_DIR

DB_ENV_VARIABLE = "PASSERELLE_DB"
BUSY_TIMEOUT_MS = 5000


def default_database_path() -> Path:
    """The SQLite file in the user's data folder (``PASSERELLE_DB`` overrides it)."""
    from platformdirs import user_data_path

    return user_data_path("passerelle", appauthor=False) / "passerelle.sqlite"


def database_url(url_or_path: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from what the user typed: a URL, a file path, or nothing."""
    if url_or_path is None:
        url_or_path = os.environ.get(DB_ENV_VARIABLE) or default_database_path()
    text = str(url_or_path)
    if "://" in text:
        try:
            make_url(text)
        except ArgumentError as exc:
            raise UserError(f"Adresse de base de données invalide : « {text} ».") from exc
        return text
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path}"


def _is_memory(url: str) -> bool:
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with the pragmas Passerelle relies on (WAL, foreign keys, busy timeout)."""
    if _is_memory(url):
        engine = create_engine(
            "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
        )
    elif make_url(url).get_backend_name() == "sqlite":
        database = make_url(url).database
        if database:
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Apply every numbered migration up to ``revision``, each in a transaction."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


@dataclass
class Database:
    """An open catalogue database."""

    url: str
    engine: Engine
    created: bool = False  # True when this opening created the schema

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes are committed together, or not at all."""
        try:
            with self.session() as session, session.begin():
                yield session
        except OperationalError as exc:
            if _is_locked(exc):
                raise UserError(LOCKED_MESSAGE) from exc
            raise

    @property
    def is_sqlite_file(self) -> bool:
        return self.engine.dialect.name == "sqlite" and not _is_memory(self.url)

    @property
    def location(self) -> str:
        """What to show the user: the file path, or the URL without its password."""
        parsed = make_url(self.url)
        if self.is_sqlite_file:
            return str(parsed.database)
        return parsed.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url_or_path: str | os.PathLike[str] | None = None, *, migrate_to_head: bool = True) -> Database:
    """Open (and create or upgrade) the catalogue database.

    A user error (bad URL, unreadable file, not a database) raises ``UserError``
    with a French message.
    """
    url = database_url(url_or_path)
    try:
        engine = make_engine(url)
        created = "structure" not in inspect(engine).get_table_names()
        if migrate_to_head:
            if not created:
                from app.core.backup import backup_before_migration

                backup_before_migration(engine)  # a rolling copy, only when a file is outdated
            migrate(engine)
    except (ImportError, NoSuchModuleError) as exc:
        backend = make_url(url).get_backend_name()
        raise UserError(
            f"Passerelle ne sait pas encore ouvrir une base « {backend} » sur cet ordinateur : "
            "le pilote correspondant n'est pas installé."
        ) from exc
    except DatabaseError as exc:
        raise UserError(
            f"Impossible d'ouvrir la base de données « {url} » : {_explain(exc)}"
        ) from exc
    return Database(url=url, engine=engine, created=created)


LOCKED_MESSAGE = (
    "La base de données est occupée par une autre fenêtre de Passerelle (ou un autre "
    "ordinateur) depuis plusieurs secondes : rien n'a été enregistré. Terminez l'opération "
    "en cours dans l'autre fenêtre, puis réessayez."
)


def _is_locked(exc: DatabaseError) -> bool:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    return "locked" in text or "busy" in text


def _explain(exc: DatabaseError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if _is_locked(exc):
        return "elle est utilisée par une autre fenêtre de Passerelle. Réessayez dans un instant."
    if "not a database" in text or "malformed" in text:
        return "ce fichier n'est pas une base Passerelle valide."
    if "unable to open" in text:
        return "le fichier ne peut pas être ouvert (dossier absent ou droits insuffisants)."
    return text
