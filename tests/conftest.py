"""Shared fixtures: every test gets a fresh database and its own user folders."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's data, settings or database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("PASSERELLE_DB", raising=False)


@pytest.fixture
def db():
    """A fresh, migrated, empty in-memory catalogue."""
    from app.core.storage import open_database

    database = open_database("sqlite://")
    yield database
    database.dispose()


@pytest.fixture
def db_file(tmp_path):
    """A fresh, migrated, empty catalogue in a SQLite file."""
    from app.core.storage import open_database

    database = open_database(tmp_path / "passerelle.sqlite")
    yield database
    database.dispose()
