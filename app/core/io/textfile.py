"""Reading a text file whose encoding and separator nobody told us.

UTF-8 (with or without BOM) is tried first; a file that is not UTF-8 is read as
Windows-1252 (what Excel writes on a French Windows), and as Latin-1 when even that
fails, with a note in the report so that the user checks the accents.
"""

from __future__ import annotations

from pathlib import Path

from app.core.errors import UserError


def read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"Fichier introuvable : « {path} ».") from exc
    except IsADirectoryError as exc:
        raise UserError(f"« {path} » est un dossier, pas un fichier.") from exc
    except OSError as exc:
        raise UserError(f"Impossible de lire « {path} » : {exc.strerror or exc}.") from exc
    if not data.strip():
        raise UserError(f"Le fichier « {path.name} » est vide.")
    return data


def decode(data: bytes) -> tuple[str, str | None]:
    """The text and, when it was not UTF-8, a French note naming the encoding used."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), (
            "fichier lu en Windows-1252 (il n'est pas en UTF-8) : vérifiez les accents."
        )
    except UnicodeDecodeError:
        return data.decode("latin-1"), (
            "fichier lu en Latin-1 (il n'est pas en UTF-8) : vérifiez les accents."
        )


def read_text(path: Path) -> tuple[str, str | None]:
    text, note = decode(read_bytes(path))
    if not text.strip():
        raise UserError(f"Le fichier « {path.name} » est vide.")
    return text, note


def sniff_delimiter(text: str) -> str:
    """``;``, ``,`` or tab: the one that appears most in the header line (outside quotes)."""
    header = _first_record(text)
    counts = {sep: 0 for sep in (";", ",", "\t")}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _first_record(text: str) -> str:
    """The header record, which may span lines when a quoted header holds a newline."""
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == "\n" and not quoted:
            return text[:index]
    return text
