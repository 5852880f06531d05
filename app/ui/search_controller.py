"""Wires the search field, the sort and the filters to the index (off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.records import ServiceRecord
from app.core.search import SearchFilters, SearchResult
from app.ui.filter_panel import FilterPanel
from app.ui.results_model import ResultsModel
from app.ui.search_panel import SearchPanel
from app.ui.services import DeskServices
from app.ui.workers import Latest

RESULT_LIMIT = 500


def lookup_record(services: DeskServices):  # type: ignore[no-untyped-def]
    """A function reading a record from the current index (None when absent)."""

    def lookup(service_id: str) -> ServiceRecord | None:
        index = services.index
        return index.get(service_id) if index is not None else None

    return lookup


def count_text(result: SearchResult, shown: int) -> str:
    if result.total == 0:
        return "Aucun service ne correspond. Essayez moins de mots ou moins de filtres."
    if result.total == 1:
        return "1 service trouvé."
    if shown < result.total:
        return f"{result.total} services trouvés ({shown} premiers affichés)."
    return f"{result.total} services trouvés."


class SearchController(QObject):
    selected = Signal(object)  # service id chosen in the results (or None)
    searched = Signal()  # results shown for the latest request

    def __init__(self, services: DeskServices, panel: SearchPanel, filters: FilterPanel) -> None:
        super().__init__(panel)
        self.services = services
        self.panel = panel
        self.filters = filters
        self.model = ResultsModel(lookup_record(services), panel)
        panel.set_model(self.model)
        panel.set_sort_code(services.settings.sort)
        filters.max_distance.setValue(services.settings.max_distance_km)
        self._latest = Latest(services.tasks, "lookup")
        panel.field.textChanged.connect(self.refresh)
        panel.sort.currentIndexChanged.connect(self._sort_changed)
        filters.changed.connect(self.refresh)
        filters.max_distance.valueChanged.connect(self._distance_changed)
        services.index_ready.connect(self.refresh)
        services.catalogue_changed.connect(self._catalogue_changed)
        panel.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selected.emit(self.selected_id())
        )

    def current_filters(self) -> SearchFilters:
        f = self.filters
        commune = f.commune.code()
        distance = f.max_distance.value()
        return SearchFilters(
            thematiques=frozenset(f.themes.codes()),
            publics=frozenset(f.publics.codes()),
            frais=frozenset(f.frais.codes()),
            modes_accueil=frozenset(f.modes.codes()),
            families=frozenset(f.families.codes()),
            open_on=f.open_day(),
            commune=commune,
            max_distance_km=float(distance) if commune and distance else None,
            include_archived=f.archived.isChecked(),
        )

    def refresh(self) -> None:
        index = self.services.index
        if index is None:
            return
        text = self.panel.field.text()
        filters = self.current_filters()
        sort = self.panel.sort_code()
        self._latest.request(lambda: index.search(text, filters, RESULT_LIMIT, sort), self._show)

    @property
    def idle(self) -> bool:
        return self._latest.idle

    def _show(self, result: SearchResult) -> None:
        previous = self.selected_id()
        self.model.set_hits(result.hits)
        # distances only mean something from a commune
        self.panel.table.setColumnHidden(3, self.filters.commune.code() is None)
        self.panel.count.setText(count_text(result, len(result.hits)))
        row = self.model.row_of(previous) if previous else None
        if row is not None:
            self.panel.select_row(row)
        elif previous:
            self.selected.emit(None)
        self.searched.emit()

    def selected_id(self) -> str | None:
        row = self.panel.selected_row()
        return self.model.service_id(row) if row is not None else None

    def _sort_changed(self) -> None:
        self.services.settings.sort = self.panel.sort_code()
        self.refresh()

    def _distance_changed(self, value: int) -> None:
        if value:
            self.services.settings.max_distance_km = value

    def _catalogue_changed(self, service_ids: list[str]) -> None:
        self.model.forget(service_ids)
        self.refresh()

    def clear(self) -> None:
        """New visitor: empty search, default filters, nothing selected."""
        self.model.set_hits([])
        self.panel.field.clear()
        self.filters.clear()
