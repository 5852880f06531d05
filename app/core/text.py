"""Text normalisation shared by search, matching and the reference lookups."""

from __future__ import annotations

import unicodedata

# Applied after lower(): ligatures spelt out, apostrophes and hyphens (all variants) to spaces.
_TRANSLATION = str.maketrans(
    {
        "œ": "oe",
        "æ": "ae",
        "'": " ",
        "’": " ",
        "‘": " ",
        "ʼ": " ",
        "`": " ",
        "´": " ",
        "-": " ",
        "‐": " ",
        "‑": " ",
        "‒": " ",
        "–": " ",
        "—": " ",
        "−": " ",
    }
)


def fold(text: str | None) -> str:
    """Fold text for comparison: lower case, no accents, ligatures spelt out (œ → oe,
    æ → ae), apostrophes and hyphens turned into spaces, runs of spaces collapsed.

    >>> fold("  L'Œuvre d’Saint-Gilles — ÉTÉ ")
    'l oeuvre d saint gilles ete'
    """
    if not text:
        return ""
    text = text.lower()
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        # lower() again: compatibility forms may decompose to capitals (ℌ → H).
        text = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(text.translate(_TRANSLATION).split())
