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
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.core.errors import UserError
from app.core.pathway import arabic, fonts
from app.core.pathway.flowables import BidiText, CheckBox, QrCode
from app.core.pathway.labels import is_rtl
from app.core.pathway.model import Pathway
from app.core.pathway.sheet import Sheet, SheetBlock, build_sheet
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

NB = "\u00a0"
QR_SIDE_CM = {False: 2.8, True: 3.4}
_STYLE_NAMES = ("body", "value", "bold", "label", "title", "heading")


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for a left-to-right text: escaped, without the characters the fonts
    lack, and with any Arabic words (a first name, a service's name) shaped, put in display
    order and set in the Arabic font."""
    if not arabic.contains_arabic(text):
        return escape(fonts.printable(text))
    arabic_font = fonts.ARABIC_BOLD if bold else fonts.ARABIC
    latin_font = fonts.LATIN_BOLD if bold else fonts.LATIN
    line = arabic.visual_ltr(arabic.shape(text))
    parts = []
    for run, font in arabic.font_runs(line, arabic_font, latin_font, fonts.has_glyph):
        text_run = escape(fonts.printable(run, font))
        parts.append(text_run if font == latin_font else f'<font name="{font}">{text_run}</font>')
    return "".join(parts)


class _Layout:
    """Paragraph styles and helpers for one sheet.

    The frame spans the page; the text column (``column`` points, about 64 average characters)
    is on the left, or on the right for a right-to-left sheet, and the rest (``side``) holds the
    QR codes next to each step's title. In large print the column takes the whole width and the
    QR code comes at the end of the step."""

    def __init__(self, sheet: Sheet, style: SheetStyle, column: float, side: float) -> None:
        self.sheet = sheet
        self.style = style
        self.rtl = is_rtl(sheet.lang)
        self.column = column
        self.side = side
        self.align = "RIGHT" if self.rtl else "LEFT"
        text, accent = HexColor(PALETTE["text"]), HexColor(PALETTE["accent"])
        common: dict[str, Any] = {
            "fontName": fonts.LATIN,
            "fontSize": style.body,
            "leading": style.leading,
            "textColor": text,
            "alignment": TA_LEFT,
            "splitLongWords": True,
        }
        bold = {"fontName": fonts.LATIN_BOLD}
        variants: dict[str, dict[str, Any]] = {
            "body": {},
            "value": {},
            "bold": bold,
            "label": bold | {"textColor": accent, "spaceBefore": style.leading * 0.3},
            "title": bold | {"fontSize": style.title, "leading": style.title_leading},
            "heading": bold
            | {"fontSize": style.heading, "leading": style.heading_leading, "textColor": accent},
        }
        indent = {"leftIndent": side} if self.rtl else {"rightIndent": side}
        self._styles = {
            (name, cell): ParagraphStyle(
                f"{name}-{cell}", **common | variants[name] | ({} if cell else indent)
            )
            for name in _STYLE_NAMES
            for cell in (False, True)
        }

    def st(self, name: str, cell: bool = False) -> ParagraphStyle:
        return self._styles[(name, cell)]

    # --- texts -------------------------------------------------------------------------------
    def para(self, text: str, name: str = "body", *, cell: bool = False) -> Paragraph:
        style = self.st(name, cell)
        return Paragraph(markup(text, bold=style.fontName == fonts.LATIN_BOLD), style)

    def colon(self) -> str:
        return f"{NB}:" if self.sheet.lang == "fr" else ":"

    def with_colon(self, text: str) -> str:
        return text if text.endswith(("?", "؟", ":")) else text + self.colon()

    def fixed(
        self, text: str, name: str = "body", *, cell: bool = False, colour: str | None = None
    ) -> Flowable:
        """A fixed text of the sheet's language: right to left for Arabic."""
        style = self.st(name, cell)
        if self.rtl and arabic.contains_arabic(text):
            return BidiText(
                text,
                size=style.fontSize,
                leading=style.leading,
                bold=style.fontName == fonts.LATIN_BOLD,
                colour=colour or PALETTE["accent" if name == "label" else "text"],
                space_before=style.spaceBefore,
                inset=0.0 if cell else self.side,
            )
        return self.para(text, name, cell=cell)

    def label(self, key: str, **values: object) -> Flowable:
        return self.fixed(self.with_colon(self.sheet.label(key, **values)), "label")

    def inline(self, key: str, value: str, *, value_style: str = "value") -> list[Flowable]:
        """'Téléphone : 04 66 …' on one line (for Arabic: the label on the right, the French
        value right-aligned beside it, or below it when the label is long)."""
        if self.rtl:
            return self.rtl_row(
                self.with_colon(self.sheet.label(key)),
                value,
                self.column,
                label_style="label",
                value_style=value_style,
            )
        label = escape(self.with_colon(self.sheet.label(key)))
        markup_label = (
            f'<font name="{fonts.LATIN_BOLD}" color="{PALETTE["accent"]}">{label}</font> '
        )
        style = ParagraphStyle(
            "inline", parent=self.st(value_style), spaceBefore=self.style.leading * 0.3
        )
        return [
            Paragraph(markup_label + markup(value, bold=style.fontName == fonts.LATIN_BOLD), style)
        ]

    def rtl_row(
        self,
        label: str,
        value: str,
        width: float,
        *,
        label_style: str,
        value_style: str,
        cell: bool = False,
    ) -> list[Flowable]:
        style = self.st(label_style, True)
        text = BidiText(
            label,
            size=style.fontSize,
            leading=style.leading,
            bold=style.fontName == fonts.LATIN_BOLD,
            colour=PALETTE["accent" if label_style == "label" else "text"],
        )
        label_width = text.natural_width() + self.style.body * 0.5
        value_style_rtl = ParagraphStyle(
            "rtl-value", parent=self.st(value_style, True), alignment=TA_RIGHT
        )
        paragraph = Paragraph(markup(value), value_style_rtl)
        if label_width > width * 0.5:
            return [
                self.fixed(label, label_style, cell=cell),
                self.para(value, value_style, cell=cell),
            ]
        row = self.table(
            [[paragraph, text]],
            [width - label_width, label_width],
            [("VALIGN", (0, 0), (-1, -1), "TOP")],
        )
        row.spaceBefore = style.spaceBefore
        return [row]

    def in_french(self, value: str, width: float, *, cell: bool = False) -> list[Flowable]:
        """'En français : jeudi 3 décembre 2026 à 9 h 30' (for a sheet in another language)."""
        label = self.with_colon(self.sheet.label("in_french"))
        if self.rtl:
            return self.rtl_row(
                label, value, width, label_style="body", value_style="body", cell=cell
            )
        return [Paragraph(markup(f"{label} {value}"), self.st("body", cell))]

    def rule(self) -> HRFlowable:
        return HRFlowable(
            width=self.column + self.side,
            thickness=2.5,
            color=HexColor(PALETTE["accent"]),
            spaceBefore=self.style.leading * 0.6,
            spaceAfter=self.style.leading * 0.25,
            hAlign=self.align,
        )

    def table(self, rows: list[list[Any]], widths: list[float], commands: list[Any]) -> Table:
        table = Table(rows, colWidths=widths, hAlign=self.align)
        table.setStyle(TableStyle([
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            # cells hold flowables; this only replaces ReportLab's default cell font (Helvetica)
            ("FONT", (0, 0), (-1, -1), fonts.LATIN, self.style.body, self.style.leading),
            *commands,
        ]))  # fmt: skip
        return table


def _box(layout: _Layout, content: list[Flowable], width: float, *, tint: bool) -> Table:
    """Content in a bordered box (the border says 'important' without colour)."""
    pad = layout.style.body * 0.6
    commands = [
        ("BOX", (0, 0), (-1, -1), 1.5, HexColor(PALETTE["accent"])),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), layout.style.body * 0.3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), layout.style.body * 0.55),
    ]
    if tint:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), HexColor(PALETTE["tint"])))
    return layout.table([[content]], [width], commands)


