"""Import and export of the catalogue (data·inclusion JSON and CSV, XLSX/CSV spreadsheets).

- ``importer.import_files(db, paths, fmt=, mapping=, skip_invalid=, progress=)`` → ``ImportReport``
- ``exporter.export_catalogue(db, path, fmt, progress=)`` → ``ExportResult``
- ``report``: ``ImportReport`` and ``ImportProblem`` (French, with ``as_text`` and ``to_csv``)
- readers and writers by format: ``di_json``, ``di_csv``, ``spreadsheet``; column mapping in
  ``mapping``; value reading in ``fields``; row checks in ``validation``.
Heavy libraries (pandas, openpyxl, the data·inclusion schema) load only when used.
"""

from __future__ import annotations

from app.core.io.exporter import EXPORT_FORMATS, ExportResult, export_catalogue
from app.core.io.importer import FORMATS, import_files
from app.core.io.report import ImportProblem, ImportReport

__all__ = [
    "EXPORT_FORMATS",
    "FORMATS",
    "ExportResult",
    "ImportProblem",
    "ImportReport",
    "export_catalogue",
    "import_files",
]
