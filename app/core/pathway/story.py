"""The flowables of the sheet: the first page (header, steps, what to remember) and one block
per step, made of sections that stay with their heading."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.core.pathway.flowables import QrCode
from app.core.pathway.layout import NB, QR_SIDE_CM, Layout, box, checklist, markup
from app.core.pathway.sheet import SheetBlock
from app.core.pathway.style import PALETTE


def qr_side(layout: Layout, block: SheetBlock) -> list[Flowable]:
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


def step_head(layout: Layout, block: SheetBlock, cell: bool) -> list[Flowable]:
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
        out += [Spacer(1, st.leading * 0.35), box(layout, inner, width, tint=True)]
    return out


def step_sections(layout: Layout, block: SheetBlock) -> list[list[Flowable]]:
    """The step as sections (a heading and what it introduces), each kept on one page when a
    step longer than a page has to be split."""
    st = layout.style
    head: list[Flowable] = [layout.rule()]
    if block.qr_payload and layout.side > 0:
        gap = st.body
        cells: list[Any] = [step_head(layout, block, cell=True), qr_side(layout, block)]
        widths = [layout.column, layout.side]
        padding = ("LEFTPADDING", (1, 0), (1, 0), gap)
        if layout.rtl:
            cells.reverse()
            widths.reverse()
            padding = ("RIGHTPADDING", (0, 0), (0, 0), gap)
        head.append(layout.table([cells], widths, [("VALIGN", (0, 0), (-1, -1), "TOP"), padding]))
    else:
        head += step_head(layout, block, cell=False)
    where: list[Flowable] = [layout.label("where")]
    for index, line in enumerate(block.where):  # the place's name in bold
        bold = index == 0 and not block.remote_only and len(block.where) > 1
        where.append(layout.para(line, "bold" if bold else "value"))
    if block.tango:
        where.append(layout.para(block.tango, "value"))
    when: list[Flowable] = [layout.label("when")]
    for line in block.when:
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
            checklist(layout, block.documents),
        ]
    arrival = [
        layout.label("arrival"),
        Spacer(1, st.body * 0.2),
        box(
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
        qr = [Spacer(1, st.leading * 0.4), *qr_side(layout, block)]
    sections = [head, where, when, contact, documents, arrival, cost, words, qr]
    return [section for section in sections if section]


def first_page(layout: Layout) -> list[Flowable]:
    sheet, st = layout.sheet, layout.style
    out: list[Flowable] = [
        layout.para(sheet.organisation, "bold"),
        layout.fixed(sheet.title, "heading", colour=PALETTE["accent"]),
        Spacer(1, st.leading * 0.3),
    ]
    if sheet.sample_notice:
        out += [
            box(
                layout,
                [layout.fixed(sheet.sample_notice, "bold", cell=True)],
                layout.column,
                tint=False,
            ),
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


def remember(layout: Layout) -> list[Flowable]:
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
        box(layout, [layout.fixed(sheet.privacy, "bold", cell=True)], layout.column, tint=False),
    ]
    return out
