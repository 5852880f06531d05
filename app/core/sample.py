"""The sample catalogue shipped in db/sample (structures.json + services.json, data·inclusion v1).

At first start the default database is created empty; ``ensure_catalogue`` fills it with the
sample catalogue so that the window shows something real. Every sample row has the source
``SAMPLE_SOURCE``: that is how the window and the exports know the catalogue is the sample one
(``catalogue.is_sample_catalogue``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import paths
from app.core.errors import UserError
from app.core.jobs import Progress

if TYPE_CHECKING:
    from app.core.io.report import ImportReport

SAMPLE_SOURCE = "exemple-passerelle"


def sample_dir() -> Path:
    return paths.DB_DIR / "sample"


def sample_files(directory: Path | None = None) -> list[Path]:
    directory = directory or sample_dir()
    return [directory / "structures.json", directory / "services.json"]


def load_sample_catalogue(
    db: Any, progress: Progress | None = None, *, directory: Path | None = None
) -> ImportReport:
    """Import the sample catalogue into ``db``; returns the ``ImportReport``.

    The sample is ours: if it does not pass validation, that is a bug, reported in French.
    """
    from app.core.io.importer import import_files

    files = sample_files(directory)
    missing = [f for f in files if not f.exists()]
    if missing:
        raise UserError(
            "Le catalogue d'exemple est absent de cette installation ("
            + ", ".join(str(f) for f in missing)
            + ")."
        )
    report = import_files(db, files, fmt="di-json", progress=progress, backup=False)
    if not report.applied:
        raise UserError(
            "Le catalogue d'exemple livré avec Passerelle n'a pas pu être chargé :\n"
            + report.as_text(limit=20)
        )
    return report


def ensure_catalogue(
    db: Any, progress: Progress | None = None, *, directory: Path | None = None
) -> bool:
    """At first start (the database was just created and is empty), load the sample catalogue.

    Returns True when it was loaded. A missing sample leaves the new catalogue empty.
    """
    from app.core.catalogue import count_services

    if not db.created:
        return False
    with db.session() as session:
        if count_services(session):
            return False
    if not all(f.exists() for f in sample_files(directory)):
        return False
    load_sample_catalogue(db, progress, directory=directory)
    return True
