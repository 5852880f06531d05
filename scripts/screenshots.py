"""Pictures of the desk for the README: the main screens at 1366×768, on the sample catalogue.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

Writes recherche.png, correspondances.png, pourquoi-pas.png, parcours.png and edition.png
(default folder: docs/images). Uses a temporary database and temporary settings: nothing of
the user's is read or written. Run it again whenever the window changes.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = (1366, 768)


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    out = Path(argv[0]) if argv else ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from app.ui.app import install_translations

    install_translations(app)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder  # Qt's own settings stay in the temporary folder
        _shoot(app, Path(folder), out)
    return 0


def _wait(app, condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not settle in time")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def _save(app, widget, path: Path) -> None:  # type: ignore[no-untyped-def]
    for _ in range(10):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def _shoot(app, folder: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    from app.core.storage import open_database
    from app.ui.desk_controller import EXCLUDED_TAB, MATCHES_TAB, Desk
    from app.ui.pathway_panel import to_qdatetime
    from app.ui.settings import SettingsStore

    db = open_database(folder / "passerelle.sqlite")
    desk = Desk(db, SettingsStore(str(folder / "passerelle.ini")))
    w = desk.window
    w.resize(*SIZE)
    desk.start()
    settled = lambda: desk.search.idle and desk.visitor.idle and desk.detail.idle  # noqa: E731
    _wait(app, lambda: desk.ready and settled() and desk.search.model.rowCount() > 0)

    # 1. search with results and the detail of the first one
    w.search.field.setText("permis")
    _wait(app, settled)
    w.search.select_row(0)
    _wait(app, lambda: settled() and w.detail.details is not None)
    _save(app, w, out / "recherche.png")

    # 2. a visitor's profile and the matches, criteria of the first one
    profile = w.profile
    profile.age.setValue(19)
    profile.commune.setText("Nîmes")
    profile.diploma.setCurrentIndex(1)  # aucun diplôme
    profile.licence.setCurrentIndex(2)  # pas de permis
    profile.vehicle.setCurrentIndex(2)
    profile.distance.setValue(15)
    profile.situations.set_codes(["demandeur-emploi"])
    profile.needs.set_codes(["mobilite--preparer-un-permis", "trouver-un-emploi"])
    desk.visitor.rematch()
    _wait(app, lambda: settled() and desk.visitor.result is not None)
    w.search.field.clear()
    desk.show_tab(MATCHES_TAB)
    w.matches.table.selectRow(0)
    _wait(app, lambda: settled() and w.detail.details is not None)
    _save(app, w, out / "correspondances.png")

    # 3. why not
    desk.show_tab(EXCLUDED_TAB)
    if desk.visitor.excluded_model.rowCount():
        w.excluded.table.selectRow(0)
    _wait(app, settled)
    _save(app, w, out / "pourquoi-pas.png")

    # 4. a three-step pathway with an appointment and a note
    desk.show_tab(MATCHES_TAB)
    for row in range(3):
        w.matches.table.selectRow(row)
        desk.pathway.add(desk.visitor.selected_match_id())
    w.pathway.first_name.setText("Samir")
    w.pathway.select_row(0)
    monday = datetime.now().replace(hour=9, minute=30, second=0, microsecond=0)
    monday += timedelta(days=7 - monday.weekday())
    w.pathway.has_appointment.setChecked(True)
    w.pathway.appointment.setDateTime(to_qdatetime(monday))
    w.pathway.note.setPlainText("Apporter la pièce d'identité et le CV.")
    w.pathway.has_next.setChecked(True)
    w.pathway.next_appointment.setDateTime(to_qdatetime(monday + timedelta(days=14, hours=5)))
    w.pathway.counsellor.setText("Claire (exemple), accueil de la Maison des compétences")
    w.pathway.counsellor.setCursorPosition(0)
    _wait(app, settled)
    _save(app, w, out / "parcours.png")

    # 5. the service editor with a wrong value
    desk.pathway.clear()
    desk.show_tab(MATCHES_TAB)
    w.matches.table.selectRow(0)
    w.act_edit_service.trigger()
    _wait(app, lambda: desk.catalogue.dialog is not None)
    dialog = desk.catalogue.dialog
    dialog.resize(760, 680)
    dialog.form.set_value("age_min", "seize")
    dialog.form.set_value("code_postal", "300")
    dialog.try_save()
    _save(app, dialog, out / "edition.png")
    dialog.reject()

    desk.shutdown()
    db.dispose()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
