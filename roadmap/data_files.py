"""The data files of a directory, read one way for the loader and for a check that the
cache answers (roadmap.check_store), each file hashed once as it is read.

Standard library only, so that `roadmap check` on unchanged files imports neither
pydantic nor the models. The kinds are those of roadmap.models.FILE_MODELS (a test
keeps them equal). Every path looked at is told to the replay (roadmap.replay), which
replays a command only while each of them is as it was.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass

from roadmap import replay

KINDS = ("strategy", "goals", "actions", "progress")
REQUIRED = ("strategy", "goals", "actions")
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class DataFile:
    """One data file as read: its bytes and their SHA-256, or why it could not be read.

    Neither bytes nor a problem: an optional file that is absent.
    """

    path: str
    raw: bytes | None = None
    digest: bytes = b""
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
            replay.note_input(path, None)
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
            digest = hashlib.sha256(raw).digest()
            replay.note_input(path, digest)
            return DataFile(path, raw, digest)
    replay.note_input(path, None)
    return DataFile(path, problem=problem)


def inputs_digest(digests: Mapping[str, bytes]) -> bytes:
    """A digest of every data file read, by kind: what a whole data set was made of."""
    digest = hashlib.sha256()
    for kind in sorted(digests):
        digest.update(kind.encode() + b"\0" + digests[kind])
    return digest.digest()
