"""The in-memory catalogue the desk works on: the search index, ready for matching."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.jobs import Progress
    from app.core.search import CatalogueIndex
    from app.core.storage import Database


def load_index(db: Database, progress: Progress | None = None) -> CatalogueIndex:
    """Build the search index from the database and prepare every service's matching facts,
    so that the first match of the day is as quick as the others (the window at start-up and
    after an import, and the ``match`` command, all load it this way)."""
    from app.core.matching import warm
    from app.core.search import CatalogueIndex

    index = CatalogueIndex.from_database(db, progress)
    warm(index)
    return index
