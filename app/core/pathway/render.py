"""Lay a ``Sheet`` out on A4 pages with ReportLab.

Page 1 is the visitor's summary: header, the steps with their appointments, and "À retenir"
(counsellor's contact, next appointment, privacy notice). Then one numbered block per step,
kept on one page when it fits (``KeepTogether``); a longer step is split between its sections
and the next page says "Étape 2 (suite)". "Page 1 sur 2" is at the foot of each page (a canvas
that knows the page count once the story is laid out). For a right-to-left sheet the text
column sits on the right and labels are right-aligned; the services' French texts stay
left-aligned.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
)

from app.core.errors import UserError
from app.core.pathway import arabic, fonts
from app.core.pathway.labels import is_rtl
from app.core.pathway.layout import Layout
from app.core.pathway.model import Pathway
from app.core.pathway.sheet import Sheet, build_sheet
from app.core.pathway.story import first_page, remember, step_sections
from app.core.pathway.style import (
    BOTTOM_MARGIN_PT,
    MIN_SIDE_COLUMN_PT,
    PAGE_MARGIN_PT,
    PALETTE,
    SheetStyle,
    sheet_style,
    text_width,
)
from app.core.storage import Database


def _draw_line(
    canvas: Canvas,
    text: str,
    size: float,
    *,
    left: float,
    right: float,
    y: float,
    rtl: bool,
    at_left: bool,
    bold: bool = False,
) -> None:
    """One line of the sheet's language on the canvas, against the left or the right edge."""
    if rtl:
        arabic_font = fonts.ARABIC_BOLD if bold else fonts.ARABIC
        latin_font = fonts.LATIN_BOLD if bold else fonts.LATIN
        visual = arabic.visual(arabic.shape(text))
        runs = arabic.font_runs(visual, arabic_font, latin_font, fonts.has_glyph)
    else:
        runs = [(text, fonts.LATIN_BOLD if bold else fonts.LATIN)]
    width = sum(fonts.string_width(run, font, size) for run, font in runs)
    x = left if at_left else right - width
    for run, font in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += fonts.string_width(run, font, size)


class _StepMarker(Flowable):
    """Takes no room; records which step the flow is in, for the '(suite)' line at the top of a
    page that continues a step."""

    def __init__(self, state: dict[str, int | None], number: int | None) -> None:
        super().__init__()
        self.state = state
        self.number = number

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state["step"] = self.number


def _continued_line(
    sheet: Sheet, style: SheetStyle, state: dict[str, int | None], left: float, right: float
):
    """onPage callback: 'Étape 2 (suite)' above the frame when a step goes on from the page
    before."""
    rtl = is_rtl(sheet.lang)

    def on_page(canvas: Canvas, doc: Any) -> None:
        number = state.get("step")
        if number is None:
            return
        canvas.saveState()
        canvas.setFillColor(HexColor(PALETTE["accent"]))
        y = A4[1] - PAGE_MARGIN_PT + style.body * 0.2
        _draw_line(
            canvas,
            sheet.label("step_continued", n=number),
            style.body,
            left=left,
            right=right,
            y=y,
            rtl=rtl,
            at_left=not rtl,
            bold=True,
        )
        canvas.restoreState()

    return on_page


