"""Fills the detail pane with the chosen service (read on the database worker)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from app.core.desk.details import ServiceDetails, service_details
from app.core.errors import UserError
from app.core.matching import Criterion
from app.ui.detail_pane import DetailPane
from app.ui.services import DeskServices
from app.ui.workers import Latest


class DetailController(QObject):
    def __init__(
        self, services: DeskServices, pane: DetailPane, origin: Callable[[], str | None]
    ) -> None:
        super().__init__(pane)
        self.services = services
        self.pane = pane
        self._origin = origin  # the commune distances are measured from
        self._latest = Latest(services.tasks, "database")
        self.service_id: str | None = None
        self._criteria: Sequence[Criterion] | None = None

    def show(self, service_id: str | None, criteria: Sequence[Criterion] | None = None) -> None:
        self.service_id = service_id
        self._criteria = criteria
        if service_id is None:
            self._latest.drop()
            self.pane.show_message("Choisissez un service pour voir sa fiche complète.")
            return
        db, index, commune = self.services.db, self.services.index, self._origin()
        distance = (
            index.distance_km(service_id, commune)
            if index is not None and commune and service_id in index
            else None
        )

        def read() -> ServiceDetails:
            with db.session() as session:
                return service_details(session, service_id, commune=commune, distance_km=distance)

        self._latest.request(read, self._shown, self._failed)

    def reload(self) -> None:
        if self.service_id is not None:
            self.show(self.service_id, self._criteria)

    @property
    def idle(self) -> bool:
        return self._latest.idle

    def _shown(self, details: ServiceDetails) -> None:
        self.pane.show_details(details, self._criteria)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.pane.show_message(str(error))
        else:
            self.pane.show_message("La fiche de ce service n'a pas pu être lue.")

    def clear(self) -> None:
        self.show(None)
