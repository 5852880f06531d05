"""``passerelle`` without a command: the counsellor's desk."""

from __future__ import annotations

import sys


def install_translations(app) -> list:  # type: ignore[no-untyped-def]
    """Qt's own French strings for the standard dialogs and buttons."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    kept = []
    for name in ("qtbase_fr", "qt_fr"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            kept.append(translator)
    return kept


def run(db_url_or_path: str | None = None) -> int:
    """Open the database and show the window; exit code 2 (and a French message, no
    traceback) when the database cannot be opened."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.core.errors import UserError
    from app.core.storage import open_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Passerelle")
    app.setOrganizationName("Passerelle")
    app.setApplicationDisplayName("Passerelle")
    install_translations(app)
    try:
        db = open_database(db_url_or_path)
    except UserError as error:
        QMessageBox.critical(None, "Passerelle ne peut pas démarrer", str(error))
        return 2

    from app.ui.desk_controller import Desk

    desk = Desk(db)
    desk.start()
    try:
        return app.exec()
    finally:
        desk.shutdown()
        db.dispose()