def _checklist(layout: _Layout, documents: tuple[str, ...]) -> Table:
    side = layout.style.body * 0.9
    gap = layout.style.body * 0.6
    rows = [[CheckBox(side, PALETTE["text"]), layout.para(d, cell=True)] for d in documents]
    # lower the box onto the first line of its text
    drop = (layout.style.leading - side) / 2 + layout.style.body * 0.1
    return layout.table(rows, [side + gap, layout.column - side - gap], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (0, -1), drop),
        ("BOTTOMPADDING", (0, 0), (-1, -1), layout.style.body * 0.25),
    ])  # fmt: skip


def _qr_side(layout: _Layout, block: SheetBlock) -> list[Flowable]:
    """The QR code and what it does, for the side column (or the end of the step)."""
    side = QR_SIDE_CM[layout.sheet.large] * 72 / 2.54
    key = "qr_web" if block.qr_kind == "web" else "qr_phone"
    qr = QrCode(block.qr_payload or "", side, "#000000")
    qr.hAlign = layout.align
    return [
        qr,
        Spacer(1, layout.style.body * 0.3),
        layout.fixed(layout.sheet.label(key), cell=True),
    ]


def _head(layout: _Layout, block: SheetBlock, cell: bool) -> list[Flowable]:
    sheet, st = layout.sheet, layout.style
    width = layout.column
    out: list[Flowable] = []
    step = sheet.label("step", n=block.number)
    if layout.rtl:
        out.append(layout.fixed(step, "title", cell=cell, colour=PALETTE["accent"]))
        out.append(layout.para(block.title, "title", cell=cell))
    else:
        out.append(
            Paragraph(
                f'<font color="{PALETTE["accent"]}">{escape(step + layout.colon())}</font> '
                f"{markup(block.title, bold=True)}",
                layout.st("title", cell),
            )
        )
    out.append(layout.para(block.sentence, cell=cell))
    if block.description:
        out.append(layout.para(block.description, cell=cell))
    if block.appointment:
        inner: list[Flowable]
        label = sheet.label("appointment")
        if layout.rtl:
            inner = [layout.fixed(f"{label}: {block.appointment}", "bold", cell=True)]
        else:
            text = markup(f"{label}{layout.colon()} {block.appointment}", bold=True)
            inner = [Paragraph(text, layout.st("bold", True))]
        if block.appointment_fr:
            inner += layout.in_french(block.appointment_fr, width - 2 * st.body * 0.6, cell=True)
        out += [Spacer(1, st.leading * 0.35), _box(layout, inner, width, tint=True)]
    return out


