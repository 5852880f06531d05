"""A crash (kill -9) at any moment loses nothing committed and never leaves half an import.

A child process imports generation after generation of a fictional catalogue (several
thousand rows, one transaction each) and is killed with SIGKILL at a random moment of its
first or second import (the delay follows the import time measured so far), 30 times on the
same file. After each kill the file must pass ``PRAGMA integrity_check`` and hold
exactly one whole generation, at least the last one the child reported as committed.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.storage import open_database
from tests.core.crash_writer import BASE, STEP

REPO = Path(__file__).resolve().parents[2]
RUNS = 30


def _state(path: Path) -> tuple[str, int, set[str], int]:
    with sqlite3.connect(path) as connection:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        count = connection.execute("SELECT count(*) FROM service").fetchone()[0]
        generations = {
            row[0] for row in connection.execute("SELECT DISTINCT description FROM service")
        }
        generations |= {
            row[0] for row in connection.execute("SELECT DISTINCT description FROM structure")
        }
        orphans = connection.execute(
            "SELECT count(*) FROM service WHERE structure_id NOT IN (SELECT id FROM structure)"
        ).fetchone()[0]
    connection.close()
    return integrity, count, generations, orphans


@pytest.mark.slow
def test_kill_9_never_loses_a_commit_nor_leaves_half_an_import(tmp_path):
    path = tmp_path / "crash.sqlite"
    open_database(path).dispose()
    rng = random.Random(20260504)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.monotonic()
    import_seconds = 0.4  # first guess, then the slowest import seen
    committed = 0  # the last generation the child reported as committed
    kills_during_import = 0
    for _run in range(RUNS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.core.crash_writer", str(path)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first = child.stdout.readline()
        assert first.startswith("DEBUT"), child.stderr.read()
        time.sleep(rng.uniform(0.0, 1.6 * import_seconds))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate()
        assert child.returncode == -signal.SIGKILL
        lines = [first.strip(), *output.splitlines()]
        for line in lines:
            if line.startswith("VALIDE"):
                _, gen, seconds = line.split()
                committed = int(gen)
                import_seconds = max(import_seconds, float(seconds))
        kills_during_import += lines[-1].startswith("DEBUT")

        integrity, count, generations, orphans = _state(path)
        assert integrity == "ok"
        assert orphans == 0
        if count == 0:
            assert committed == 0 and generations == set()
            continue
        (generation,) = generations  # one whole generation, never a mix
        gen = int(generation.split()[-1])
        assert count == BASE + STEP * gen
        assert committed <= gen <= committed + 1  # nothing committed is lost
        committed = gen  # a commit may land just before the kill, before its line is printed
    elapsed = time.monotonic() - started
    print(
        f"\n{RUNS} kills, {kills_during_import} during an import, {committed} generations "
        f"committed, slowest import {import_seconds:.2f} s, {elapsed:.1f} s in all"
    )
    assert committed >= 3 and kills_during_import >= RUNS // 3
