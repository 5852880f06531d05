"""Sizes, colours and line length of the sheet (pure numbers, checked by the tests).

Body text is 14 pt (18 pt in large print), titles 18 pt or more; lines hold at most about
70 characters, so the text column is narrower than the page at 14 pt. Colours are dark on
white, each pair at least 4.5:1 (WCAG), and mean nothing by themselves: steps have numbers
and words, boxes have borders.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_CHARS_PER_LINE = 70
# Measured on plain French; 64 average characters leave room for lines of narrow letters.
TARGET_CHARS_PER_LINE = 64
PAGE_MARGIN_PT = 1.5 * 72 / 2.54  # 1.5 cm
# the side column (QR codes) is used when the text column leaves at least this much
MIN_SIDE_COLUMN_PT = 4.0 * 72 / 2.54
BOTTOM_MARGIN_PT = 2.6 * 72 / 2.54  # room for the page number
MIN_CONTRAST = 4.5

PALETTE: dict[str, str] = {
    "text": "#1A1A1A",
    "accent": "#1B3A5C",  # dark blue: step titles, rules, borders
    "tint": "#EEF2F6",  # light background of the appointment and "what I say" boxes
    "paper": "#FFFFFF",
}
# (text colour, background) pairs used on the sheet
COLOUR_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "paper"),
    ("accent", "paper"),
    ("text", "tint"),
    ("accent", "tint"),
)


@dataclass(frozen=True)
class SheetStyle:
    body: float  # pt
    title: float  # step titles
    heading: float  # the sheet's title
    leading_factor: float = 1.3

    @property
    def leading(self) -> float:
        return round(self.body * self.leading_factor, 1)

    @property
    def title_leading(self) -> float:
        return round(self.title * 1.25, 1)

    @property
    def heading_leading(self) -> float:
        return round(self.heading * 1.2, 1)


def sheet_style(large: bool = False) -> SheetStyle:
    return (
        SheetStyle(body=18.0, title=24.0, heading=30.0)
        if large
        else SheetStyle(body=14.0, title=18.0, heading=24.0)
    )


def text_width(average_char_em: float, body_size: float, available: float) -> float:
    """Width of the text column: about TARGET_CHARS_PER_LINE characters, within the page."""
    return min(available, TARGET_CHARS_PER_LINE * average_char_em * body_size)


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    text = hex_colour.lstrip("#")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio between two '#RRGGBB' colours (1 to 21)."""
    a, b = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def grey_level(hex_colour: str) -> float:
    """Luminance as a printer in greyscale sees it (0 black, 1 white)."""
    return relative_luminance(hex_colour)
