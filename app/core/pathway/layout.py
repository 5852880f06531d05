"""Paragraph styles and small layout helpers of the sheet (ReportLab).

``Layout`` holds the styles of one sheet and knows its text column: about 64 average characters
wide (never more than 70 a line), on the left, or on the right for a right-to-left sheet, with
the rest of the page (``side``) for the QR codes. ``markup`` turns a text into paragraph markup
(escaped, printable, Arabic words shaped).
"""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Table, TableStyle

from app.core.pathway import arabic, fonts
from app.core.pathway.flowables import BidiText, CheckBox
from app.core.pathway.labels import is_rtl
from app.core.pathway.sheet import Sheet
from app.core.pathway.style import PALETTE, SheetStyle

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


class Layout:
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


def box(layout: Layout, content: list[Flowable], width: float, *, tint: bool) -> Table:
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


def checklist(layout: Layout, documents: tuple[str, ...]) -> Table:
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
