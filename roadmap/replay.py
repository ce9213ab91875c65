"""Replay a command's output when nothing it depends on has changed.

`roadmap check` runs on every save and in pre-commit hooks, and CI runs `check` and
`plan` on the same data again and again. A run of `check`, `plan`, `explain`, `status`,
`render` or `export` records what it printed, the files it wrote and its exit code,
together with every data file the loader looked at. The next run with the same key
writes the same bytes and exits with the same code, without importing the libraries or
reading YAML: a few hundredths of a second on any size of data. Build tools do the same
(make, ccache; Turborepo and Nx replay a task's logs).

An entry is replayed only when all of these are equal to the run that recorded it:

- the command line, the working directory, and the environment (every variable but a
  few that shells change on their own);
- today's date, local and UTC (for the default `--as-of` and the "today" line);
- whether standard output and error are terminals, and the terminal's size;
- the code: every file of the roadmap package and its templates (name, size and
  modification time), the Python executable and version, and the modification time of
  every directory on `sys.path` (installing or removing a package changes it);
- the state of every path the loader looked at: the SHA-256 of each data file it read,
  or that the path was absent, a directory or not a regular file.

Help (`roadmap`, `--help` anywhere on the line) and shell completion, which runs the
program on every Tab, depend on nothing but the key, and replay too. Anything else (a
usage error of a data command, a crash, `--no-cache`, `ROADMAP_REPLAY=0`, the commands
that write or compare files: init, diff, schema, rules) runs normally and records
nothing. An unreadable or malformed entry is a miss, never an error. Entries live
beside the loader cache, outside the repository (roadmap.cache_home), at most
MAX_ENTRIES of them. The module uses only the standard library, so that a hit costs
little more than starting Python.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
from pathlib import Path

from roadmap.cache_home import cache_dir, prune, source_files, write_entry

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing on a replay
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any, BinaryIO, TextIO


FORMAT = "roadmap-replay-2"
_STREAMS = ("stdout", "stderr")
REPLAYABLE = frozenset({"check", "plan", "explain", "status", "render", "export"})
MAX_ENTRIES = 128
"""Past this many entries the least recently written quarter is removed."""
_VOLATILE_ENV = frozenset({"_", "OLDPWD", "PWD", "SHLVL", "COLUMNS", "LINES"})
"""Variables a shell sets by itself; COLUMNS and LINES enter the key as the real size."""


class Recorder:
    """Collects what one run reads and writes, then stores it under the run's key."""

    def __init__(self, key: str, path: Path, *, needs_inputs: bool = True) -> None:
        self.key = key
        self.path = path
        self.needs_inputs = needs_inputs
        self.inputs: dict[str, str] = {}
        self.files: dict[str, bytes] = {}
        self.streams: dict[str, _Tee] = {}

    def note_input(self, path: str, digest: bytes | None) -> None:
        """The loader looked at `path`: it read bytes with this SHA-256 `digest`, or
        (None) found no file to read."""
        self.inputs[path] = digest.hex() if digest is not None else path_state(path)

    def note_output(self, path: str, data: bytes) -> None:
        """The command wrote `data` to the file `path`."""
        self.files[path] = data

    def store(self, code: int) -> None:
        """Write the entry; a cache that cannot be written is left alone."""
        if self.needs_inputs and not self.inputs:
            return
        blobs = [*self.files.values(), *(self.streams[n].captured() for n in _STREAMS)]
        header = {
            "format": FORMAT,
            "key": self.key,
            "inputs": sorted(self.inputs.items()),
            "exit": code,
            "files": list(self.files),
            "sizes": [len(blob) for blob in blobs],
        }

        def write(out: BinaryIO) -> None:
            out.write(json.dumps(header).encode("utf-8", "surrogateescape") + b"\n")
            for blob in blobs:
                out.write(blob)

        if write_entry(self.path, write):
            prune(self.path.parent, (".replay",), MAX_ENTRIES)


_active: Recorder | None = None


def note_input(path: str, digest: bytes | None) -> None:
    """Tell the recording run, if there is one, that the loader looked at `path` and
    read bytes with the SHA-256 `digest` (the loader hashes each file once, for the
    file cache and for this), or found no file to read (None)."""
    if _active is not None:
        _active.note_input(path, digest)


def note_output(path: str, data: bytes) -> None:
    """Tell the recording run, if there is one, that a file was written."""
    if _active is not None:
        _active.note_output(path, data)


def replay_or_record(argv: list[str]) -> Recorder | None:
    """Replay the entry of `argv` and exit, or return a Recorder for this run (or None).

    Returns None when the command is not one that replays, or replaying is switched off.
    """
    kind = _kind(argv)
    if kind is None:
        return None
    try:
        key = run_key(argv)
    except OSError:
        return None
    path = _entries_dir() / f"{key[:40]}.replay"
    found = _load(path, key, needs_inputs=kind == "data")
    if found is not None:
        _replay(*found)
    return Recorder(key, path, needs_inputs=kind == "data")


@contextlib.contextmanager
def recording(recorder: Recorder | None) -> Iterator[None]:
    """Capture standard output and error (still writing them) while the command runs.

    The entry is stored when the command exits through SystemExit with a status in
    0..2 (success, findings, bad input); any other end stores nothing.
    """
    global _active  # noqa: PLW0603 (one recording per process, set only here)
    if recorder is None:
        yield
        return
    out, err = sys.stdout, sys.stderr
    recorder.streams = {"stdout": _Tee(out), "stderr": _Tee(err)}
    sys.stdout, sys.stderr = recorder.streams["stdout"], recorder.streams["stderr"]
    _active = recorder
    code: int | None = None
    try:
        yield
        code = 0
    except SystemExit as exc:
        code = _exit_status(exc.code)
        raise
    finally:
        _active = None
        sys.stdout, sys.stderr = out, err
        if code is not None and 0 <= code <= 2:
            recorder.store(code)


