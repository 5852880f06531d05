"""The sheet window: preview, save, print to a PDF printer, first name never stored."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLineEdit, QPushButton

from app.core.pathway import Pathway, PathwayStep
from app.ui.sheet_dialog import SheetDialog
from tests.core.pathway_data import TODAY, add_catalogue, service_row, structure_row

NAME = "Zéphyrine"


@pytest.fixture
def catalogue_db(db_file):
    add_catalogue(
        db_file, [structure_row()], [service_row(), service_row("sv-2", nom="Permanence")]
    )
    return db_file


@pytest.fixture
def pathway():
    return Pathway(
        [PathwayStep("sv-1", datetime(2026, 12, 3, 9, 30)), PathwayStep("sv-2")],
        prochain_rdv=datetime(2026, 12, 10, 14, 0),
        conseiller="Camille Fictive",
    )


def open_dialog(qtbot, db, pathway) -> SheetDialog:
    dialog = SheetDialog(None, db, pathway, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=15000)
    return dialog


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(page.extract_text() for page in reader.pages).replace("\u00a0", " ")


def render_again(qtbot, dialog: SheetDialog, change) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        change()
        dialog.refresh()


def test_preview_loads_pages(qtbot, catalogue_db, pathway):
    dialog = open_dialog(qtbot, catalogue_db, pathway)
    assert dialog.document.pageCount() >= 2
    assert dialog.status.text().startswith("Fiche prête")
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert "Mon rendez-vous : jeudi 3 décembre 2026 à 9 h 30" in text_of(dialog.pdf_bytes)


def test_options_change_the_sheet(qtbot, catalogue_db, pathway):
    dialog = open_dialog(qtbot, catalogue_db, pathway)
    normal_pages = dialog.document.pageCount()
    render_again(qtbot, dialog, lambda: dialog.first_name.setText(NAME))
    assert f"Fiche préparée pour {NAME}" in text_of(dialog.pdf_bytes)
    render_again(qtbot, dialog, lambda: dialog.large.setChecked(True))
    assert dialog.document.pageCount() >= normal_pages
    render_again(
        qtbot, dialog, lambda: dialog.language.setCurrentIndex(dialog.language.findData("en"))
    )
    assert "Where?" in text_of(dialog.pdf_bytes)


def test_save_writes_a_pdf(qtbot, catalogue_db, pathway, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, catalogue_db, pathway)
    target = tmp_path / "sortie" / "ma-fiche"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert not dialog.was_output
    with qtbot.waitSignal(dialog.saved) as signal:
        dialog.save_button.click()
    saved = target.with_suffix(".pdf")
    assert signal.args == [str(saved)]
    assert saved.read_bytes() == dialog.pdf_bytes
    assert "Fiche enregistrée" in dialog.status.text() and dialog.was_output


def test_print_paints_every_page(qtbot, catalogue_db, pathway, tmp_path):
    dialog = open_dialog(qtbot, catalogue_db, pathway)
    assert dialog.pathway is pathway
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "imprimante.pdf"))
    assert dialog.print_to(printer)
    printed = PdfReader(str(tmp_path / "imprimante.pdf"))
    assert len(printed.pages) == dialog.document.pageCount()


def test_print_button_goes_through_the_print_dialog(
    qtbot, catalogue_db, pathway, tmp_path, monkeypatch
):
    from app.ui import sheet_dialog

    class AcceptingPrintDialog:
        def __init__(self, printer, parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / "imprimante.pdf"))

        def setWindowTitle(self, title):  # noqa: N802 (Qt's name)
            assert title == "Imprimer la fiche"

        def exec(self):
            return sheet_dialog.QDialog.DialogCode.Accepted

    monkeypatch.setattr(sheet_dialog, "QPrintDialog", AcceptingPrintDialog)
    dialog = open_dialog(qtbot, catalogue_db, pathway)
    with qtbot.waitSignal(dialog.printed):
        dialog.print_button.click()
    assert dialog.status.text() == "Fiche envoyée à l'imprimante." and dialog.was_output
    assert len(PdfReader(str(tmp_path / "imprimante.pdf")).pages) == dialog.document.pageCount()


def test_unknown_service_shows_a_french_message(qtbot, catalogue_db):
    dialog = SheetDialog(None, catalogue_db, Pathway([PathwayStep("inconnu")]), today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "introuvable" in dialog.status.text(), timeout=15000)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_every_control_has_an_accessible_name(qtbot, catalogue_db, pathway):
    dialog = open_dialog(qtbot, catalogue_db, pathway)
    controls = dialog.findChildren(QPushButton) + dialog.findChildren(QLineEdit)
    controls += dialog.findChildren(QCheckBox) + dialog.findChildren(QComboBox)
    assert len(controls) >= 6
    assert all(control.accessibleName() for control in controls)
    assert dialog.preview.accessibleName() == "Aperçu de la fiche"
    assert [b.text().replace("&", "") for b in dialog.findChildren(QPushButton)] == [
        "Imprimer la fiche",
        "Enregistrer en PDF…",
        "Fermer",
    ]


def test_first_name_is_not_persisted_anywhere(qtbot, catalogue_db, pathway, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, catalogue_db, pathway)
    render_again(qtbot, dialog, lambda: dialog.first_name.setText(NAME))
    target = tmp_path / "sortie" / "fiche.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_button.click()
    dialog.close_button.click()
    catalogue_db.dispose()
    needle_utf8, needle_utf16 = NAME.encode("utf-8"), NAME.encode("utf-16-le")
    searched = [Path(catalogue_db.location)]
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        searched.append(Path(os.environ[variable]))
    searched.append(tmp_path)
    offenders = []
    for root in searched:
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            if path.parent == target.parent:
                continue  # the sheet the counsellor chose to save
            data = path.read_bytes()
            if needle_utf8 in data or needle_utf16 in data:
                offenders.append(path)
    assert offenders == []
    assert dialog.pdf_bytes is None  # forgotten when the window closes
