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
costs 0.14 s instead of 0.36 s and reading it about the same (0.36 s against 0.33 s,
validators included), and whatever an entry holds can only come back as a model that
passed validation. Fields that hold their default are left out, and come back as it:
the 10,000 actions take 4.1 MB instead of 5.3 MB, and a plan from the cache 4% less
time (medians of 11, A against B in turn). A cached Document
keeps the file's text; when a later stage needs a line, the positions come from a
`positions` entry if an earlier run stored one for the same bytes, else from parsing
that text. Beside the files, one `findings` entry per data directory holds what
loading and the rules found in it, keyed by the digest of all its files
(roadmap.check_store), so that `plan` after `check` does not run the rules again and a
second `check` needs no model at all.

The cache lives in `$ROADMAP_CACHE_DIR`, else `$XDG_CACHE_HOME/roadmap`, else
`~/.cache/roadmap`, and never inside the repository: an entry committed by a pull
request could otherwise make `roadmap check` in CI report a forged result. The entry
header and the code fingerprint are in roadmap.cache_home. Positions are unpickled with
a whitelist that allows the position table and nothing else.
"""

from __future__ import annotations

import io
import pickle
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from roadmap.cache_home import (
    cache_dir,
    code_fingerprint,
    keyed_entry,
    prune,
    read_keyed,
    write_entry,
)
from roadmap.loading.positions import PositionTable

if TYPE_CHECKING:
    from pydantic import BaseModel

MAX_ENTRIES = 256
"""Past this many entries the least recently written quarter is removed."""
_SUFFIXES = (".model", ".positions", ".findings")

ModelT = TypeVar("ModelT", bound="BaseModel")

__all__ = ["FileCache", "cache_dir", "code_fingerprint"]


_POSITION_GLOBALS = {
    ("roadmap.loading.positions", "PositionTable"),
    ("array", "_array_reconstructor"),
    ("array", "array"),
}


class _EntryUnpickler(pickle.Unpickler):
    """Finds the position table, and refuses anything else."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _POSITION_GLOBALS:
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

    def read(self, kind: str, path: str, digest: bytes, part: str) -> bytes | None:
        """The payload stored for the bytes with this SHA-256 `digest`, or None."""
        return read_keyed(self.directory, kind, path, digest, part)

    def write(self, kind: str, path: str, digest: bytes, part: str, payload: bytes) -> None:
        """Store a payload; a cache that cannot be written is left alone."""
        entry, header = keyed_entry(self.directory, kind, path, digest, part)
        if write_entry(entry, lambda out: out.writelines((header, payload))):
            prune(self.directory, _SUFFIXES, MAX_ENTRIES)

    def get_model(self, kind: str, path: str, digest: bytes, model: type[ModelT]) -> ModelT | None:
        """The model stored for this file with exactly these bytes, validated again."""
        payload = self.read(kind, path, digest, "model")
        if payload is None:
            return None
        try:
            return model.model_validate_json(payload)
        except Exception:
            return None

    def put_model(self, kind: str, path: str, digest: bytes, value: BaseModel) -> None:
        """Store the model of a file; a model or cache that cannot be written is skipped."""
        try:
            payload = value.model_dump_json(exclude_defaults=True).encode("utf-8")
        except (ValueError, UnicodeEncodeError):
            return
        self.write(kind, path, digest, "model", payload)

    def get_positions(self, kind: str, path: str, digest: bytes) -> PositionTable | None:
        """The position table stored for this file with exactly these bytes, or None."""
        payload = self.read(kind, path, digest, "positions")
        if payload is None:
            return None
        try:
            table = _EntryUnpickler(payload).load()
        except Exception:
            return None
        return table if isinstance(table, PositionTable) else None

    def put_positions(self, kind: str, path: str, digest: bytes, table: PositionTable) -> None:
        """Store the position table of a file."""
        try:
            payload = pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, RecursionError, TypeError):
            return
        self.write(kind, path, digest, "positions", payload)
