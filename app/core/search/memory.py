"""Give the memory freed by a large build back to the operating system.

Building the index of a national catalogue allocates and frees hundreds of megabytes of
short-lived objects and arrays. glibc's allocator keeps much of that freed memory in its heap
(its mmap threshold rises after large frees), so the process would stay tens of megabytes
larger than what it holds. ``malloc_trim(0)`` returns those pages; elsewhere (macOS, Windows,
musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import cache


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
