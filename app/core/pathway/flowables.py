"""ReportLab flowables the sheet needs and ReportLab lacks: right-to-left text, a drawn
checkbox, and a QR code drawn as filled squares (vector, sharp at any printer resolution).
Imported only by the renderer (ReportLab is heavy).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from app.core.pathway import arabic, fonts


class BidiText(Flowable):
    """A short right-to-left paragraph (Arabic labels, possibly with Latin words), wrapped on
    spaces, each line reordered for display and drawn right-aligned run by run."""

    def __init__(
        self,
        text: str,
        *,
        size: float,
        leading: float,
        bold: bool = False,
        colour: str = "#000000",
        space_before: float = 0.0,
        space_after: float = 0.0,
        inset: float = 0.0,
    ) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.leading = leading
        self.arabic_font = fonts.ARABIC_BOLD if bold else fonts.ARABIC
        self.latin_font = fonts.LATIN_BOLD if bold else fonts.LATIN
        self.colour = colour
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.inset = inset  # width kept free on the left (the sheet's side column)
        self._lines: list[str] = []

    def _runs(self, text: str) -> list[tuple[str, str]]:
        return arabic.font_runs(text, self.arabic_font, self.latin_font, fonts.has_glyph)

    def _width(self, text: str) -> float:
        return sum(fonts.string_width(t, f, self.size) for t, f in self._runs(text))

    def natural_width(self) -> float:
        """The width of the text on one line."""
        return self._width(arabic.shape(self.text))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines: list[str] = []
        current = ""
        for word in arabic.shape(self.text).split(" "):
            candidate = f"{current} {word}" if current else word
            if current and self._width(candidate) > avail_width - self.inset:
                lines.append(current)
                current = word
            else:
                current = candidate
        if current:
            lines.append(current)
        self._lines = [arabic.visual(line) for line in lines]
        self.width = avail_width
        self.height = self.leading * len(self._lines)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(HexColor(self.colour))
        for index, line in enumerate(self._lines):
            runs = self._runs(line)
            x = self.width - sum(fonts.string_width(t, f, self.size) for t, f in runs)
            y = self.height - index * self.leading - self.size
            for text, font in runs:
                canvas.setFont(font, self.size)
                canvas.drawString(x, y, text)
                x += fonts.string_width(text, font, self.size)


class CheckBox(Flowable):
    """An empty square to tick with a pen (drawn, not a font glyph that might be missing)."""

    def __init__(self, side: float, colour: str = "#000000", line_width: float = 1.3) -> None:
        super().__init__()
        self.side = side
        self.colour = colour
        self.line_width = line_width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        self.canv.setStrokeColor(HexColor(self.colour))
        self.canv.setLineWidth(self.line_width)
        inset = self.line_width / 2
        side = self.side - self.line_width
        self.canv.rect(inset, inset, side, side, stroke=1, fill=0)


@lru_cache(maxsize=256)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code's modules (True = dark), without the quiet zone: error correction level M
    (15 % of the code may be damaged or folded), smallest version, and the mask with the lowest
    penalty, as the standard asks. Encoded with ``segno`` (about 3 ms a code, where ``qrcode``
    takes 13 ms to try its masks)."""
    import segno

    code = segno.make_qr(payload, error="m", boost_error=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


class QrCode(Flowable):
    """A QR code of ``side`` points, quiet zone included (4 modules, as the standard asks)."""

    QUIET = 4

    def __init__(self, payload: str, side: float, colour: str = "#000000") -> None:
        super().__init__()
        self.payload = payload
        self.side = side
        self.colour = colour

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        matrix = qr_matrix(self.payload)
        count = len(matrix)
        module = self.side / (count + 2 * self.QUIET)
        origin = self.QUIET * module
        canvas = self.canv
        canvas.setFillColor(HexColor(self.colour))
        path = canvas.beginPath()
        for row_index, row in enumerate(matrix):
            y = self.side - origin - (row_index + 1) * module
            start = None
            for col, dark in enumerate((*row, False)):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    path.rect(origin + start * module, y, (col - start) * module, module)
                    start = None
        canvas.drawPath(path, stroke=0, fill=1)
