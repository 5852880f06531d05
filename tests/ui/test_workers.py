"""The executors: results on the GUI thread, the newest request wins."""

from __future__ import annotations

import threading

from app.ui.workers import Latest, QtProgress, TaskRunner


def test_results_and_errors_come_back_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui = threading.get_ident()
    seen = []
    runner.submit(
        lambda: threading.get_ident(), on_done=lambda worker: seen.append(("done", worker))
    )
    runner.submit(
        lambda: 1 / 0, on_error=lambda error: seen.append(("error", type(error).__name__))
    )
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[0][0] == "done" and seen[0][1] != gui
    assert seen[1] == ("error", "ZeroDivisionError")
    assert not runner.busy
    runner.shutdown()


def test_latest_drops_superseded_requests(qtbot):
    runner = TaskRunner()
    latest = Latest(runner, "lookup")
    gate = threading.Event()
    shown = []
    ran = []

    def job(value):
        def run():
            if value == 1:
                gate.wait(5)
            ran.append(value)
            return value

        return run

    latest.request(job(1), shown.append)  # starts and blocks
    for value in (2, 3, 4):  # typed while the first one runs: only 4 will run
        latest.request(job(value), shown.append)
    gate.set()
    qtbot.waitUntil(lambda: latest.idle)
    assert ran == [1, 4]
    assert shown == [4]  # the answer to 1 was superseded
    runner.shutdown()


def test_progress_reports_arrive_as_signals(qtbot):
    progress = QtProgress()
    received = []
    progress.relay.progressed.connect(lambda done, total: received.append((done, total)))
    progress.relay.status.connect(received.append)
    thread = threading.Thread(
        target=lambda: (progress.set_status("Lecture…"), progress.set_total(2), progress.step())
    )
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(received) == 3)
    assert received == ["Lecture…", (0, 2), (1, 2)]
    progress.cancel()
    assert progress.cancelled
