"""File menu: import (progress that can be cancelled, the report as a table) and export.

The import runs on the database worker with a ``QtProgress``; "Annuler" calls
``Progress.cancel()`` and the core leaves the catalogue as it was. After an import that
wrote rows, the search index is rebuilt on the same worker and swapped in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.io.report import ImportProblem, ImportReport
from app.core.jobs import Cancelled
from app.ui.services import DeskServices
from app.ui.widgets import named
from app.ui.workers import QtProgress

Index = QModelIndex | QPersistentModelIndex

IMPORT_FILTER = (
    "Fichiers de catalogue (*.json *.csv *.tsv *.txt *.xlsx *.xlsm);;Tous les fichiers (*)"
)
EXPORT_FILTERS = {
    "JSON data·inclusion (*.json)": ("di-json", ".json"),
    "CSV data·inclusion (*.csv)": ("di-csv", ".csv"),
    "Classeur Excel (*.xlsx)": ("xlsx", ".xlsx"),
}


class ReportModel(QAbstractTableModel):
    COLUMNS = ("Gravité", "Fichier", "Ligne", "Champ", "Valeur", "Raison")

    def __init__(self, problems: Sequence[ImportProblem], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems = list(problems)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.COLUMNS):
                return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._problems):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        problem = self._problems[index.row()]
        values = (
            "✗ erreur" if problem.is_error else "⚠ avertissement",
            Path(problem.file).name,
            "" if problem.row is None else str(problem.row),
            problem.field,
            problem.value,
            problem.reason,
        )
        return values[index.column()]


class ReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Rapport d'import")
        self.report = report
        self.retry_valid_only = False
        layout = QVBoxLayout(self)
        summary = QLabel(
            report.summary() + ("\n" + "\n".join(report.notes) if report.notes else "")
        )
        summary.setWordWrap(True)
        summary.setAccessibleName("Résumé de l'import")
        layout.addWidget(summary)
        self.model = ReportModel(report.sorted_problems(), self)
        self.table = QTableView()
        named(self.table, "Problèmes trouvés, ligne par ligne")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(report.problems))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("&Fermer")
        self.retry = QPushButton("Importer seulement les lignes &valides")
        named(
            self.retry,
            "Importer seulement les lignes valides",
            "Les lignes en erreur sont laissées de côté ; les autres sont importées.",
        )
        if report.has_errors and not report.applied:
            buttons.addButton(self.retry, QDialogButtonBox.ButtonRole.AcceptRole)
        self.retry.clicked.connect(self._retry)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 500 if report.problems else 200)

    def _retry(self) -> None:
        self.retry_valid_only = True
        self.accept()


class ImportExportController(QObject):
    def __init__(self, services: DeskServices, window: QMainWindow) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.progress_dialog: QProgressDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self.last_report: ImportReport | None = None
        self.last_outcome = ""  # "imported", "refused", "cancelled", "failed"

    # ---------------------------------------------------------------- import

    def ask_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, "Importer des fiches", "", IMPORT_FILTER
        )
        if paths:
            self.start_import(paths)

    def start_import(self, paths: Sequence[str], skip_invalid: bool = False) -> QtProgress:
        from app.core.desk.index import load_index
        from app.core.io.importer import import_files

        db = self.services.db
        progress = QtProgress()
        dialog = QProgressDialog("Import en cours…", "&Annuler", 0, 0, self.window)
        dialog.setWindowTitle("Importer des fiches")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(progress.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText("Annulation…"))
        progress.relay.status.connect(dialog.setLabelText)
        progress.relay.progressed.connect(
            lambda done, total: (dialog.setMaximum(total), dialog.setValue(min(done, total)))
        )
        self.progress_dialog = dialog
        self.last_outcome = ""

        def work() -> tuple[ImportReport, object]:
            report = import_files(db, list(paths), skip_invalid=skip_invalid, progress=progress)
            index = None
            if report.applied:
                progress.set_status("Mise à jour de l'index de recherche…")
                index = load_index(db)
            return report, index

        self.services.tasks.submit(
            work,
            on_done=lambda result: self._imported(result, list(paths)),
            on_error=self._import_failed,
        )
        dialog.show()
        return progress

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _imported(self, result: tuple[ImportReport, object], paths: list[str]) -> None:
        self._close_progress()
        report, index = result
        self.last_report = report
        self.last_outcome = "imported" if report.applied else "refused"
        if index is not None:
            self.services.set_index(index)  # type: ignore[arg-type]
            self.window.statusBar().showMessage(report.summary().splitlines()[0], 8000)
        dialog = ReportDialog(report, self.window)
        self.report_dialog = dialog

        def closed(_result: int) -> None:
            self.report_dialog = None
            if dialog.retry_valid_only:
                self.start_import(paths, skip_invalid=True)

        dialog.finished.connect(closed)
        dialog.open()

    def _import_failed(self, error: BaseException) -> None:
        self._close_progress()
        if isinstance(error, Cancelled):
            self.last_outcome = "cancelled"
            self.window.statusBar().showMessage(str(error), 8000)
            QMessageBox.information(self.window, "Import annulé", str(error))
            return
        self.last_outcome = "failed"
        text = (
            str(error)
            if isinstance(error, UserError)
            else "L'import n'a pas abouti ; rien n'a été modifié."
        )
        QMessageBox.warning(self.window, "Import impossible", text)

    # ---------------------------------------------------------------- export

    def ask_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.window, "Exporter le catalogue", "catalogue.json", ";;".join(EXPORT_FILTERS)
        )
        if path:
            fmt, suffix = EXPORT_FILTERS.get(chosen, (None, ""))
            if fmt and not path.lower().endswith(suffix):
                path += suffix
            self.start_export(path, fmt)

    def start_export(self, path: str, fmt: str | None = None) -> None:
        from app.core.io.exporter import SAMPLE_WARNING, ExportResult, export_catalogue

        db = self.services.db
        self.window.statusBar().showMessage("Export en cours…")

        def done(result: ExportResult) -> None:
            files = "\n".join(f"• {file}" for file in result.files)
            text = (
                f"{result.services} services et {result.structures} structures exportés :\n{files}"
            )
            if result.sample:
                text += f"\n\n{SAMPLE_WARNING}"
            self.window.statusBar().showMessage("Export terminé.", 6000)
            QMessageBox.information(self.window, "Export terminé", text)

        def failed(error: BaseException) -> None:
            self.window.statusBar().clearMessage()
            text = str(error) if isinstance(error, UserError) else "L'export n'a pas abouti."
            QMessageBox.warning(self.window, "Export impossible", text)

        self.services.tasks.submit(
            lambda: export_catalogue(db, path, fmt), on_done=done, on_error=failed
        )
