"""A cache of parsed and validated data files, so that an unchanged file costs a hash.

One entry per data file location holds the validated model of that file, the SHA-256 of
the bytes it was made from, and a fingerprint of the code that made it. An entry is
used only when all of them match, so:

- an edited file misses (its content hash differs) and its entry is replaced;
- a moved or renamed file misses (the entry is found by the file's real path);
- a new version of roadmap (any of its source files), of pydantic or of Python misses;
- an entry that cannot be read, or is not what it claims, is ignored, never an error;
- the cache holds at most MAX_ENTRIES entries; the oldest go first.

Only files that loaded without a diagnostic are stored. A model is stored as pydantic's
JSON of it and validated again when read: against pickle, at 10,000 actions writing it
costs 0.10 s instead of 0.32 s and reading it about the same (0.25 s), and whatever
an entry holds can only come back as a model that passed validation. A cached Document
keeps the file's text; when a later stage needs a line, the positions come from a
`positions` entry if an earlier run stored one for the same bytes, else from parsing
that text. Beside the files, one `findings` entry per data directory holds what the
rules found in it, keyed by the digest of all its files (roadmap.checks), so that
`plan` after `check` does not run the rules again.

The cache lives in `$ROADMAP_CACHE_DIR`, else `$XDG_CACHE_HOME/roadmap`, else
`~/.cache/roadmap`, and never inside the repository: an entry committed by a pull
request could otherwise make `roadmap check` in CI report a forged result. Positions
and findings are unpickled with a whitelist that allows the position table and nothing
else.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import pickle
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from roadmap.cache_home import cache_dir, prune, write_entry

if TYPE_CHECKING:
    from pydantic import BaseModel

FORMAT = b"roadmap-cache-2\n"
MAX_ENTRIES = 256
"""Past this many entries the least recently written quarter is removed."""
_PACKAGE = Path(__file__).resolve().parent.parent
_SUFFIXES = (".model", ".positions", ".findings")

ModelT = TypeVar("ModelT", bound="BaseModel")

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
    """Finds the position table for a `positions` entry, and refuses anything else."""

    def __init__(self, data: bytes, part: str) -> None:
        super().__init__(io.BytesIO(data))
        self.part = part

    def find_class(self, module: str, name: str) -> Any:
        if self.part == "positions" and (module, name) in _POSITION_GLOBALS:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache entry")


class FileCache:
    """Validated models of data files, keyed by real path, content and code.

    Each file has up to two entries: its `model`, and the `positions` that a later stage
    worked out for a diagnostic (see Loaded.remember_positions). An entry is a header
    (format, code fingerprint, content digest, kind, real path) and then its payload.
    """

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else cache_dir()

    def _entry(self, kind: str, path: str, digest: bytes, part: str) -> tuple[Path, bytes]:
        """Where the entry lives, and the header that it must start with."""
        where = os.path.realpath(path).encode("utf-8", "surrogateescape")
        named = kind.encode("utf-8", "surrogateescape")
        name = hashlib.sha256(code_fingerprint() + named + b"\0" + where).hexdigest()
        header = b"".join(
            (
                FORMAT,
                code_fingerprint(),
                digest,
                struct.pack(">II", len(named), len(where)),
                named,
                where,
            )
        )
        return self.directory / f"{name[:40]}.{part}", header

    def _read(self, kind: str, path: str, digest: bytes, part: str) -> bytes | None:
        """The payload of the entry for the bytes with this SHA-256 `digest`, or None."""
        entry, header = self._entry(kind, path, digest, part)
        try:
            with open(entry, "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        if not data.startswith(header):
            return None
        return data[len(header) :]

    def _write(self, kind: str, path: str, digest: bytes, part: str, payload: bytes) -> None:
        entry, header = self._entry(kind, path, digest, part)
        if write_entry(entry, lambda out: out.writelines((header, payload))):
            prune(self.directory, _SUFFIXES, MAX_ENTRIES)

    def get_model(self, kind: str, path: str, digest: bytes, model: type[ModelT]) -> ModelT | None:
        """The model stored for this file with exactly these bytes, validated again."""
        payload = self._read(kind, path, digest, "model")
        if payload is None:
            return None
        try:
            return model.model_validate_json(payload)
        except Exception:
            return None

    def put_model(self, kind: str, path: str, digest: bytes, value: BaseModel) -> None:
        """Store the model of a file; a model or cache that cannot be written is skipped."""
        try:
            payload = value.model_dump_json().encode("utf-8")
        except (ValueError, UnicodeEncodeError):
            return
        self._write(kind, path, digest, "model", payload)

    def get(self, kind: str, path: str, digest: bytes, part: str) -> Any | None:
        """The pickled `part` stored for this file with exactly these bytes, or None."""
        payload = self._read(kind, path, digest, part)
        if payload is None:
            return None
        try:
            return _EntryUnpickler(payload, part).load()
        except Exception:
            return None

    def put(self, kind: str, path: str, digest: bytes, value: Any, part: str) -> None:
        """Store a pickled `part` of a file; a cache that cannot be written is left alone."""
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, RecursionError, TypeError):
            return
        self._write(kind, path, digest, part, payload)
