"""Memory after a large build: give freed pages back, keep the garbage collector off the index.

Building the index of a national catalogue allocates and frees hundreds of megabytes of
short-lived objects and arrays. glibc's allocator keeps much of that freed memory in its heap
(its mmap threshold rises after large frees), so the process would stay tens of megabytes
larger than what it holds. ``malloc_trim(0)`` returns those pages; elsewhere (macOS, Windows,
musl) this does nothing.

The index then holds a million or more Python objects (140 000 records and their strings,
tuples and dates) that live as long as the index. Python's cyclic garbage collector would
walk all of them at each full collection — 250 to 330 ms at 140 000 services, about one
match in fifteen, or a keystroke. ``freeze_long_lived`` moves them out of its reach once the
index is built (``gc.freeze``): they are still freed by reference counting when the index
is dropped (they hold no reference cycles), and later objects are collected as usual.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from functools import cache

# Below this many services the collector's walk is short: leave the heap alone (tests build
# hundreds of small indexes).
FREEZE_MIN_SERVICES = 10_000


@cache
def _malloc_trim():  # type: ignore[no-untyped-def]
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):
        return None


def release_free_memory() -> None:
    """Return the allocator's free pages to the system (glibc only; cheap)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def freeze_long_lived(services: int) -> bool:
    """After building an index of ``services`` services: collect the garbage of the build,
    then exempt every object alive (the index's, and the rest of the application's, which
    is long-lived too) from future collections. Returns whether it did so."""
    if services < FREEZE_MIN_SERVICES:
        return False
    gc.collect()
    gc.freeze()
    return True
