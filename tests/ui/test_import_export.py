"""File menu: import with progress and cancel, the report as a table, export."""

from __future__ import annotations

import json
import threading

from PySide6.QtWidgets import QPushButton

from app.core import catalogue
from tests.ui.conftest import search

STRUCTURE = {
    "id": "imp--atelier",
    "source": "import-fictif",
    "nom": "Atelier Import (fictif)",
    "date_maj": "2026-09-01",
    "code_insee": "30189",
    "code_postal": "30000",
    "commune": "Nîmes",
}
SERVICE = {
    "id": "imp--tricot",
    "source": "import-fictif",
    "structure_id": "imp--atelier",
    "nom": "Tricot solidaire",
    "description": "Un atelier de tricot pour rompre l'isolement.",
    "date_maj": "2026-09-01",
    "thematiques": ["numerique--acceder-a-une-connexion-internet"],
}


def write(tmp_path, services, structures=(STRUCTURE,)):
    path = tmp_path / "catalogue.json"
    path.write_text(
        json.dumps({"structures": list(structures), "services": list(services)}), encoding="utf-8"
    )
    return str(path)


def count(desk) -> int:
    with desk.services.db.session() as session:
        return catalogue.count_services(session)


def test_import_adds_services_and_rebuilds_the_index(qtbot, desk, tmp_path):
    desk.files.start_import([write(tmp_path, [SERVICE])])
    qtbot.waitUntil(lambda: desk.files.report_dialog is not None)
    assert desk.files.last_outcome == "imported"
    assert "Services : 1 créé" in desk.files.last_report.summary()
    desk.files.report_dialog.reject()
    qtbot.waitUntil(lambda: desk.search.idle)
    assert search(qtbot, desk, "tricot") == ["imp--tricot"]
    assert desk.window.status_label.text() == "Catalogue : 12 services"


def test_bad_file_shows_the_report_table_and_changes_nothing(qtbot, qtmodeltester, desk, tmp_path):
    bad = dict(SERVICE, date_maj="31/02/2026", thematiques=["tricot"])
    good = dict(SERVICE, id="imp--couture", nom="Couture solidaire")
    desk.files.start_import([write(tmp_path, [bad, good])])
    qtbot.waitUntil(lambda: desk.files.report_dialog is not None)
    dialog = desk.files.report_dialog
    assert desk.files.last_outcome == "refused"
    assert count(desk) == 11
    model = dialog.model
    assert model.rowCount() >= 2
    qtmodeltester.check(model)
    rows = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert all(row[1].startswith("catalogue.json") for row in rows)
    fields = {row[3] for row in rows if row[0] == "✗ erreur"}
    assert {"date_maj", "thematiques"} <= fields
    # "import only the valid rows"
    dialog.retry.click()
    qtbot.waitUntil(
        lambda: desk.files.last_outcome == "imported" and desk.files.report_dialog is not None
    )
    assert count(desk) == 12
    desk.files.report_dialog.reject()


def test_import_can_be_cancelled(qtbot, desk, tmp_path, messages):
    release = threading.Event()
    desk.services.tasks.submit(release.wait)  # the database worker is busy
    try:
        progress = desk.files.start_import([write(tmp_path, [SERVICE])])
        dialog = desk.files.progress_dialog
        button = dialog.findChild(QPushButton)
        assert button.text() == "&Annuler"
        button.click()
        cancelled = progress.cancelled
    finally:
        release.set()
    assert cancelled
    qtbot.waitUntil(lambda: desk.files.last_outcome == "cancelled")
    assert desk.files.progress_dialog is None
    assert messages[-1][1] == "Import annulé"
    assert "rien n'a été modifié" in messages[-1][2]
    assert count(desk) == 11


def test_missing_file_is_a_french_message(qtbot, desk, tmp_path, messages):
    desk.files.start_import([str(tmp_path / "absent.json")])
    qtbot.waitUntil(lambda: desk.files.last_outcome == "failed")
    kind, title, text = messages[-1]
    assert (kind, title) == ("warning", "Import impossible")
    assert "absent.json" in text


def test_export_writes_the_catalogue(qtbot, desk, tmp_path, messages):
    target = tmp_path / "export.xlsx"
    desk.files.start_export(str(target))
    qtbot.waitUntil(lambda: bool(messages))
    kind, title, text = messages[-1]
    assert (kind, title) == ("information", "Export terminé")
    assert text.startswith("11 services et 5 structures exportés")
    assert target.exists()