def path_state(path: str) -> str:
    """What the loader would find at `path`, in a few words or as a SHA-256 digest."""
    if not os.path.lexists(path):
        return "absent"
    if os.path.isdir(path):
        return "directory"
    if not os.path.isfile(path):
        return "not a regular file"
    try:
        with open(path, "rb") as handle:
            return _digest(handle.read())
    except OSError as exc:
        return f"unreadable: {exc.strerror}"


def run_key(argv: list[str]) -> str:
    """The digest of everything besides the data files that a run's output depends on."""
    now = time.time()
    parts: list[Any] = [
        FORMAT,
        argv,
        os.getcwd(),
        sorted((k, v) for k, v in os.environ.items() if k not in _VOLATILE_ENV),
        time.strftime("%Y-%m-%d", time.localtime(now)),
        time.strftime("%Y-%m-%d", time.gmtime(now)),
        [_terminal(stream) for stream in (sys.stdout, sys.stderr)],
        code_fingerprint(),
    ]
    return hashlib.sha256(json.dumps(parts).encode("utf-8", "surrogateescape")).hexdigest()


def code_fingerprint() -> list[Any]:
    """Name, size and modification time of every file of the package and its templates,
    the interpreter, and the modification times of the directories Python imports from."""
    imports = []
    for entry in sys.path:
        with contextlib.suppress(OSError):
            imports.append([entry, os.stat(entry or ".").st_mtime_ns])
    return [sys.executable, sys.version, source_files(), imports]


def _kind(argv: list[str]) -> str | None:
    """ "help" for help and shell completion, "data" for a command that loads data."""
    if os.environ.get("ROADMAP_REPLAY", "1") == "0":
        return None
    if not argv or "--help" in argv or "_ROADMAP_COMPLETE" in os.environ:
        return "help"
    if argv[0] in REPLAYABLE and "--no-cache" not in argv:
        return "data"
    return None


def _entries_dir() -> Path:
    return cache_dir() / "replay"


def _load(path: Path, key: str, *, needs_inputs: bool) -> tuple[dict[str, Any], BinaryIO] | None:
    """The header of the entry at `path`, and the file open at its first blob, if the
    entry is whole, has `key`, and its inputs are unchanged."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 (handed to _replay, which closes it)
    except OSError:
        return None
    try:
        first = handle.readline()
        header: dict[str, Any] = json.loads(first)
        if header.get("format") != FORMAT or header.get("key") != key:
            raise ValueError("another entry")
        inputs, sizes, files = header["inputs"], header["sizes"], header["files"]
        if needs_inputs and not inputs:
            raise ValueError("no inputs")
        if not isinstance(header["exit"], int) or len(sizes) != len(files) + len(_STREAMS):
            raise ValueError("malformed")
        if len(first) + sum(sizes) != os.fstat(handle.fileno()).st_size:
            raise ValueError("cut short")
        if any(path_state(name) != state for name, state in inputs):
            raise ValueError("inputs changed")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        handle.close()
        return None
    return header, handle


def _replay(header: dict[str, Any], handle: BinaryIO) -> None:
    """Write the recorded files and streams again, then exit with the recorded status."""
    sizes = iter(header["sizes"])
    with handle:
        if header["files"]:
            from roadmap.atomic import write_atomic  # noqa: PLC0415

            for name in header["files"]:
                try:
                    write_atomic(name, handle.read(next(sizes)))
                except OSError:
                    return
        for stream in (sys.stdout, sys.stderr):
            _copy(handle, next(sizes), stream)
    sys.exit(header["exit"])


def _copy(handle: BinaryIO, size: int, stream: TextIO) -> None:
    """Copy `size` bytes of `handle` to `stream`, a chunk at a time."""
    if not size:
        return
    stream.flush()
    target = getattr(stream, "buffer", None)
    while size:
        chunk = handle.read(min(size, 1 << 20))
        if not chunk:
            break
        size -= len(chunk)
        if target is not None:
            target.write(chunk)
        else:
            stream.write(chunk.decode(stream.encoding or "utf-8", "replace"))
    stream.flush()


def _terminal(stream: TextIO) -> list[Any]:
    try:
        if not stream.isatty():
            return [False]
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return [False]
    return [True, size.columns, size.lines]


def _exit_status(code: object) -> int:
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class _Tee:
    """A text stream that passes everything on to `stream` and keeps a copy as bytes.

    Text is kept encoded as the stream would encode it; `buffer` does the same for code
    that writes bytes. Everything else (isatty, fileno, encoding) is the stream's.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._chunks: list[bytes] = []
        self.encoding = getattr(stream, "encoding", None) or "utf-8"
        self.errors = getattr(stream, "errors", None) or "strict"
        inner = getattr(stream, "buffer", None)
        if inner is not None:
            self.buffer = _BinaryTee(inner, self._chunks)

    def write(self, text: str) -> int:
        written = self._stream.write(text)
        self._chunks.append(text.encode(self.encoding, self.errors))
        return written

    def writelines(self, lines: list[str]) -> None:
        for line in lines:
            self.write(line)

    def captured(self) -> bytes:
        return b"".join(self._chunks)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class _BinaryTee:
    """The bytes side of a _Tee."""

    def __init__(self, buffer: Any, chunks: list[bytes]) -> None:
        self._buffer = buffer
        self._chunks = chunks

    def write(self, data: bytes) -> int:
        written: int = self._buffer.write(data)
        self._chunks.append(bytes(data))
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._buffer, name)
