"""The desk as a whole: start-up, sample notice, keyboard, accessibility, zoom, settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from app.ui.settings import SettingsStore

CONTROLS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def _inner(widget) -> bool:
    """Parts Qt adds inside composite widgets (a table's headers and corner button, a spin
    box's line edit, a line edit's clear button, a tab bar's arrows, the menu bar's "»")."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    if isinstance(widget, QToolButton) and isinstance(parent, QLineEdit | QTabBar):
        return True
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_has_an_accessible_name(desk):
    unnamed = [
        f"{type(w).__name__} {w.objectName() or ''} {getattr(w, 'text', lambda: '')()}"
        for w in desk.window.findChildren(QWidget)
        if isinstance(w, CONTROLS) and not _inner(w) and not w.accessibleName()
    ]
    assert unnamed == [], "\n".join(unnamed)


def test_window_fits_1366_by_768(desk):
    hint = desk.window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740
    assert desk.window.width() <= 1366 and desk.window.height() <= 768


def test_first_start_loads_the_sample_and_shows_the_notice(qtbot, tmp_path):
    from app.core.storage import open_database
    from app.ui.desk_controller import Desk

    db = open_database(tmp_path / "fresh.sqlite")
    desk = Desk(db, SettingsStore(str(tmp_path / "s.ini")))
    qtbot.addWidget(desk.window)
    desk.start()
    qtbot.waitUntil(
        lambda: desk.ready and desk.search.idle and desk.search.model.rowCount() > 0, timeout=30000
    )
    assert desk.window.banner.isVisible()
    assert (
        desk.window.banner.text()
        == "⚠ Catalogue d'exemple : ce n'est pas l'offre réelle du territoire."
    )
    assert desk.search.model.rowCount() >= 120
    desk.shutdown()
    db.dispose()


def test_keyboard_shortcuts(qtbot, desk):
    w = desk.window
    shortcuts = {
        w.act_find: "Ctrl+F",
        w.act_new_visitor: "Ctrl+N",
        w.act_print: "Ctrl+P",
        w.act_add_step: "Ctrl+Return",
        w.act_zoom_reset: "Ctrl+0",
        w.act_import: "Ctrl+I",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut() == QKeySequence(keys)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.profile.age.setFocus()
    qtbot.keyClick(w.profile.age, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.search.field.hasFocus())
    qtbot.keyClicks(w.search.field, "permis")
    qtbot.waitUntil(lambda: desk.search.idle and desk.search.model.rowCount() == 1)


def test_zoom_scales_the_application_font(desk):
    base = QApplication.font().pointSizeF()
    desk.window.act_zoom_in.trigger()
    assert desk.services.settings.zoom_percent == 110
    assert abs(QApplication.font().pointSizeF() - base * 1.1) < 0.01
    desk.window.act_zoom_out.trigger()
    desk.window.act_zoom_out.trigger()
    assert desk.services.settings.zoom_percent == 90
    desk.window.act_zoom_reset.trigger()
    assert abs(QApplication.font().pointSizeF() - base) < 0.01


def test_settings_and_window_state_persist(desk, settings_path):
    desk.window.pathway.counsellor.setText("Claire (fictive), 04 00 00 00 00")
    desk.set_zoom(125)
    desk.window.search.set_sort_code("distance")
    desk.window.filters.max_distance.setValue(12)
    desk.save_window()
    again = SettingsStore(settings_path)
    settings = again.load()
    assert settings.zoom_percent == 125
    assert settings.counsellor_contact == "Claire (fictive), 04 00 00 00 00"
    assert settings.sort == "distance"
    assert settings.max_distance_km == 12
    assert again.window_state("main_split") is not None
    desk.set_zoom(100)


def test_about_dialog_says_where_the_base_is(qtbot, desk):
    desk.window.act_about.trigger()
    qtbot.waitUntil(lambda: getattr(desk, "about_dialog", None) is not None)
    text = desk.about_dialog.text.toPlainText()
    assert str(desk.services.db.location) in text
    assert "Catalogue : 10 services de 5 structures (1 services archivés)." in text
    assert "Licence Ouverte" in text
    desk.about_dialog.reject()


def test_run_with_a_broken_database_says_why_in_french(qtbot, tmp_path, messages):
    from app.ui.app import run

    broken = tmp_path / "pas-une-base.sqlite"
    broken.write_bytes(b"ceci n'est pas une base de donnees" * 100)
    assert run(str(broken)) == 2
    kind, title, text = messages[-1]
    assert (kind, title) == ("critical", "Passerelle ne peut pas démarrer")
    assert "n'est pas une base Passerelle valide" in text


def test_backup_and_follow_up_menus_call_the_privacy_dialogs(qtbot, desk, monkeypatch):
    from app.ui import backup_actions, followup_dialogs
    from tests.ui.test_pathway import add_from_search

    calls = []
    monkeypatch.setattr(
        backup_actions, "backup_now", lambda parent, db, runner: calls.append(("backup", db))
    )
    monkeypatch.setattr(
        followup_dialogs,
        "create_followup_for_visitor",
        lambda parent, keeper, besoins, parcours: calls.append(("followup", besoins, parcours)),
    )
    desk.window.act_backup.trigger()
    desk.window.profile.needs.set_codes(["mobilite"])
    add_from_search(qtbot, desk, "permis")
    desk.act_new_followup.trigger()
    assert calls[0] == ("backup", desk.services.db)
    kind, besoins, parcours = calls[1]
    assert (kind, besoins) == ("followup", ["mobilite"])
    assert parcours["steps"][0]["service_id"] == "t--permis"
    assert [a.text() for a in desk.window.followups_menu.actions() if a.text()] == [
        "&Dossiers de suivi…",
        "&Créer un dossier pour ce visiteur…",
        "&Verrouiller les dossiers",
    ]


def _mnemonics(root) -> dict[str, list[str]]:
    import re
    from collections import defaultdict

    from PySide6.QtWidgets import QLabel

    found: dict[str, list[str]] = defaultdict(list)
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        letter = re.search(r"&([^&])", widget.text())
        if letter:
            found[letter.group(1).lower()].append(widget.text())
    return found


def test_mnemonics_never_collide_on_screen(desk):
    """Alt+letter reaches one control: menus, the pathway and any pair of visible panels."""
    w = desk.window
    always = _mnemonics(w.pathway)
    for action in w.menuBar().actions():
        always[action.text()[action.text().index("&") + 1].lower()].append(action.text())
    for left in (w.profile, w.filters):
        for centre in (w.search, w.matches, w.excluded):
            seen: dict[str, list[str]] = {}
            for group in (always, _mnemonics(left), _mnemonics(centre)):
                for letter, texts in group.items():
                    seen.setdefault(letter, []).extend(texts)
            assert {k: v for k, v in seen.items() if len(v) > 1} == {}


def test_tab_order_follows_the_profile_form(qtbot, desk):
    w = desk.window
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.profile.age.setFocus()
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().accessibleName())
    assert order == [
        "Commune du visiteur",
        "Diplôme le plus élevé",
        "Permis B",
        "Véhicule personnel",
    ]
