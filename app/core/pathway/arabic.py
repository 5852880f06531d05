"""Arabic text for ReportLab: shaping, right-to-left order, and one font per script run.

ReportLab 4/5 shapes and reorders only with ``uharfbuzz`` and ReportLab's own ``rlbidi``
(not on PyPI). We shape with ``arabic-reshaper`` (letters → their joined presentation forms,
in logical order) and reorder with ``python-bidi`` (Unicode bidirectional algorithm, one line at
a time, after wrapping), then draw each run with a font that has its glyphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def is_arabic_char(char: str) -> bool:
    return _ARABIC.match(char) is not None


def contains_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


@lru_cache(maxsize=2048)
def shape(text: str) -> str:
    """Arabic letters replaced by their contextual forms (still in logical order)."""
    import arabic_reshaper

    return arabic_reshaper.reshape(text)


_MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«"}


def _strong_is_latin(text: str, index: int, step: int) -> bool | None:
    """Whether the nearest letter before (step -1) or after (step 1) ``index`` is Latin."""
    index += step
    while 0 <= index < len(text):
        char = text[index]
        if char.isalpha():
            return not is_arabic_char(char)
        index += step
    return None


def mirror_brackets(line: str) -> str:
    """Swap brackets and guillemets that sit in right-to-left text (rule L4 of the bidi
    algorithm, which python-bidi does not apply): '(' drawn in Arabic text faces the other way."""
    chars = list(line)
    for index, char in enumerate(chars):
        if char in _MIRROR:
            before = _strong_is_latin(line, index, -1)
            after = _strong_is_latin(line, index, 1)
            if not (before and after):
                chars[index] = _MIRROR[char]
    return "".join(chars)


@lru_cache(maxsize=2048)
def visual(line: str) -> str:
    """One line in display order (left to right on the page), the paragraph being RTL."""
    from bidi import get_display

    return get_display(mirror_brackets(line), base_dir="R")


@lru_cache(maxsize=2048)
def visual_ltr(line: str) -> str:
    """One line in display order, the paragraph being left to right (French text with an
    Arabic word in it, such as a first name)."""
    from bidi import get_display

    return get_display(line, base_dir="L")


@lru_cache(maxsize=4096)
def font_runs(
    text: str, arabic_font: str, latin_font: str, has_glyph: Callable[[str, str], bool]
) -> tuple[tuple[str, str], ...]:
    """Split ``text`` into (text, font) runs: Arabic letters in the Arabic font; neutral
    characters (spaces, digits, punctuation) stay in the current font when it has them; any
    other character in the Latin font."""
    runs: list[tuple[str, str]] = []
    current: str | None = None
    buffer: list[str] = []
    for char in text:
        if is_arabic_char(char):
            font = arabic_font
        elif current is not None and not char.isalpha() and has_glyph(current, char):
            font = current
        elif has_glyph(latin_font, char) or not has_glyph(arabic_font, char):
            font = latin_font
        else:
            font = arabic_font
        if font != current and buffer:
            runs.append(("".join(buffer), current or font))
            buffer = []
        current = font
        buffer.append(char)
    if buffer:
        runs.append(("".join(buffer), current or latin_font))
    return tuple(runs)
