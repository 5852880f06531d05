from __future__ import annotations

from datetime import date

import pytest

from app.core import catalogue
from app.core.backup import backup_to
from app.ui import backup_actions
from app.ui.workers import TaskRunner


@pytest.fixture
def runner():
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


@pytest.fixture
def told(monkeypatch):
    messages: list[tuple[str, str, bool]] = []
    monkeypatch.setattr(
        backup_actions,
        "tell",
        lambda parent, title, text, warning=False: messages.append((title, text, warning)),
    )
    return messages


def _add(db, service_id):
    with db.transaction() as session:
        catalogue.upsert_structures(
            session,
            [{"id": "st", "source": "t", "nom": "Structure fictive", "date_maj": date(2026, 1, 1)}],
        )
        catalogue.upsert_services(
            session,
            [
                {
                    "id": service_id,
                    "source": "t",
                    "structure_id": "st",
                    "nom": "Service fictif",
                    "description": "Fictif.",
                    "date_maj": date(2026, 1, 1),
                }
            ],
        )


def test_backup_now_writes_off_the_gui_thread_and_says_where(
    qtbot, db_file, tmp_path, runner, told
):
    backup_actions.backup_now(None, db_file, runner, directory=str(tmp_path / "cle"))
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    (title, text, warning) = told[0]
    assert title == "Sauvegarde terminée" and not warning
    (written,) = (tmp_path / "cle").glob("passerelle-*.sqlite")
    assert str(written) in text


def test_a_failed_backup_gives_a_french_warning(qtbot, db, runner, told, tmp_path):
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    backup_actions.backup_now(None, db, runner, directory=str(blocker / "dessous"))
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told[0][0] == "Sauvegarde impossible" and told[0][2]
    assert "Impossible d'écrire la sauvegarde" in told[0][1]


def test_restore_from_replaces_the_base_and_calls_back(qtbot, db_file, tmp_path, runner, told):
    _add(db_file, "avant")
    saved = backup_to(db_file, tmp_path)
    _add(db_file, "apres")
    restored = []
    backup_actions.restore_from(
        None, db_file, runner, path=str(saved), confirmed=True, on_restored=restored.append
    )
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told[0][0] == "Restauration terminée" and restored
    with db_file.session() as session:
        assert [s.id for s in catalogue.all_services(session)] == ["avant"]


def test_restoring_a_bad_file_changes_nothing(qtbot, db_file, tmp_path, runner, told):
    _add(db_file, "garde")
    bad = tmp_path / "lettre.sqlite"
    bad.write_text("Bonjour" * 200)
    backup_actions.restore_from(None, db_file, runner, path=str(bad), confirmed=True)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told[0][0] == "Restauration impossible" and "Rien n'a été modifié" in told[0][1]
    with db_file.session() as session:
        assert [s.id for s in catalogue.all_services(session)] == ["garde"]
