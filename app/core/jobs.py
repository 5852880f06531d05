"""A progress/cancel protocol for long work (imports, index builds, rendering).

A core function that may take long takes a ``Progress`` and calls ``step`` or
``set_status``; it checks ``cancelled`` (``step`` raises ``Cancelled`` itself) so
that the window's cancel button stops it between two units of work. The Qt layer
gives a ``Progress`` whose callbacks emit signals; the command line one that
prints; tests the silent default.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user asked to stop; the work left everything as it was."""

    def __init__(self) -> None:
        super().__init__("Opération annulée : rien n'a été modifié.")


class Progress:
    """Silent progress; subclass or pass callbacks to show it."""

    def __init__(
        self,
        on_progress: Callable[[int, int], None] | None = None,
        on_status: Callable[[str], None] | None = None,
    ) -> None:
        self._on_progress = on_progress
        self._on_status = on_status
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def set_total(self, total: int) -> None:
        self.total = total
        self.done = 0
        self._report()

    def step(self, n: int = 1) -> None:
        self.check()
        self.done += n
        self._report()

    def set_status(self, text: str) -> None:
        if self._on_status is not None:
            self._on_status(text)

    def _report(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self.done, self.total)
