"""What the controllers share: the database, the executors, the search index, the settings.

Widgets never receive this object; controllers do, and hand views only what they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.search import CatalogueIndex
from app.core.storage import Database
from app.ui.settings import DeskSettings, SettingsStore
from app.ui.workers import TaskRunner


class DeskServices(QObject):
    index_ready = Signal()  # the index was built (start-up) or rebuilt (after an import)
    catalogue_changed = Signal(list)  # ids of services changed by an edit or an archive

    def __init__(self, db: Database, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.store = store
        self.settings: DeskSettings = store.load()
        self.tasks = TaskRunner(self)
        self.index: CatalogueIndex | None = None
        self.sample = False  # the sample catalogue is loaded

    def set_index(self, index: CatalogueIndex) -> None:
        self.index = index
        self.index_ready.emit()

    def save_settings(self) -> None:
        self.store.save(self.settings)
