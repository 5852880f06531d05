"""The desk: builds the window and its controllers, and wires what spans them.

Start-up work (the sample catalogue at first start, the retention chores, the index build)
runs on the database worker while the status bar says "Chargement du catalogue…". Ctrl+N
starts a new visitor: profile, matches, pins, pathway, first name, search and filters are
cleared (after a confirmation when the pathway was not printed).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.errors import UserError
from app.core.storage import Database
from app.ui.catalogue_controller import CatalogueController
from app.ui.detail_controller import DetailController
from app.ui.import_export import ImportExportController
from app.ui.main_window import MainWindow
from app.ui.pathway_controller import PathwayController
from app.ui.search_controller import SearchController
from app.ui.services import DeskServices
from app.ui.settings import SettingsStore, zoom_in, zoom_out
from app.ui.visitor_controller import MATCHES, VisitorController
from app.ui.workers import QtProgress

log = logging.getLogger(__name__)

SEARCH_TAB, MATCHES_TAB, EXCLUDED_TAB = 0, 1, 2
PROFILE_TAB, FILTERS_TAB = 0, 1


def startup(db: Database, progress: QtProgress):  # type: ignore[no-untyped-def]
    """Start-up work, off the GUI thread: returns (index, sample, loaded_sample, purged)."""
    from app.core import catalogue
    from app.core.desk.index import load_index
    from app.core.maintenance import startup_maintenance
    from app.core.sample import ensure_catalogue

    progress.set_status("Chargement du catalogue…")
    loaded = ensure_catalogue(db, progress)
    purged = startup_maintenance(db)
    progress.set_status("Chargement du catalogue…")
    index = load_index(db)
    with db.session() as session:
        sample = catalogue.is_sample_catalogue(session)
    return index, sample, loaded, purged


class Desk(QObject):
    def __init__(self, db: Database, store: SettingsStore | None = None) -> None:
        super().__init__()
        self.services = DeskServices(db, store or SettingsStore(), self)
        self.window = MainWindow()
        w = self.window
        self.search = SearchController(self.services, w.search, w.filters)
        self.visitor = VisitorController(self.services, w.profile, w.matches, w.excluded)
        self.detail = DetailController(self.services, w.detail, self._origin)
        self.pathway = PathwayController(self.services, w.pathway, w)
        self.pathway.profile_source = self.visitor.profile_data
        self.catalogue = CatalogueController(self.services, w, self.current_service_id)
        self.files = ImportExportController(self.services, w)
        self.ready = False
        self._base_font = QFont(QApplication.font())
        self._wire()
        self._restore_window()
        self.apply_zoom()

    # ---------------------------------------------------------------- wiring

    def _wire(self) -> None:
        w = self.window
        self.search.selected.connect(self._search_selection)
        self.visitor.selected.connect(self._visitor_selection)
        w.center_tabs.currentChanged.connect(self._tab_changed)
        w.profile.commune.commune_changed.connect(self._visitor_commune)
        w.search.add_button.clicked.connect(lambda: self.pathway.add(self.search.selected_id()))
        w.matches.add.clicked.connect(lambda: self.pathway.add(self.visitor.selected_match_id()))
        w.excluded.add.clicked.connect(
            lambda: self.pathway.add(self.visitor.selected_excluded_id())
        )
        w.search.table.doubleClicked.connect(lambda _i: self.pathway.add(self.search.selected_id()))
        w.matches.table.doubleClicked.connect(
            lambda _i: self.pathway.add(self.visitor.selected_match_id())
        )
        w.profile.show_matches.clicked.connect(lambda: self.show_tab(MATCHES_TAB))

        w.act_import.triggered.connect(self.files.ask_import)
        w.act_export.triggered.connect(self.files.ask_export)
        w.act_quit.triggered.connect(w.close)
        w.act_new_visitor.triggered.connect(self.new_visitor)
        w.act_find.triggered.connect(self.focus_search)
        w.act_profile.triggered.connect(self.focus_profile)
        w.act_filters.triggered.connect(self.focus_filters)
        w.act_matches.triggered.connect(lambda: self.show_tab(MATCHES_TAB))
        w.act_why_not.triggered.connect(lambda: self.show_tab(EXCLUDED_TAB))
        w.act_add_step.triggered.connect(lambda: self.pathway.add(self.current_service_id()))
        w.act_print.triggered.connect(self.pathway.print_sheet)
        w.act_new_service.triggered.connect(self.catalogue.new_service)
        w.act_edit_service.triggered.connect(self.catalogue.edit_service)
        w.act_archive_service.triggered.connect(lambda: self.catalogue.archive_service(True))
        w.act_restore_service.triggered.connect(lambda: self.catalogue.archive_service(False))
        w.act_new_structure.triggered.connect(self.catalogue.new_structure)
        w.act_edit_structure.triggered.connect(self.catalogue.edit_structure)
        w.act_archive_structure.triggered.connect(self.catalogue.archive_structure)
        w.act_zoom_in.triggered.connect(
            lambda: self.set_zoom(zoom_in(self.services.settings.zoom_percent))
        )
        w.act_zoom_out.triggered.connect(
            lambda: self.set_zoom(zoom_out(self.services.settings.zoom_percent))
        )
        w.act_zoom_reset.triggered.connect(lambda: self.set_zoom(100))
        w.act_about.triggered.connect(self.about)
        w.closing.connect(self._closing)
        self.services.index_ready.connect(self._index_ready)
        self._wire_privacy()

    def _wire_privacy(self) -> None:
        """Backups (File menu) and follow-up records (Suivis menu), from the privacy part."""
        w = self.window
        w.act_backup.triggered.connect(self.backup)
        w.act_restore.triggered.connect(self.restore)
        menu = w.followups_menu
        self.act_followups = menu.addAction("&Dossiers de suivi…")
        self.act_followups.triggered.connect(self.show_followups)
        self.act_new_followup = menu.addAction("&Créer un dossier pour ce visiteur…")
        self.act_new_followup.triggered.connect(self.new_followup)
        menu.addSeparator()
        self.act_lock = menu.addAction("&Verrouiller les dossiers")
        self.act_lock.triggered.connect(lambda: self._keeper().lock())
        self._vault_keeper = None

    def backup(self) -> None:
        from app.ui.backup_actions import backup_now

        backup_now(self.window, self.services.db, self.services.tasks)

    def restore(self) -> None:
        from app.ui.backup_actions import restore_from

        restore_from(
            self.window,
            self.services.db,
            self.services.tasks,
            on_restored=lambda _report: self.load(),
        )

    def _keeper(self):  # type: ignore[no-untyped-def]
        from app.ui.followup_dialogs import VaultKeeper

        if self._vault_keeper is None:
            self._vault_keeper = VaultKeeper(self.services.db, self)
        return self._vault_keeper

    def show_followups(self) -> None:
        from app.ui.followup_dialogs import show_followups

        show_followups(self.window, self._keeper())

    def new_followup(self) -> None:
        """A follow-up record for the visitor in front of the counsellor (with consent),
        filled with their needs and pathway."""
        from app.core.pathway import pathway_to_dict
        from app.ui.followup_dialogs import create_followup_for_visitor

        besoins = self.visitor.profile_data().get("besoins", [])
        parcours = (
            pathway_to_dict(self.pathway.pathway()) if self.pathway.model.rowCount() else None
        )
        create_followup_for_visitor(self.window, self._keeper(), besoins, parcours)

    # ---------------------------------------------------------------- start-up

    def start(self) -> None:
        """Show the window and load the catalogue in the background."""
        self.window.show()
        self.load()

    def load(self) -> None:
        progress = QtProgress()
        progress.relay.status.connect(self.window.status_label.setText)
        self.window.status_label.setText("Chargement du catalogue…")
        self.services.tasks.submit(
            startup, self.services.db, progress, on_done=self._loaded, on_error=self._load_failed
        )

    def _loaded(self, result) -> None:  # type: ignore[no-untyped-def]
        index, sample, loaded, purged = result
        self.services.sample = sample
        self.window.banner.setVisible(sample)
        if purged:
            self.window.statusBar().showMessage(
                f"{len(purged)} fiche(s) de suivi arrivée(s) au bout de leur durée de conservation "
                "ont été effacées.",
                10000,
            )
        self.services.set_index(index)
        self.ready = True

    def _load_failed(self, error: BaseException) -> None:
        text = (
            str(error)
            if isinstance(error, UserError)
            else (
                "Le catalogue n'a pas pu être chargé. Fermez Passerelle et relancez-la ; si le problème "
                "revient, restaurez une sauvegarde."
            )
        )
        self.window.status_label.setText("Catalogue non chargé")
        QMessageBox.critical(self.window, "Chargement du catalogue", text)

    def _index_ready(self) -> None:
        index = self.services.index
        count = len(index) if index is not None else 0
        self.window.status_label.setText(f"Catalogue : {count} services")
        self._refresh_sample_notice()

    def _refresh_sample_notice(self) -> None:
        from app.core import catalogue

        db = self.services.db

        def check() -> bool:
            with db.session() as session:
                return catalogue.is_sample_catalogue(session)

        def show(sample: bool) -> None:
            self.services.sample = sample
            self.window.banner.setVisible(sample)

        self.services.tasks.submit(check, on_done=show)

    # ---------------------------------------------------------------- selection

    def _origin(self) -> str | None:
        return self.window.profile.commune.code() or self.window.filters.commune.code()

    def _visitor_commune(self, code: str | None) -> None:
        """The filters follow the visitor's commune, so distances are measured from it."""
        if code is not None:
            self.window.filters.commune.set_code(code)
        elif self.window.profile.commune.text() == "":
            self.window.filters.commune.clear()

    def _search_selection(self, service_id: str | None) -> None:
        if self.window.center_tabs.currentIndex() == SEARCH_TAB:
            self.detail.show(service_id)

    def _visitor_selection(self, source: str, service_id: str | None, criteria) -> None:  # type: ignore[no-untyped-def]
        tab = MATCHES_TAB if source == MATCHES else EXCLUDED_TAB
        if self.window.center_tabs.currentIndex() == tab:
            self.detail.show(service_id, criteria)

    def current_service_id(self) -> str | None:
        tab = self.window.center_tabs.currentIndex()
        if tab == MATCHES_TAB:
            return self.visitor.selected_match_id()
        if tab == EXCLUDED_TAB:
            return self.visitor.selected_excluded_id()
        return self.search.selected_id()

    def _tab_changed(self, tab: int) -> None:
        if tab == SEARCH_TAB:
            self.detail.show(self.search.selected_id())
        else:
            view = self.window.matches if tab == MATCHES_TAB else self.window.excluded
            model = (
                self.visitor.matches_model if tab == MATCHES_TAB else self.visitor.excluded_model
            )
            row = view.selected_row()
            match = model.match_at(row) if row is not None else None
            self.detail.show(match.service_id if match else None, match.criteria if match else None)

    def show_tab(self, tab: int) -> None:
        self.window.center_tabs.setCurrentIndex(tab)
        table = (self.window.search.table, self.window.matches.table, self.window.excluded.table)[
            tab
        ]
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.window.center_tabs.setCurrentIndex(SEARCH_TAB)
        self.window.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.window.search.field.selectAll()

    def focus_filters(self) -> None:
        self.window.left_tabs.setCurrentIndex(FILTERS_TAB)
        self.window.filters.commune.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_profile(self) -> None:
        self.window.left_tabs.setCurrentIndex(PROFILE_TAB)
        self.window.profile.age.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ---------------------------------------------------------------- visitor

    def new_visitor(self, *, confirm: bool = True) -> bool:
        """Forget everything of the previous visitor; False when the counsellor said no."""
        if confirm and self.pathway.has_unprinted_steps:
            answer = QMessageBox.question(
                self.window,
                "Nouveau visiteur",
                "Le parcours de ce visiteur n'a pas été imprimé.\n\nCommencer quand même un "
                "nouveau visiteur ? Le parcours sera effacé.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.record_visit()
        self.visitor.clear()
        self.pathway.clear()
        self.search.clear()
        w = self.window
        w.left_tabs.setCurrentIndex(PROFILE_TAB)
        w.center_tabs.setCurrentIndex(SEARCH_TAB)
        self.detail.clear()
        w.statusBar().showMessage(
            "Nouveau visiteur : tout ce qui concernait le précédent est effacé.", 6000
        )
        w.profile.age.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def record_visit(self, *, wait: bool = False) -> None:
        """Keep the anonymous trace of the visit that ends (PRIVACY.md: day, commune, age
        band, needs, services found, unmet needs), when services were looked for. ``wait``
        writes it at once (the window is closing and the workers are stopping)."""
        from app.core.privacy.visits import record_visit

        profile, result = self.visitor.profile, self.visitor.result
        if profile is None or result is None:
            return
        db = self.services.db

        def work() -> None:
            with db.transaction() as session:
                record_visit(session, profile, result)

        if wait:
            try:
                work()
            except Exception:  # the window closes anyway; the trace is only statistics
                log.exception("the anonymous visit record could not be written")
        else:
            self.services.tasks.submit(work)

    # ---------------------------------------------------------------- display

    def set_zoom(self, percent: int) -> None:
        self.services.settings.zoom_percent = percent
        self.apply_zoom()
        self.window.statusBar().showMessage(
            f"Taille du texte : {self.services.settings.zoom_percent} %", 3000
        )

    def apply_zoom(self) -> None:
        font = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * self.services.settings.clean().zoom_percent / 100)
        QApplication.setFont(font)

    def about(self) -> None:
        from app.core.stats import catalogue_stats
        from app.ui.about_dialog import AboutDialog

        db = self.services.db

        def read():  # type: ignore[no-untyped-def]
            with db.session() as session:
                return catalogue_stats(session)

        def show(stats) -> None:  # type: ignore[no-untyped-def]
            self.about_dialog = AboutDialog(db.location, stats, self.window)
            self.about_dialog.open()

        self.services.tasks.submit(read, on_done=show, on_error=lambda _e: show(None))

    # ---------------------------------------------------------------- window state

    def _restore_window(self) -> None:
        store, w = self.services.store, self.window
        for key, restore in (
            ("geometry", w.restoreGeometry),
            ("state", w.restoreState),
            ("main_split", w.main_split.restoreState),
            ("center_split", w.center_split.restoreState),
        ):
            value = store.window_state(key)
            if value is not None:
                restore(value)

    def save_window(self) -> None:
        store, w = self.services.store, self.window
        store.set_window_state("geometry", w.saveGeometry())
        store.set_window_state("state", w.saveState())
        store.set_window_state("main_split", w.main_split.saveState())
        store.set_window_state("center_split", w.center_split.saveState())
        self.services.save_settings()

    def _closing(self, event: QCloseEvent) -> None:
        if self.pathway.has_unprinted_steps:
            answer = QMessageBox.question(
                self.window,
                "Quitter Passerelle",
                "Le parcours de ce visiteur n'a pas été imprimé. Quitter quand même ?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_window()
        self.record_visit(wait=True)
        event.accept()

    def shutdown(self) -> None:
        self.services.tasks.shutdown()
        QApplication.setFont(self._base_font)
