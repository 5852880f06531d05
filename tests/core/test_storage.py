from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel

from app.core import catalogue
from app.core.errors import UserError
from app.core.models import Service, Structure
from app.core.storage import current_revision, database_url, head_revision, open_database

DATA = Path(__file__).resolve().parents[1] / "data"


def test_default_database_lives_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    url = database_url()
    assert url == f"sqlite:///{tmp_path / 'passerelle' / 'passerelle.sqlite'}"


def test_a_plain_path_becomes_a_sqlite_url(tmp_path):
    assert database_url(tmp_path / "x.sqlite") == f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert database_url("postgresql+psycopg://u:p@localhost/passerelle").startswith("postgresql")


def test_a_new_file_is_created_migrated_and_safe(tmp_path):
    database = open_database(tmp_path / "sub" / "p.sqlite")
    assert database.created
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    database.dispose()
    again = open_database(tmp_path / "sub" / "p.sqlite")
    assert not again.created
    again.dispose()


def test_migrations_build_exactly_the_models_schema(db_file):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with db_file.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []


def test_a_file_that_is_not_a_database_gives_a_french_error(tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("Ceci n'est pas une base de données." * 100)
    with pytest.raises(UserError, match="n'est pas une base Passerelle valide"):
        open_database(bogus)


def test_a_malformed_url_gives_a_french_error():
    with pytest.raises(UserError, match="Adresse de base de données invalide"):
        open_database("pas une adresse://x")


@pytest.mark.parametrize("url", ["postgresql+psycopg://u:p@localhost/passerelle", "oracle9://x/y"])
def test_a_database_without_its_driver_gives_a_french_error(url):
    with pytest.raises(UserError, match="pilote"):
        open_database(url)


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), db.transaction() as session:
        catalogue.upsert_services(
            session,
            [{"id": "s1", "source": "t", "structure_id": "absent", "nom": "Atelier CV",
              "description": "Un atelier.", "date_maj": date(2026, 1, 1)}],
        )


def test_a_file_from_the_first_schema_version_upgrades_without_loss(tmp_path):
    """tests/data/passerelle-v0001.sqlite was made by revision 0001 (see make_v0001_db.py)."""
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "passerelle-v0001.sqlite", path)
    database = open_database(path)
    assert current_revision(database.engine) == head_revision()
    with database.session() as session:
        structures = catalogue.all_structures(session, include_archived=True)
        services = catalogue.all_services(session, include_archived=True)
    assert [s.id for s in structures] == ["test--structure-1", "test--structure-2"]
    assert len(services) == 3
    atelier = next(s for s in services if s.id == "test--atelier-cv")
    assert atelier.thematiques == ["preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation"]
    assert (atelier.age_min, atelier.age_max) == (16, 25)
    assert atelier.documents == ["Pièce d'identité", "CV si vous en avez un"]
    assert atelier.horaires_accueil == "Tu,Th 14:00-17:00"
    assert atelier.verified_on == date(2026, 10, 2)
    assert isinstance(atelier, Service) and isinstance(structures[0], Structure)
    database.dispose()
