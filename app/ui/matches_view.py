"""The matches and the "pourquoi pas ?" list (views), each with the criteria of the service
chosen: ✓ / ✗ / ? with a word and the criterion's sentence."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.matching import Criterion
from app.ui.detail_pane import criteria_html
from app.ui.widgets import named


def _table(name: str) -> QTableView:
    table = QTableView()
    named(table, name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    return table


def _criteria_box(name: str) -> QTextBrowser:
    box = QTextBrowser()
    named(box, name)
    box.setMinimumHeight(60)
    return box


def _button(text: str, description: str) -> QPushButton:
    button = QPushButton(text)
    named(button, text.replace("&", ""), description)
    return button


def _selected_row(table: QTableView) -> int | None:
    model = table.selectionModel()
    rows = model.selectedRows() if model is not None else []
    return rows[0].row() if rows else None


class MatchesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel("Remplissez le profil du visiteur pour voir les services adaptés.")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Résumé des correspondances")
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = _table("Services adaptés au visiteur")
        split.addWidget(self.table)
        criteria = QWidget()
        criteria_layout = QVBoxLayout(criteria)
        criteria_layout.setContentsMargins(0, 0, 0, 0)
        criteria_layout.addWidget(
            QLabel("<b>Pourquoi ce service ?</b> ✓ oui · ✗ non · ? à vérifier")
        )
        self.criteria = _criteria_box("Critères du service choisi")
        criteria_layout.addWidget(self.criteria)
        split.addWidget(criteria)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.splitter = split
        layout.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.pin = _button("É&pingler", "Épingler en tête de liste, ou détacher")
        self.hide = _button(
            "&Masquer", "Masquer ce service pour ce visiteur, ou le montrer à nouveau"
        )
        self.up = _button("Mon&ter", "Monter d'une place")
        self.down = _button("Descen&dre", "Descendre d'une place")
        self.add = _button("&Ajouter au parcours", "Ajouter comme nouvelle étape du parcours")
        for button in (self.pin, self.hide, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        layout.addLayout(buttons)
        self.show_hidden = QCheckBox("Afficher les services masq&ués")
        layout.addWidget(self.show_hidden)

    def set_model(self, model) -> None:  # type: ignore[no-untyped-def]
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 36), (2, 170), (3, 70), (4, 70), (5, 90), (6, 80)):
            self.table.setColumnWidth(column, width)

    def selected_row(self) -> int | None:
        return _selected_row(self.table)

    def show_criteria(self, criteria: Sequence[Criterion] | None) -> None:
        if criteria is None:
            self.criteria.setHtml("<p>Choisissez un service dans la liste.</p>")
        else:
            self.criteria.setHtml(criteria_html(criteria))


class ExcludedView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(
            "Les services proches que les règles écartent apparaissent ici, avec leurs raisons."
        )
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Résumé des services exclus")
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = _table("Services exclus et leurs raisons")
        split.addWidget(self.table)
        self.criteria = _criteria_box("Critères du service exclu choisi")
        split.addWidget(self.criteria)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.splitter = split
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.add = _button(
            "Ajouter &quand même",
            "Le conseiller décide : ajouter ce service au parcours malgré les règles",
        )
        row.addWidget(self.add)
        layout.addLayout(row)

    def set_model(self, model) -> None:  # type: ignore[no-untyped-def]
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 220), (1, 150), (2, 70)):
            self.table.setColumnWidth(column, width)

    def selected_row(self) -> int | None:
        return _selected_row(self.table)

    def show_criteria(self, criteria: Sequence[Criterion] | None) -> None:
        if criteria is None:
            self.criteria.setHtml("<p>Choisissez un service pour voir toutes ses raisons.</p>")
        else:
            self.criteria.setHtml(criteria_html(criteria))