def _block(layout: _Layout, block: SheetBlock) -> list[list[Flowable]]:
    """The step as sections (a heading and what it introduces), each kept on one page when a
    step longer than a page has to be split."""
    st = layout.style
    head: list[Flowable] = [layout.rule()]
    if block.qr_payload and layout.side > 0:
        gap = st.body
        cells: list[Any] = [_head(layout, block, cell=True), _qr_side(layout, block)]
        widths = [layout.column, layout.side]
        padding = ("LEFTPADDING", (1, 0), (1, 0), gap)
        if layout.rtl:
            cells.reverse()
            widths.reverse()
            padding = ("RIGHTPADDING", (0, 0), (0, 0), gap)
        head.append(layout.table([cells], widths, [("VALIGN", (0, 0), (-1, -1), "TOP"), padding]))
    else:
        head += _head(layout, block, cell=False)
    where: list[Flowable] = [layout.label("where")]
    if block.remote_only:
        where.append(layout.para("À distance : par téléphone ou sur internet.", "value"))
    elif not block.where:
        where.append(layout.para("Adresse non indiquée dans notre catalogue.", "value"))
    for index, line in enumerate(block.where):
        where.append(layout.para(line, "bold" if index == 0 else "value"))
    if block.tango:
        where.append(layout.para(block.tango, "value"))
    when: list[Flowable] = [layout.label("when")]
    for line in block.when or ("Horaires non indiqués dans notre catalogue.",):
        when.append(layout.para(line, "value"))
    contact: list[Flowable] = []
    if block.phone:
        contact += layout.inline("phone", block.phone)
    if block.web:
        contact += layout.inline("web", block.web)
    documents: list[Flowable] = []
    if block.documents:
        documents = [
            layout.label("documents"),
            Spacer(1, st.body * 0.2),
            _checklist(layout, block.documents),
        ]
    arrival = [
        layout.label("arrival"),
        Spacer(1, st.body * 0.2),
        _box(
            layout,
            [layout.para(f"«{NB}{block.arrival_phrase}{NB}»", cell=True)],
            layout.column,
            tint=True,
        ),
    ]
    cost = layout.inline("cost", block.cost)
    if block.note:
        cost += layout.inline("note", block.note)
    words: list[Flowable] = []
    if block.glossary:
        words = [layout.label("words")] + [layout.para(line, "value") for line in block.glossary]
    qr: list[Flowable] = []
    if block.qr_payload and layout.side == 0:
        qr = [Spacer(1, st.leading * 0.4), *_qr_side(layout, block)]
    sections = [head, where, when, contact, documents, arrival, cost, words, qr]
    return [section for section in sections if section]


