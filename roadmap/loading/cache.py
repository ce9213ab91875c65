"""A cache of parsed and validated data files, so that an unchanged file costs a hash.

One entry per data file location holds the validated model of that file, the SHA-256 of
the bytes it was made from, and a fingerprint of the code that made it. An entry is
used only when all of them match, so:

- an edited file misses (its content hash differs) and its entry is replaced;
- a moved or renamed file misses (the entry is found by the file's real path);
- a new version of roadmap (any of its source files), of pydantic or of Python misses;
- an entry that cannot be read, or is not what it claims, is ignored, never an error;
- the cache holds at most MAX_ENTRIES entries; the oldest go first.

Only files that loaded without a diagnostic are stored. A cached Document keeps the
file's text; when a later stage needs a line, the positions come from a `positions`
entry if an earlier run stored one for the same bytes, else from parsing that text.
Beside the files, one `findings` entry per data directory holds what the rules found in
it, keyed by the digest of all its files (roadmap.checks), so that `plan` after `check`
does not run the rules again.

The cache lives in `$ROADMAP_CACHE_DIR`, else `$XDG_CACHE_HOME/roadmap`, else
`~/.cache/roadmap`, and never inside the repository: an entry committed by a pull
request could otherwise make `roadmap check` in CI report a forged result. Entries are
unpickled with a whitelist that allows the roadmap model classes and nothing else.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

from roadmap.cache_home import cache_dir, prune, write_entry

FORMAT = b"roadmap-cache-1"
MAX_ENTRIES = 256
"""Past this many entries the least recently written quarter is removed."""
_PACKAGE = Path(__file__).resolve().parent.parent

__all__ = ["FileCache", "cache_dir", "code_fingerprint"]


@functools.cache
def code_fingerprint() -> bytes:
    """A digest of everything that shapes a cached model: our code and its libraries."""
    import pydantic  # noqa: PLC0415

    from roadmap import __version__  # noqa: PLC0415

    digest = hashlib.sha256(FORMAT)
    digest.update(f"{__version__}|{sys.version}|{pydantic.VERSION}".encode())
    for source in sorted(_PACKAGE.rglob("*.py")):
        digest.update(str(source.relative_to(_PACKAGE)).encode())
        digest.update(source.read_bytes())
    return digest.digest()


_POSITION_GLOBALS = {
    ("roadmap.loading.positions", "PositionTable"),
    ("array", "_array_reconstructor"),
    ("array", "array"),
}


class _EntryUnpickler(pickle.Unpickler):
    """Finds roadmap model classes, or the position table, and refuses anything else."""

    def __init__(self, data: bytes, part: str) -> None:
        super().__init__(io.BytesIO(data))
        self.part = part

    def find_class(self, module: str, name: str) -> Any:
        if self.part == "model" and module.startswith("roadmap.models.") and module.count(".") == 2:
            from pydantic import BaseModel  # noqa: PLC0415

            found = getattr(sys.modules.get(module), name, None)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        if self.part == "positions" and (module, name) in _POSITION_GLOBALS:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")


class FileCache:
    """Validated models of data files, keyed by real path, content and code.

    Each file has up to two entries: its `model`, and the `positions` that a later stage
    worked out for a diagnostic (see Loaded.remember_positions).
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else cache_dir()

    def _entry(self, kind: str, path: str, part: str) -> tuple[Path, bytes]:
        where = os.path.realpath(path).encode("utf-8", "surrogateescape")
        name = hashlib.sha256(code_fingerprint() + kind.encode() + b"\0" + where).hexdigest()
        return self.directory / f"{name[:40]}.{part}", where

    def get(self, kind: str, path: str, raw: bytes, part: str = "model") -> Any | None:
        """The `part` stored for this file with exactly these bytes, or None."""
        entry, where = self._entry(kind, path, part)
        try:
            with open(entry, "rb") as handle:
                stored = _EntryUnpickler(handle.read(), part).load()
        except Exception:
            return None
        expected = (code_fingerprint(), kind, where, hashlib.sha256(raw).digest())
        if not isinstance(stored, tuple) or len(stored) != 5 or stored[:4] != expected:
            return None
        return stored[4]

    def put(self, kind: str, path: str, raw: bytes, value: Any, part: str = "model") -> None:
        """Store a `part` of a file; a cache that cannot be written is left alone."""
        entry, where = self._entry(kind, path, part)
        record = (code_fingerprint(), kind, where, hashlib.sha256(raw).digest(), value)
        try:
            written = write_entry(
                entry, lambda out: pickle.dump(record, out, protocol=pickle.HIGHEST_PROTOCOL)
            )
        except (pickle.PicklingError, RecursionError):
            return
        if written:
            prune(self.directory, (".model", ".positions", ".findings"), MAX_ENTRIES)