def _canvas_maker(sheet: Sheet, style: SheetStyle, frame_left: float, frame_right: float):
    rtl = is_rtl(sheet.lang)

    class NumberedCanvas(Canvas):
        """Keeps each page until the end, then writes 'Page n sur N' on all of them."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # the canvas's first font is ours, not Helvetica (which would be named, not embedded)
            kwargs["initialFontName"] = fonts.LATIN
            kwargs["initialFontSize"] = style.body
            kwargs["initialLeading"] = style.leading
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, total: int) -> None:
            text = sheet.label("page", n=self._pageNumber, total=total)
            y = BOTTOM_MARGIN_PT * 0.45
            self.setStrokeColor(HexColor(PALETTE["accent"]))
            self.setLineWidth(1)
            self.line(frame_left, y + style.body * 1.3, frame_right, y + style.body * 1.3)
            self.setFillColor(HexColor(PALETTE["text"]))
            _draw_line(
                self,
                text,
                style.body,
                left=frame_left,
                right=frame_right,
                y=y,
                rtl=rtl,
                at_left=rtl,
            )

    return NumberedCanvas


def sheet_pdf_bytes(sheet: Sheet) -> bytes:
    """The sheet as a PDF document (A4, fonts embedded)."""
    fonts.register_fonts()
    style = sheet_style(sheet.large)
    page_width, _ = A4
    frame_padding = 6.0  # ReportLab's frame padding, each side
    available = page_width - 2 * PAGE_MARGIN_PT - 2 * frame_padding
    column = text_width(fonts.average_char_width(fonts.LATIN), style.body, available)
    side = available - column if available - column >= MIN_SIDE_COLUMN_PT else 0.0
    column = available - side
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=PAGE_MARGIN_PT,
        rightMargin=PAGE_MARGIN_PT,
        topMargin=PAGE_MARGIN_PT,
        bottomMargin=BOTTOM_MARGIN_PT,
        title=f"{sheet.title} — {sheet.organisation}",
        author=sheet.organisation,
        creator="Passerelle",
        lang={"fr": "fr-FR", "en": "en", "es": "es", "ar": "ar"}[sheet.lang],
    )
    layout = Layout(sheet, style, column, side)
    # The first page is the visitor's summary: steps and appointments, then what to remember
    # (counsellor, next appointment, privacy); the steps follow, one block each.
    story: list[Flowable] = [*first_page(layout), KeepTogether(remember(layout))]
    state: dict[str, int | None] = {"step": None}
    for block in sheet.blocks:
        sections: list[Flowable] = [KeepTogether(s) for s in step_sections(layout, block)]
        story.append(KeepTogether(
            [_StepMarker(state, block.number), *sections, _StepMarker(state, None)]
        ))  # fmt: skip
    left = PAGE_MARGIN_PT + frame_padding
    on_page = _continued_line(sheet, style, state, left, left + available)
    doc.build(
        story,
        onFirstPage=on_page,
        onLaterPages=on_page,
        canvasmaker=_canvas_maker(sheet, style, left, left + available),
    )
    return buffer.getvalue()


def write_file_atomically(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write ``data`` to ``path`` through a temporary file renamed at the end, so that a
    failure never leaves a half-written or stale sheet."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise UserError(f"Le dossier « {directory} » n'existe pas : choisissez un autre endroit.")
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
        os.chmod(temp_name, 0o644)  # mkstemp makes it private; a sheet is an ordinary file
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise UserError(
            f"Impossible d'écrire la fiche dans « {target} » ({exc.strerror})."
        ) from None
    return target


def page_count(data: bytes) -> int:
    """The number of pages of a PDF that ReportLab wrote."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def render_pdf(sheet: Sheet, out: str | os.PathLike[str] | IO[bytes]) -> int:
    """Render ``sheet`` to a file path (written atomically) or to a binary file object;
    returns the number of pages."""
    data = sheet_pdf_bytes(sheet)
    if hasattr(out, "write"):
        out.write(data)  # type: ignore[union-attr]
    else:
        write_file_atomically(data, out)  # type: ignore[arg-type]
    return page_count(data)


def make_sheet_pdf(
    db: Database, pathway: Pathway, out: str | os.PathLike[str] | IO[bytes], **options: Any
) -> int:
    """Build the sheet of ``pathway`` from the catalogue and write it to ``out``; returns the
    number of pages.

    ``options`` are those of ``build_sheet`` (first_name, lang, large, today). Nothing is
    written when the pathway names an unknown service."""
    with db.session() as session:
        sheet = build_sheet(session, pathway, **options)
    return render_pdf(sheet, out)
