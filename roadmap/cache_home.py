"""Where roadmap keeps its caches: never inside the repository.

An entry committed by a pull request could otherwise make `roadmap check` in CI report a
forged result. Standard library only: the replay of a command looks here before any
other import.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """`$ROADMAP_CACHE_DIR`, else `$XDG_CACHE_HOME/roadmap`, else `~/.cache/roadmap`."""
    chosen = os.environ.get("ROADMAP_CACHE_DIR")
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "roadmap"
