"""The search panel (view): the search field, the sort, the count and the results table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import buddy_label, named

SORT_LABELS = {"pertinence": "Pertinence", "distance": "Distance"}


class SearchPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setPlaceholderText("Chercher un service : permis, CV, garde d'enfants…")
        self.field.setClearButtonEnabled(True)
        named(
            self.field,
            "Recherche",
            "Les résultats se mettent à jour pendant la frappe. "
            "« OU » pour l'un ou l'autre, « -mot » pour exclure un mot.",
        )
        top.addWidget(buddy_label("Rechercher :", self.field))
        top.addWidget(self.field, 1)
        self.sort = QComboBox()
        for code, text in SORT_LABELS.items():
            self.sort.addItem(text, code)
        top.addWidget(buddy_label("Trier par :", self.sort))
        top.addWidget(self.sort)
        layout.addLayout(top)

        self.table = QTableView()
        named(self.table, "Résultats de la recherche")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setHighlightSections(False)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count = QLabel("Chargement du catalogue…")
        self.count.setAccessibleName("Nombre de résultats")
        bottom.addWidget(self.count, 1)
        self.add_button = QPushButton("A&jouter au parcours")
        named(
            self.add_button,
            "Ajouter au parcours",
            "Ajoute le service choisi comme nouvelle étape du parcours (Ctrl+Entrée).",
        )
        bottom.addWidget(self.add_button)
        layout.addLayout(bottom)

    def set_model(self, model) -> None:  # type: ignore[no-untyped-def]
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        widths = (0, 170, 100, 70, 65, 95)
        for column, width in enumerate(widths):
            if width:
                self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def sort_code(self) -> str:
        return self.sort.currentData() or "pertinence"

    def set_sort_code(self, code: str) -> None:
        index = self.sort.findData(code)
        self.sort.setCurrentIndex(max(0, index))

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].row() if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(
            self.table.model().index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible
        )

    def focus_results(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
