"""What every command shares: opening the database, showing progress on stderr."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.core.jobs import Progress
from app.core.storage import Database


class StderrProgress(Progress):
    """Phases as lines on stderr; a percentage on the same line when stderr is a terminal."""

    def __init__(self, stream: Any = None) -> None:
        super().__init__(on_progress=self._show_progress, on_status=self._show_status)
        self._stream = stream or sys.stderr
        self._tty = bool(getattr(self._stream, "isatty", lambda: False)())
        self._percent: int | None = None

    def _show_status(self, text: str) -> None:
        self._end_line()
        print(text, file=self._stream, flush=True)

    def _show_progress(self, done: int, total: int) -> None:
        if not self._tty or total <= 0:
            return
        percent = min(100, done * 100 // total)
        if percent != self._percent:
            self._percent = percent
            print(f"\r  {percent} %", end="", file=self._stream, flush=True)

    def _end_line(self) -> None:
        if self._percent is not None:
            print(file=self._stream)
            self._percent = None


def open_catalogue(args: argparse.Namespace, *, prepare: bool = True) -> Database:
    """The database of ``--db``, as the window opens it.

    With ``prepare`` (every command but backup and restore): the default database gets the
    sample catalogue at first start, and the start-up chores run (retention of follow-up
    records), so that a first ``passerelle search`` shows what the window shows.
    """
    from app.core.storage import open_database

    location = getattr(args, "db", None)
    db = open_database(location)
    if prepare:
        from app.core.maintenance import startup_maintenance
        from app.core.sample import ensure_catalogue

        if location is None:
            ensure_catalogue(db, StderrProgress())
        startup_maintenance(db)
    return db
