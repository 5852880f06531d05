"""Wires the visitor's profile to the matching engine, the matches and "pourquoi pas ?".

Each change of the profile is checked by the core (``parse_profile``) and matched on the
lookup worker (coalesced: the newest profile wins). The counsellor's pins, hidden services
and moves (``Curation``) are applied to every new ranking.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.desk.curation import Curation
from app.core.errors import UserError
from app.core.matching import Match, MatchResult, Profile, match_profile, parse_profile
from app.ui.matches_model import ExcludedModel, MatchesModel, MatchRow
from app.ui.matches_view import ExcludedView, MatchesView
from app.ui.profile_panel import ProfilePanel
from app.ui.search_controller import lookup_record
from app.ui.services import DeskServices
from app.ui.workers import Latest

MATCH_LIMIT = 300
MATCHES, EXCLUDED = "matches", "excluded"
DEBOUNCE_MS = 120


class VisitorController(QObject):
    # which list (MATCHES or EXCLUDED), the service id and its criteria (or None, None)
    selected = Signal(str, object, object)
    matched = Signal()  # matches shown for the latest profile

    def __init__(
        self,
        services: DeskServices,
        profile: ProfilePanel,
        matches: MatchesView,
        excluded: ExcludedView,
    ) -> None:
        super().__init__(profile)
        self.services = services
        self.profile_panel = profile
        self.matches_view = matches
        self.excluded_view = excluded
        lookup = lookup_record(services)
        self.matches_model = MatchesModel(lookup, matches)
        self.excluded_model = ExcludedModel(lookup, excluded)
        matches.set_model(self.matches_model)
        excluded.set_model(self.excluded_model)
        self.curation = Curation()
        self.result: MatchResult | None = None
        self.profile: Profile | None = None
        self._latest = Latest(services.tasks, "lookup")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.rematch)

        profile.changed.connect(self._timer.start)
        profile.show_matches.clicked.connect(self.rematch)
        services.index_ready.connect(self.rematch)
        services.catalogue_changed.connect(lambda _ids: self.rematch())
        matches.pin.clicked.connect(self.toggle_pin)
        matches.hide.clicked.connect(self.toggle_hidden)
        matches.up.clicked.connect(lambda: self.move(-1))
        matches.down.clicked.connect(lambda: self.move(1))
        matches.show_hidden.toggled.connect(lambda _checked: self._arrange())
        matches.table.selectionModel().selectionChanged.connect(
            lambda *_: self._chosen(MATCHES, self._selected(self.matches_model, matches))
        )
        excluded.table.selectionModel().selectionChanged.connect(
            lambda *_: self._chosen(EXCLUDED, self._selected(self.excluded_model, excluded))
        )
        self._show_empty()

    # ---------------------------------------------------------------- matching

    def profile_data(self) -> dict[str, Any]:
        return self.profile_panel.profile_data()

    def rematch(self) -> None:
        self._timer.stop()
        panel = self.profile_panel
        if panel.commune_typed_but_unknown():
            self._error("Commune : choisissez une commune dans la liste (nom ou code postal).")
        else:
            panel.error.hide()
        data = panel.profile_data()
        try:
            profile = parse_profile(data)
        except UserError as error:
            self._error(str(error))
            return
        self.profile = profile if data else None
        index = self.services.index
        if not data:
            self._latest.drop()
            self.result = None
            self._show_empty()
            self.matched.emit()
            return
        if index is None:
            return
        self._latest.request(
            lambda: match_profile(index, profile, limit=MATCH_LIMIT, with_excluded=True),
            self._show,
            self._failed,
        )

    @property
    def idle(self) -> bool:
        return self._latest.idle and not self._timer.isActive()

    def _error(self, text: str) -> None:
        self.profile_panel.error.setText(f"⚠ {text}")
        self.profile_panel.error.show()

    def _failed(self, error: BaseException) -> None:
        self._error(
            str(error)
            if isinstance(error, UserError)
            else "Les correspondances n'ont pas pu être calculées."
        )

    def _show(self, result: MatchResult) -> None:
        self.result = result
        self._arrange()
        self.excluded_model.set_matches(result.excluded)
        shown = len(result.matches)
        more = f" ({shown} premiers affichés)" if shown < result.total else ""
        self.matches_view.summary.setText(
            f"{result.total} service{'s' if result.total != 1 else ''} adapté"
            f"{'s' if result.total != 1 else ''}{more}. Épinglez, masquez ou déplacez "
            "pour ce visiteur ; « Pourquoi pas ? » montre les services écartés."
        )
        self.excluded_view.summary.setText(
            f"{result.total_excluded} service{'s' if result.total_excluded != 1 else ''} proche"
            f"{'s' if result.total_excluded != 1 else ''} écarté"
            f"{'s' if result.total_excluded != 1 else ''} par les règles, avec leurs raisons "
            "(✗). Le conseiller peut l'ajouter quand même."
        )
        self.matched.emit()

    def _show_empty(self) -> None:
        self.matches_model.set_rows([])
        self.excluded_model.set_matches([])
        self.matches_view.summary.setText(
            "Remplissez le profil du visiteur (âge, commune, besoins…) pour voir les "
            "services adaptés."
        )
        self.excluded_view.summary.setText(
            "Les services proches que les règles écartent apparaissent ici, avec leurs raisons."
        )

    # ---------------------------------------------------------------- curation

    def _by_id(self) -> dict[str, Match]:
        return {m.service_id: m for m in self.result.matches} if self.result else {}

    def _arrange(self, keep: str | None = None) -> None:
        keep = keep or self.selected_match_id()
        by_id = self._by_id()
        show_hidden = self.matches_view.show_hidden.isChecked()
        ids = self.curation.arrange(list(by_id), show_hidden=show_hidden)
        rows = [
            MatchRow(by_id[i], self.curation.is_pinned(i), self.curation.is_hidden(i)) for i in ids
        ]
        table = self.matches_view.table
        table.selectionModel().blockSignals(True)
        self.matches_model.set_rows(rows)
        row = self.matches_model.row_of(keep) if keep else None
        if row is not None:
            table.selectRow(row)
        table.selectionModel().blockSignals(False)
        self._chosen(MATCHES, self.matches_model.match_at(row) if row is not None else None)

    def shown_ids(self) -> list[str]:
        return [
            self.matches_model.service_id(r) or "" for r in range(self.matches_model.rowCount())
        ]

    def selected_match_id(self) -> str | None:
        row = self.matches_view.selected_row()
        return self.matches_model.service_id(row) if row is not None else None

    def selected_excluded_id(self) -> str | None:
        row = self.excluded_view.selected_row()
        return self.excluded_model.service_id(row) if row is not None else None

    def toggle_pin(self) -> None:
        service_id = self.selected_match_id()
        if service_id:
            self.curation.toggle_pin(service_id)
            self._arrange(service_id)

    def toggle_hidden(self) -> None:
        service_id = self.selected_match_id()
        if service_id:
            self.curation.toggle_hidden(service_id)
            self._arrange(service_id)

    def move(self, delta: int) -> None:
        service_id = self.selected_match_id()
        if service_id and self.curation.move(service_id, delta, self.shown_ids()):
            self._arrange(service_id)

    @staticmethod
    def _selected(
        model: MatchesModel | ExcludedModel, view: MatchesView | ExcludedView
    ) -> Match | None:
        row = view.selected_row()
        return model.match_at(row) if row is not None else None

    def _chosen(self, source: str, match: Match | None) -> None:
        if match is None:
            self.selected.emit(source, None, None)
        else:
            self.selected.emit(source, match.service_id, match.criteria)

    # ---------------------------------------------------------------- visitor

    def clear(self) -> None:
        """New visitor: forget the profile, the matches and the counsellor's choices."""
        self._latest.drop()
        self._timer.stop()
        self.curation.clear()
        self.result = None
        self.profile = None
        self.matches_view.show_hidden.setChecked(False)
        self.profile_panel.clear()
        self._timer.stop()
        self.profile_panel.error.hide()
        self._show_empty()
