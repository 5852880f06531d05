"""The filter panel (view): families, themes, publics, frais, mode d'accueil, place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.reference import vocabularies as vocab
from app.core.vocab import FAMILIES
from app.ui.widgets import CheckList, CommuneField, ThemeTree, buddy_label, heading, named

WEEKDAY_CHOICES = (
    "N'importe quel jour",
    "Lundi",
    "Mardi",
    "Mercredi",
    "Jeudi",
    "Vendredi",
    "Samedi",
)


class FilterPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        place = QFormLayout()
        self.commune = CommuneField("Commune du visiteur (filtres)")
        place.addRow(buddy_label("Co&mmune :", self.commune), self.commune)
        self.max_distance = QSpinBox()
        self.max_distance.setRange(0, 200)
        self.max_distance.setSuffix(" km")
        self.max_distance.setSpecialValueText("Sans limite")
        named(
            self.max_distance,
            "Distance maximale",
            "Distance à vol d'oiseau depuis la commune ; les services à distance restent affichés.",
        )
        place.addRow(buddy_label("Distance ma&x. :", self.max_distance), self.max_distance)
        self.open_on = QComboBox()
        self.open_on.addItems(WEEKDAY_CHOICES)
        place.addRow(buddy_label("Ouvert &le :", self.open_on), self.open_on)
        layout.addLayout(place)

        layout.addWidget(heading("Familles"))
        self.families = CheckList(FAMILIES, "Familles")
        layout.addWidget(self.families)
        layout.addWidget(heading("Thématiques"))
        self.themes = ThemeTree("Thématiques")
        layout.addWidget(self.themes, 1)
        layout.addWidget(heading("Publics"))
        self.publics = CheckList(vocab.publics(), "Publics")
        layout.addWidget(self.publics)
        layout.addWidget(heading("Frais et accueil"))
        self.frais = CheckList(vocab.frais(), "Frais")
        self.modes = CheckList(vocab.modes_accueil(), "Modes d'accueil")
        row = QHBoxLayout()
        row.addWidget(self.frais)
        row.addWidget(self.modes)
        layout.addLayout(row)
        self.archived = QCheckBox("Inclure les fiches archivées")
        layout.addWidget(self.archived)
        self.reset = QPushButton("Eff&acer les filtres")
        named(self.reset, "Effacer les filtres")
        layout.addWidget(self.reset)

        for widget in (self.families, self.themes, self.publics, self.frais, self.modes):
            widget.changed.connect(self.changed)
        self.commune.commune_changed.connect(lambda _code: self.changed.emit())
        self.max_distance.valueChanged.connect(lambda _value: self.changed.emit())
        self.open_on.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.archived.toggled.connect(lambda _checked: self.changed.emit())
        self.reset.clicked.connect(self.clear)

    def open_day(self) -> int | None:
        index = self.open_on.currentIndex()
        return None if index <= 0 else index - 1

    def clear(self) -> None:
        self.blockSignals(True)
        for widget in (self.families, self.themes, self.publics, self.frais, self.modes):
            widget.set_codes(())
        self.commune.clear()
        self.open_on.setCurrentIndex(0)
        self.archived.setChecked(False)
        self.blockSignals(False)
        self.changed.emit()
