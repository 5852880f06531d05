"""Entry point ``passerelle``: no command opens the window, a command runs the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] == "--db" and len(args) == 2) or args[0].startswith("--db="):
        db = None
        if args:
            db = args[1] if len(args) == 2 else args[0].split("=", 1)[1]
        from app.ui.app import run

        return run(db)
    from app.core.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
