"""The matches and the "pourquoi pas ?" list (views). The criteria of the service chosen
(✓ / ✗ / ? with a word and the sentence) are said at the top of the detail pane."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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
        self.table = _table("Services adaptés au visiteur")
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.pin = _button("É&pingler", "Épingler en tête de liste, ou détacher")
        self.hide = _button(
            "Mas&quer", "Masquer ce service pour ce visiteur, ou le montrer à nouveau"
        )
        self.up = _button("Mon&ter", "Monter d'une place")
        self.down = _button("De&scendre", "Descendre d'une place")
        self.add = _button("A&jouter au parcours", "Ajouter comme nouvelle étape du parcours")
        for button in (self.pin, self.hide, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.add)
        layout.addLayout(buttons)
        self.show_hidden = QCheckBox("Afficher les services masqués")
        layout.addWidget(self.show_hidden)

    def set_model(self, model) -> None:  # type: ignore[no-untyped-def]
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 32), (2, 140), (3, 64), (4, 100), (5, 72), (6, 74)):
            self.table.setColumnWidth(column, width)

    def selected_row(self) -> int | None:
        return _selected_row(self.table)


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
        self.table = _table("Services exclus et leurs raisons")
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.add = _button(
            "A&jouter quand même",
            "Le conseiller décide : ajouter ce service au parcours malgré les règles",
        )
        row.addWidget(self.add)
        layout.addLayout(row)

    def set_model(self, model) -> None:  # type: ignore[no-untyped-def]
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 210), (1, 140), (2, 90)):
            self.table.setColumnWidth(column, width)

    def selected_row(self) -> int | None:
        return _selected_row(self.table)
