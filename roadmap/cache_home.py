"""Where roadmap keeps its caches (never inside the repository), and how an entry is
written and the folder kept bounded, for every cache: files, replays, templates.

The caches stay outside the repository because an entry committed by a pull request
could make `roadmap check` in CI report a forged result. Standard library only: the
replay of a command looks here before any other import.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def cache_dir() -> Path:
    """`$ROADMAP_CACHE_DIR`, else `$XDG_CACHE_HOME/roadmap`, else `~/.cache/roadmap`."""
    chosen = os.environ.get("ROADMAP_CACHE_DIR")
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "roadmap"


def write_entry(path: Path, write: Callable[[BinaryIO], object]) -> bool:
    """Replace the cache entry `path` with what `write` writes; False when it cannot.

    The directory is created private (0700) and the entry appears whole or not at all
    (a temporary file beside it, then a rename). Unlike roadmap.atomic.write_atomic,
    which writes the user's files, nothing is synced to disk: a lost entry only costs
    the work again. Errors other than OSError from `write` still propagate, after the
    temporary file is removed.
    """
    temp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".entry-")
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(temp, path)
        temp = None
    except OSError:
        return False
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return True


def prune(directory: Path, suffixes: tuple[str, ...], limit: int) -> None:
    """Past `limit` entries with one of `suffixes`, remove the least recently written
    quarter of them (entries of moved data, temporary checkouts, old code)."""
    try:
        entries = [p for p in directory.iterdir() if p.suffix in suffixes]
        if len(entries) <= limit:
            return
        entries.sort(key=lambda p: p.stat().st_mtime_ns)
        for stale in entries[: len(entries) - limit * 3 // 4]:
            stale.unlink(missing_ok=True)
    except OSError:
        return
