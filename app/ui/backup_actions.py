"""File menu: "Sauvegarder la base…" and "Restaurer une sauvegarde…".

The copy and the restore run off the GUI thread (on the window's database executor when
it passes its ``TaskRunner``, so they never overlap an import); the answer comes back as a
French message. After a restore the window reloads what it shows (``on_restored``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.core.errors import UserError
from app.core.storage import Database
from app.ui.workers import TaskRunner

_runners: dict[int, TaskRunner] = {}


def _runner(parent: QWidget | None, runner: TaskRunner | None) -> TaskRunner:
    if runner is not None:
        return runner
    key = id(parent)
    if key not in _runners:
        _runners[key] = TaskRunner(parent)
        if parent is not None:
            parent.destroyed.connect(lambda *_: _runners.pop(key, None))
    return _runners[key]


def tell(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    """Show the outcome (a function of its own so that tests can catch it)."""
    if warning:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def _failure(parent: QWidget | None, title: str, fallback: str) -> Callable[[BaseException], None]:
    def failed(error: BaseException) -> None:
        _status(parent, "")
        tell(parent, title, str(error) if isinstance(error, UserError) else fallback, warning=True)

    return failed


def _status(parent: QWidget | None, text: str) -> None:
    bar = getattr(parent, "statusBar", None)
    if callable(bar):
        if text:
            bar().showMessage(text)
        else:
            bar().clearMessage()


def backup_now(
    parent: QWidget | None,
    db: Database,
    runner: TaskRunner | None = None,
    *,
    directory: str | None = None,
) -> None:
    """Ask for a folder (a USB key…) and write a backup there."""
    from app.core.backup import backup_to

    if directory is None:
        directory = QFileDialog.getExistingDirectory(
            parent, "Dossier où enregistrer la sauvegarde", str(Path.home())
        )
        if not directory:
            return
    _status(parent, "Sauvegarde en cours…")

    def done(written: Path) -> None:
        _status(parent, "")
        tell(
            parent,
            "Sauvegarde terminée",
            f"La base a été sauvegardée dans :\n{written}\n\nLes dossiers de suivi y restent "
            "chiffrés. Rangez la copie en lieu sûr.",
        )

    _runner(parent, runner).submit(
        lambda: backup_to(db, directory),
        on_done=done,
        on_error=_failure(parent, "Sauvegarde impossible", "La sauvegarde n'a pas abouti."),
    )


def restore_from(
    parent: QWidget | None,
    db: Database,
    runner: TaskRunner | None = None,
    *,
    path: str | None = None,
    confirmed: bool = False,
    on_restored: Callable[[object], None] | None = None,
) -> None:
    """Ask for a backup file, confirm, check it and restore it (the current base is kept)."""
    from app.core.backup import backups_dir, restore

    if path is None:
        start = backups_dir() if backups_dir().is_dir() else Path.home()
        path, _ = QFileDialog.getOpenFileName(
            parent,
            "Restaurer une sauvegarde",
            str(start),
            "Sauvegardes Passerelle (*.sqlite);;Tous les fichiers (*)",
        )
        if not path:
            return
    if not confirmed:
        answer = QMessageBox.question(
            parent,
            "Restaurer une sauvegarde",
            f"Remplacer le catalogue, les visites et les dossiers de suivi actuels par la "
            f"sauvegarde « {Path(path).name} » ?\n\nLe fichier est vérifié d'abord ; une copie "
            f"de la base actuelle est gardée dans {backups_dir()}.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
    _status(parent, "Restauration en cours…")

    def done(report) -> None:  # type: ignore[no-untyped-def]
        _status(parent, "")
        text = f"La base a été restaurée depuis « {report.restored_from.name} »."
        if report.safety_backup is not None:
            text += f"\n\nLa base remplacée est gardée dans :\n{report.safety_backup}"
        if on_restored is not None:
            on_restored(report)
        tell(parent, "Restauration terminée", text)

    _runner(parent, runner).submit(
        lambda: restore(db.url, path),
        on_done=done,
        on_error=_failure(
            parent,
            "Restauration impossible",
            "La restauration n'a pas abouti : la base n'a pas été modifiée.",
        ),
    )