def _header(layout: _Layout) -> list[Flowable]:
    sheet, st = layout.sheet, layout.style
    out: list[Flowable] = [
        layout.para(sheet.organisation, "bold"),
        layout.fixed(sheet.title, "heading", colour=PALETTE["accent"]),
        Spacer(1, st.leading * 0.3),
    ]
    if sheet.prepared_for:
        out.append(layout.fixed(sheet.prepared_for, "bold"))
    out.append(layout.fixed(sheet.date_line))
    out += [layout.fixed(line) for line in sheet.intro]
    out.append(layout.label("summary"))
    for block in sheet.blocks:
        title = f"{block.number}. {block.title}"
        if layout.rtl:  # the list reads from the right, like the dates under each title
            style = ParagraphStyle("summary-rtl", parent=layout.st("bold"), alignment=TA_RIGHT)
            out.append(Paragraph(markup(title, bold=True), style))
        else:
            out.append(layout.para(title, "bold"))
        if block.appointment:
            out.append(layout.fixed(block.appointment))
    return out


def _closing(layout: _Layout) -> list[Flowable]:
    sheet = layout.sheet
    out: list[Flowable] = [
        layout.rule(),
        layout.fixed(sheet.label("remember"), "title", colour=PALETTE["accent"]),
    ]
    if sheet.counsellor:
        out += layout.inline("counsellor", sheet.counsellor)
    if sheet.next_appointment:
        if layout.rtl:
            out += [layout.label("next_appointment"), layout.fixed(sheet.next_appointment, "bold")]
        else:
            out += layout.inline("next_appointment", sheet.next_appointment, value_style="bold")
        if sheet.next_appointment_fr:
            out += layout.in_french(sheet.next_appointment_fr, layout.column)
    out += [
        Spacer(1, layout.style.leading * 0.5),
        _box(layout, [layout.fixed(sheet.privacy, "bold", cell=True)], layout.column, tint=False),
    ]
    return out


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
    layout = _Layout(sheet, style, column, side)
    # The first page is the visitor's summary: steps and appointments, then what to remember
    # (counsellor, next appointment, privacy); the steps follow, one block each.
    story: list[Flowable] = [*_header(layout), KeepTogether(_closing(layout))]
    state: dict[str, int | None] = {"step": None}
    for block in sheet.blocks:
        sections: list[Flowable] = [KeepTogether(s) for s in _block(layout, block)]
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
