"""The sheet's fonts: registered once with ReportLab, embedded as subsets in every PDF.

Atkinson Hyperlegible (Latin: every French and Spanish letter) for all text, Noto Sans Arabic
for Arabic labels. Both ship in resources/fonts with their licence (see its README.md).
"""

from __future__ import annotations

from functools import cache

from app.core.errors import UserError
from app.core.paths import FONTS_DIR

LATIN = "AtkinsonHyperlegible"
LATIN_BOLD = "AtkinsonHyperlegible-Bold"
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"

FONT_FILES: dict[str, str] = {
    LATIN: "AtkinsonHyperlegible-Regular.ttf",
    LATIN_BOLD: "AtkinsonHyperlegible-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}

# A plain French sample, to measure the average width of a character (for ≤ 70 characters a line).
_FRENCH_SAMPLE = (
    "Bonjour, je viens de la part de la Maison des compétences pour l'atelier. "
    "Du lundi au vendredi : de 9 h à 12 h et de 14 h à 17 h. Fermé les jours fériés. "
    "Pièce d'identité, justificatif de domicile, attestation de France Travail."
)


@cache
def register_fonts() -> None:
    """Register the four fonts and the Latin family (so that <b> picks the bold face)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file_name in FONT_FILES.items():
        path = FONTS_DIR / file_name
        if not path.is_file():
            raise UserError(
                f"Police de caractères manquante : {path}. Réinstallez Passerelle pour l'imprimer."
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD
    )
    pdfmetrics.registerFontFamily(
        ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD
    )


@cache
def _glyphs(font_name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def has_glyph(font_name: str, char: str) -> bool:
    return ord(char) in _glyphs(font_name)


def string_width(text: str, font_name: str, size: float) -> float:
    """Width of ``text`` in points (the fonts must be registered: ``register_fonts``)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font_name, size)


@cache
def average_char_width(font_name: str = LATIN) -> float:
    """Average width of a character of plain French text, in ems."""
    register_fonts()
    return string_width(_FRENCH_SAMPLE, font_name, 1.0) / len(_FRENCH_SAMPLE)


def printable(text: str, font_name: str = LATIN) -> str:
    """The text without the characters the font cannot draw (emoji, rare symbols), which would
    print as empty boxes."""
    glyphs = _glyphs(font_name)
    return "".join(c for c in text if ord(c) in glyphs or c in "\n\t")
