"""Reading a JSON file the user gave (a profile, a pathway, benchmark lists).

Every way it can go wrong becomes one French ``UserError`` that names the file and what to
fix; the caller checks the content's shape.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.core.errors import UserError


def read_json_file(path: str | Path, what: str) -> Any:
    """The parsed content of ``path``; ``what`` names it for the user ("fichier de profil")."""
    from app.core.os_errors import describe

    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"Le {what} « {file} » n'existe pas.") from None
    except IsADirectoryError:
        raise UserError(f"« {file} » est un dossier, pas un {what}.") from None
    except UnicodeDecodeError:
        raise UserError(f"Le {what} « {file} » n'est pas un texte UTF-8.") from None
    except OSError as exc:
        raise UserError(f"Impossible de lire le {what} « {file} » : {describe(exc)}.") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(
            f"Le {what} « {file} » n'est pas un JSON valide (ligne {exc.lineno}, "
            f"colonne {exc.colno})."
        ) from None
    except RecursionError:
        raise UserError(f"Le {what} « {file} » est un JSON trop imbriqué pour être lu.") from None
