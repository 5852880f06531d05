"""Background work for the window: executors whose results come back on the GUI thread.

Two single-thread executors (Anki's ``taskman`` pattern):

- ``database`` for everything that reads or writes the database or rebuilds the index
  (imports, edits, details, start-up loading), one job after the other;
- ``lookup`` for searches and matches, which only read the in-memory index (a lock-free
  snapshot): typing keeps its answers coming while an import runs on ``database``.

A job is a plain function. Its result (or exception) is handed back through a Qt signal
emitted from the worker thread, so the callbacks run on the GUI thread: a worker never
touches a widget. ``Latest`` coalesces requests: while one runs, only the newest waiting
request is kept, and the answer of a superseded request is dropped.
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.core.jobs import Progress

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class _Relay(QObject):
    """Carries a finished job back to the GUI thread."""

    finished = Signal(int, object, object)  # job number, result, exception


class TaskRunner(QObject):
    """The window's executors. ``submit`` returns the job number."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executors = {
            "database": ThreadPoolExecutor(max_workers=1, thread_name_prefix="passerelle-db"),
            "lookup": ThreadPoolExecutor(max_workers=1, thread_name_prefix="passerelle-lookup"),
        }
        self._numbers = itertools.count(1)
        self._callbacks: dict[int, tuple[Callback | None, Callback | None]] = {}
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._closed = False

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callback | None = None,
        on_error: Callback | None = None,
        executor: str = "database",
    ) -> int:
        number = next(self._numbers)
        self._callbacks[number] = (on_done, on_error)
        future = self._executors[executor].submit(fn, *args)
        future.add_done_callback(lambda f, n=number: self._finished(n, f))
        return number

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def _finished(self, number: int, future: Future) -> None:
        if self._closed:
            return
        error = future.exception()
        if error is not None and not _expected(error):
            log.error("job failed:\n%s", "".join(traceback.format_exception(error)))
        self._relay.finished.emit(number, None if error else future.result(), error)

    def _deliver(self, number: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._callbacks.pop(number, (None, None))
        if error is not None:
            if on_error is not None:
                on_error(error)
            return
        if on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        """Stop taking jobs; wait for the running ones (no callback is delivered after)."""
        self._closed = True
        for executor in self._executors.values():
            executor.shutdown(wait=True, cancel_futures=True)
        self._callbacks.clear()


def _expected(error: BaseException) -> bool:
    from app.core.errors import UserError
    from app.core.jobs import Cancelled

    return isinstance(error, UserError | Cancelled)


class Latest:
    """Run only the newest request: one at a time, the waiting one replaced by newer ones,
    the answer of a superseded request dropped."""

    def __init__(self, runner: TaskRunner, executor: str = "lookup") -> None:
        self._runner = runner
        self._executor = executor
        self._generation = 0
        self._running = False
        self._waiting: tuple[int, Callable[[], Any], Callback, Callback | None] | None = None

    def request(
        self, fn: Callable[[], Any], on_done: Callback, on_error: Callback | None = None
    ) -> None:
        self._generation += 1
        self._waiting = (self._generation, fn, on_done, on_error)
        if not self._running:
            self._start_waiting()

    def drop(self) -> None:
        """Forget the waiting request and ignore the answer of the running one."""
        self._generation += 1
        self._waiting = None

    @property
    def idle(self) -> bool:
        return not self._running and self._waiting is None

    def _start_waiting(self) -> None:
        if self._waiting is None:
            return
        generation, fn, on_done, on_error = self._waiting
        self._waiting = None
        self._running = True

        def done(result: Any) -> None:
            self._running = False
            if generation == self._generation:
                on_done(result)
            self._start_waiting()

        def failed(error: BaseException) -> None:
            self._running = False
            if generation == self._generation and on_error is not None:
                on_error(error)
            self._start_waiting()

        self._runner.submit(fn, on_done=done, on_error=failed, executor=self._executor)


class _ProgressRelay(QObject):
    progressed = Signal(int, int)
    status = Signal(str)


class QtProgress(Progress):
    """A core ``Progress`` whose reports arrive on the GUI thread as signals."""

    def __init__(self) -> None:
        self.relay = _ProgressRelay()
        super().__init__(
            on_progress=lambda done, total: self.relay.progressed.emit(done, total),
            on_status=lambda text: self.relay.status.emit(text),
        )
