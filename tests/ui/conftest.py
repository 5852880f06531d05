"""The real window on a fresh database holding the small fictional catalogue."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests import fictional_catalogue as fc


@pytest.fixture
def settings_path(tmp_path):
    return str(tmp_path / "passerelle-test.ini")


@pytest.fixture
def desk(qtbot, db_file, settings_path):
    from app.ui.desk_controller import Desk
    from app.ui.settings import SettingsStore

    fc.fill(db_file)
    desk = Desk(db_file, SettingsStore(settings_path))
    # no "not printed" question when pytest-qt closes the window
    qtbot.addWidget(desk.window, before_close_func=lambda _w: desk.pathway.clear())
    desk.start()
    qtbot.waitUntil(lambda: desk.ready and desk.search.idle and desk.search.model.rowCount() > 0)
    yield desk
    desk.shutdown()


@pytest.fixture
def answer_yes(monkeypatch):
    """Questions (confirmations) are answered Yes; the questions asked are kept."""
    asked: list[str] = []

    def question(_parent, title, text, *args, **kwargs):
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def messages(monkeypatch):
    """Information, warning and critical boxes are recorded instead of shown."""
    shown: list[tuple[str, str, str]] = []
    for kind in ("information", "warning", "critical"):

        def box(_parent, title, text, *args, _kind=kind, **kwargs):
            shown.append((_kind, title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, box)
    return shown


def search(qtbot, desk, text: str) -> list[str]:
    """Type ``text`` in the search field; the ids shown once the search settled."""
    desk.window.search.field.setText(text)
    qtbot.waitUntil(lambda: desk.search.idle)
    model = desk.search.model
    return [model.service_id(row) for row in range(model.rowCount())]


def shown_ids(desk) -> list[str]:
    model = desk.search.model
    return [model.service_id(row) for row in range(model.rowCount())]
