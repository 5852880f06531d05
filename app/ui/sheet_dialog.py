"""The pathway sheet window: preview, print, save as PDF.

``SheetDialog(parent, db, pathway).exec()``. The sheet is built and rendered on a worker thread
(``app.core.pathway``); the PDF comes back to the GUI thread through a signal and is shown with
QtPdf. The visitor's first name stays in this window's memory: it is printed on the sheet and
never written to the database, the settings or a temporary file (the preview is read from
memory).
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserError
from app.core.pathway import LANGUAGES, Pathway, build_sheet
from app.core.storage import Database

log = logging.getLogger(__name__)

PRINT_DPI_MAX = 300  # pages are printed as images: 300 dpi is sharp and stays light
REFRESH_DELAY_MS = 400  # wait for the end of typing before rendering again


class _Relay(QObject):
    """Carries a finished rendering back to the GUI thread."""

    finished = Signal(int, object, object)  # request number, PDF bytes or None, French error


class SheetDialog(QDialog):
    """Preview, print and save the sheet of one pathway."""

    #: emitted on the GUI thread when a new preview is shown (its page count)
    preview_ready = Signal(int)
    #: the sheet was sent to a printer
    printed = Signal()
    #: the sheet was saved as a PDF file (its path)
    saved = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        db: Database,
        pathway: Pathway,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Fiche de parcours")
        self.setAccessibleName("Fiche de parcours")
        self.resize(1000, 760)
        self._db = db
        self._pathway = pathway
        self._today = today
        self._pdf: bytes | None = None
        self._request = 0
        self._closed = False
        self._output = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="passerelle-sheet")
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_rendered)
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.first_name.textChanged.connect(lambda _text: self._timer.start())
        self.large.toggled.connect(lambda _on: self.refresh())
        self.language.currentIndexChanged.connect(lambda _index: self.refresh())
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.refresh()

    # --- view ----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.first_name = QLineEdit()
        self.first_name.setMaxLength(40)
        self.first_name.setPlaceholderText("Facultatif")
        self.first_name.setAccessibleName("Prénom du visiteur")
        self.first_name.setAccessibleDescription(
            "Imprimé en haut de la fiche. Il n'est jamais enregistré."
        )
        self.large = QCheckBox("&Grands caractères")
        self.large.setAccessibleName("Grands caractères")
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setAccessibleName("Langue des titres de la fiche")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("État de la fiche")
        note = QLabel(
            "Le prénom est imprimé sur la fiche et n'est jamais enregistré. "
            "Les informations des services restent en français."
        )
        note.setWordWrap(True)

        form = QFormLayout()
        name_label = QLabel("&Prénom du visiteur :")
        name_label.setBuddy(self.first_name)
        language_label = QLabel("&Langue des titres :")
        language_label.setBuddy(self.language)
        form.addRow(name_label, self.first_name)
        form.addRow(language_label, self.language)
        form.addRow("", self.large)

        self.print_button = QPushButton("&Imprimer la fiche")
        self.print_button.setAccessibleName("Imprimer la fiche")
        self.save_button = QPushButton("&Enregistrer en PDF…")
        self.save_button.setAccessibleName("Enregistrer la fiche en PDF")
        self.close_button = QPushButton("&Fermer")
        self.close_button.setAccessibleName("Fermer")

        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(note)
        side.addWidget(self.status)
        side.addStretch(1)
        side.addWidget(self.print_button)
        side.addWidget(self.save_button)
        side.addWidget(self.close_button)
        panel = QWidget()
        panel.setLayout(side)
        panel.setMaximumWidth(320)

        self.preview = QPdfView(self)
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setAccessibleName("Aperçu de la fiche")

        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.preview, 1)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- rendering -----------------------------------------------------------------------------
    def options(self) -> dict[str, Any]:
        return {
            "first_name": self.first_name.text().strip() or None,
            "lang": self.language.currentData(),
            "large": self.large.isChecked(),
            "today": self._today,
        }

    def refresh(self) -> None:
        """Render the sheet again with the current options (on the worker thread)."""
        if self._closed:
            return
        self._timer.stop()
        self._request += 1
        self.status.setText("Préparation de la fiche…")
        self._set_ready(False)
        self._executor.submit(self._render, self._request, self.options())

    def _render(self, number: int, options: dict[str, Any]) -> None:
        """Worker thread: build and render; never touches a widget."""
        from app.core.pathway.render import sheet_pdf_bytes

        try:
            with self._db.session() as session:
                sheet = build_sheet(session, self._pathway, **options)
            data = sheet_pdf_bytes(sheet)
        except UserError as exc:
            self._relay.finished.emit(number, None, str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged for us
            log.exception("sheet rendering failed")
            self._relay.finished.emit(
                number, None, f"La fiche n'a pas pu être préparée ({type(exc).__name__})."
            )
        else:
            self._relay.finished.emit(number, data, None)

    def _on_rendered(self, number: int, data: bytes | None, error: str | None) -> None:
        if self._closed or number != self._request:
            return  # a newer request is on its way, or the window is closed
        if data is None:
            self._pdf = None
            self.document.close()
            self.status.setText(error or "La fiche n'a pas pu être préparée.")
            return
        self._pdf = data
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.status.setText(f"Fiche prête : {pages} page{'s' if pages > 1 else ''}.")
        self._set_ready(True)
        self.preview_ready.emit(pages)

    @property
    def pdf_bytes(self) -> bytes | None:
        """The PDF shown in the preview."""
        return self._pdf

    @property
    def pathway(self) -> Pathway:
        return self._pathway

    @property
    def was_output(self) -> bool:
        """Whether the sheet was printed or saved since the window opened."""
        return self._output

    # --- actions -------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        if self._pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Enregistrer la fiche en PDF", "fiche-parcours.pdf", "Documents PDF (*.pdf)"
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from app.core.pathway.render import write_file_atomically

        try:
            write_file_atomically(self._pdf, path)
        except UserError as exc:
            QMessageBox.warning(self, "Enregistrement impossible", str(exc))
            return
        self.status.setText(f"Fiche enregistrée : {path}")
        self._output = True
        self.saved.emit(path)

    def print_sheet(self) -> None:
        if self._pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName("Fiche de parcours")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Imprimer la fiche")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if self.print_to(printer):
            self.status.setText("Fiche envoyée à l'imprimante.")
            self._output = True
            self.printed.emit()

    def print_to(self, printer: QPrinter) -> bool:
        """Paint every page on ``printer`` as an image of at most PRINT_DPI_MAX dots per inch."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, "Impression impossible",
                "L'imprimante n'a pas pu être ouverte. Vérifiez qu'elle est allumée, "
                "ou enregistrez la fiche en PDF.",
            )  # fmt: skip
            return False
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            dpi = min(printer.resolution(), PRINT_DPI_MAX)
            for page in range(self.document.pageCount()):
                if page > 0:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = self.document.render(page, size)
                target = painter.viewport()
                scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
                painter.setWindow(target)
        finally:
            painter.end()
            self.unsetCursor()
        return True

    # --- closing -------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if not self._closed:
            self._closed = True
            self._timer.stop()
            self._executor.shutdown(wait=True, cancel_futures=True)
            self.document.close()
            self._buffer.close()
            self._pdf = None
        super().done(result)
