"""A visitor's pathway and its printed sheet.

- ``model``: ``PathwayStep``, ``Pathway``, ``pathway_from_dict`` / ``pathway_to_dict`` (JSON).
- ``sheet``: ``build_sheet`` → ``Sheet`` (what to print, testable without a PDF), helped by
  ``wording`` (plain French sentences), ``glossary`` (initials), ``dates`` and ``labels``.
- ``render``: ``render_pdf(sheet, out)`` and ``make_sheet_pdf(db, pathway, out, **options)``,
  with ReportLab: ``story`` (the flowables: first page, step sections), ``layout`` (styles,
  text column), ``flowables`` (right-to-left text, checkbox, QR code), ``fonts``, ``arabic``
  (shaping and bidi), ``style`` (sizes, colours, contrast). ``bench`` times it.

``render_pdf`` and ``make_sheet_pdf`` are loaded on first use, so that importing this package
(as the window does at start-up) does not import ReportLab.
"""

from __future__ import annotations

from typing import Any

from app.core.pathway.labels import LANGUAGES, is_rtl
from app.core.pathway.model import (
    Pathway,
    PathwayStep,
    load_pathway,
    pathway_from_dict,
    pathway_to_dict,
)
from app.core.pathway.sheet import Sheet, SheetBlock, build_sheet

__all__ = [
    "LANGUAGES",
    "Pathway",
    "PathwayStep",
    "Sheet",
    "SheetBlock",
    "build_sheet",
    "is_rtl",
    "load_pathway",
    "make_sheet_pdf",
    "pathway_from_dict",
    "pathway_to_dict",
    "render_pdf",
]

_LAZY = {"render_pdf", "make_sheet_pdf", "sheet_pdf_bytes"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from app.core.pathway import render

        return getattr(render, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
