"""The main window (view): menus and actions, the three columns, the banner, the status bar.

Left: the visitor's profile and the filters (tabs). Centre: search results, matches and
"pourquoi pas ?" (tabs) above the detail pane. Right: the pathway. Splitters and scroll areas
keep everything reachable at 1366×768. Controllers connect the actions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.detail_pane import DetailPane
from app.ui.filter_panel import FilterPanel
from app.ui.matches_view import ExcludedView, MatchesView
from app.ui.pathway_panel import PathwayPanel
from app.ui.profile_panel import ProfilePanel
from app.ui.search_panel import SearchPanel
from app.ui.widgets import name_controls

SAMPLE_NOTICE = "⚠ Catalogue d'exemple : ce n'est pas l'offre réelle du territoire."


def _scroll(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setAccessibleName(name)
    return area


class MainWindow(QMainWindow):
    closing = Signal(QCloseEvent)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Passerelle — Maison des compétences")
        self.resize(1366, 768)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        self.banner = QLabel(SAMPLE_NOTICE)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Avertissement : catalogue d'exemple")
        self.banner.setStyleSheet(
            "QLabel { border: 2px solid palette(mid); padding: 4px; font-weight: bold; }"
        )
        self.banner.hide()
        layout.addWidget(self.banner)

        self.profile = ProfilePanel()
        self.filters = FilterPanel()
        self.left_tabs = QTabWidget()
        self.left_tabs.setAccessibleName("Profil et filtres")
        self.left_tabs.addTab(_scroll(self.profile, "Profil du visiteur"), "Profil du visiteur")
        self.left_tabs.addTab(_scroll(self.filters, "Filtres de recherche"), "Filtres")

        self.search = SearchPanel()
        self.matches = MatchesView()
        self.excluded = ExcludedView()
        self.center_tabs = QTabWidget()
        self.center_tabs.setAccessibleName("Résultats")
        self.center_tabs.addTab(self.search, "Recherche")
        self.center_tabs.addTab(self.matches, "Correspondances")
        self.center_tabs.addTab(self.excluded, "Pourquoi pas ?")
        self.detail = DetailPane()
        self.center_split = QSplitter(Qt.Orientation.Vertical)
        self.center_split.addWidget(self.center_tabs)
        self.center_split.addWidget(self.detail)
        self.center_split.setStretchFactor(0, 3)
        self.center_split.setStretchFactor(1, 2)
        self.center_split.setChildrenCollapsible(False)

        self.pathway = PathwayPanel()
        self.main_split = QSplitter(Qt.Orientation.Horizontal)
        self.main_split.addWidget(self.left_tabs)
        self.main_split.addWidget(self.center_split)
        self.main_split.addWidget(_scroll(self.pathway, "Parcours"))
        self.main_split.setStretchFactor(0, 0)
        self.main_split.setStretchFactor(1, 1)
        self.main_split.setStretchFactor(2, 0)
        self.main_split.setChildrenCollapsible(False)
        self.main_split.setSizes([310, 720, 330])
        self.center_split.setSizes([420, 300])
        layout.addWidget(self.main_split, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel("Chargement du catalogue…")
        self.status_label.setAccessibleName("État du catalogue")
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_actions()
        name_controls(self)

    # ------------------------------------------------------------------ actions

    def _action(
        self, menu: QMenu, text: str, shortcut: QKeySequence | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work wherever the focus is
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&Fichier")
        self.act_import = self._action(
            file,
            "&Importer des fiches…",
            "Ctrl+I",
            "Importer un fichier data·inclusion ou un tableur",
        )
        self.act_export = self._action(file, "E&xporter le catalogue…", "Ctrl+Shift+E")
        file.addSeparator()
        self.act_backup = self._action(file, "&Sauvegarder la base…")
        self.act_restore = self._action(file, "&Restaurer une sauvegarde…")
        file.addSeparator()
        self.act_quit = self._action(file, "&Quitter", QKeySequence.StandardKey.Quit)

        visitor = bar.addMenu("&Visiteur")
        self.act_new_visitor = self._action(
            visitor,
            "&Nouveau visiteur",
            "Ctrl+N",
            "Efface tout ce qui concerne le visiteur précédent",
        )
        self.act_find = self._action(visitor, "&Rechercher", "Ctrl+F")
        self.act_profile = self._action(visitor, "&Profil du visiteur", "Ctrl+Shift+P")
        self.act_filters = self._action(visitor, "&Filtres de recherche", "Ctrl+Shift+F")
        self.act_matches = self._action(visitor, "Voir les &correspondances", "Ctrl+M")
        self.act_why_not = self._action(visitor, "Pourquoi pa&s ?", "Ctrl+Shift+M")
        visitor.addSeparator()
        self.act_add_step = self._action(visitor, "&Ajouter au parcours", "Ctrl+Return")
        self.act_print = self._action(visitor, "&Imprimer la fiche…", "Ctrl+P")

        catalogue = bar.addMenu("&Catalogue")
        self.act_new_service = self._action(catalogue, "Nouveau &service…")
        self.act_edit_service = self._action(catalogue, "&Modifier le service…", "F2")
        self.act_archive_service = self._action(catalogue, "&Archiver le service")
        self.act_restore_service = self._action(catalogue, "Ré&tablir le service archivé")
        catalogue.addSeparator()
        self.act_new_structure = self._action(catalogue, "Nouvelle s&tructure…")
        self.act_edit_structure = self._action(catalogue, "Modifier la str&ucture…", "Shift+F2")
        self.act_archive_structure = self._action(catalogue, "Archiver la structure")

        self.followups_menu = bar.addMenu("S&uivis")

        view = bar.addMenu("Affic&hage")
        self.act_zoom_in = self._action(view, "Zoom &avant", QKeySequence.StandardKey.ZoomIn)
        self.act_zoom_in.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.act_zoom_out = self._action(view, "Zoom a&rrière", QKeySequence.StandardKey.ZoomOut)
        self.act_zoom_out.setShortcuts([QKeySequence("Ctrl+-")])
        self.act_zoom_reset = self._action(view, "&Taille normale", "Ctrl+0")

        help_menu = bar.addMenu("Aid&e")
        self.act_about = self._action(help_menu, "À &propos de Passerelle…", "F1")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closing.emit(event)
        if event.isAccepted():
            super().closeEvent(event)
