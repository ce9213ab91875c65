"""The data files of a directory, each read one way: regular files only, size-limited.

The kinds are those of roadmap.models.FILE_MODELS (a test keeps them equal).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

KINDS = ("strategy", "goals", "actions", "progress")
REQUIRED = ("strategy", "goals", "actions")
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class DataFile:
    """One data file as read: its bytes, or why it could not be read.

    Neither bytes nor a problem: an optional file that is absent.
    """

    path: str
    raw: bytes | None = None
    problem: str | None = None


def data_file(directory: str, kind: str) -> str:
    """`<directory>/<kind>.yaml`, keeping the directory as the user wrote it."""
    return os.path.join(directory, f"{kind}.yaml")


def read_data_file(directory: str, kind: str) -> DataFile:
    """Read the file of `kind` in `directory`; never raises for bad input."""
    path = data_file(directory, kind)
    problem: str | None = None
    if not os.path.lexists(path):
        if kind not in REQUIRED:
            return DataFile(path)
        problem = f"the file is missing; every data directory needs {kind}.yaml"
    elif os.path.isdir(path):
        problem = f"{kind}.yaml is a directory; it must be a YAML file"
    elif not os.path.isfile(path):
        problem = f"{kind}.yaml is not a regular file"
    elif os.path.getsize(path) > MAX_FILE_BYTES:
        problem = f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB"
    if problem is None:
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
        except OSError as exc:
            problem = f"cannot read the file: {exc.strerror}"
        else:
            return DataFile(path, raw)
    return DataFile(path, problem=problem)
