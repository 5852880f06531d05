"""The command line: ``passerelle COMMAND …``, on the same core functions as the window.

Each ``*_commands`` module adds its sub-commands with ``register(subparsers)``;
a handler takes the parsed arguments and returns the exit code. A ``UserError``
is printed in French on stderr with exit code 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from app.core.cli import french
from app.core.errors import UserError
from app.core.jobs import Cancelled

COMMAND_MODULES = (
    "app.core.cli.catalogue_commands",
    "app.core.cli.sheet_commands",
    "app.core.cli.privacy_commands",
    "app.core.cli.backup_commands",
    "app.core.cli.match_commands",
    "app.core.cli.search_commands",
)


def add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """``--db`` before or after the command name (``passerelle --db X search …`` or
    ``passerelle search --db X …``): a sub-command's option is only set when given, so that
    it never hides the one given before the command."""
    parser.add_argument(
        "--db",
        default=None if top_level else argparse.SUPPRESS,
        metavar="URL_OU_FICHIER",
        help="base de données : adresse SQLAlchemy (sqlite:///…, postgresql://…) ou fichier SQLite "
        "(par défaut : le fichier de Passerelle dans le dossier de données de l'utilisateur)",
    )


def build_parser() -> argparse.ArgumentParser:
    french.install()
    parser = argparse.ArgumentParser(
        prog="passerelle",
        description="Passerelle : catalogue, mise en relation et fiches de parcours. "
        "Sans commande, ouvre la fenêtre.",
    )
    add_db_option(parser, top_level=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE", title="commandes")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        return int(handler(args) or 0)
    except UserError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2
    except Cancelled as exc:
        print(str(exc), file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("Interrompu : rien n'a été modifié.", file=sys.stderr)
        return 130
