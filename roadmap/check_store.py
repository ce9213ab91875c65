"""The diagnostics of a check, stored per data directory and its exact bytes, so that
checking unchanged files reads them back without YAML, models or rules.

Once the rules ran on a directory whose files all loaded (roadmap.checks), one
`findings` entry of the file cache holds every diagnostic of that check, the loader's
(stages 1 and 2) and the rules' (stages 3 to 5), as JSON. A later run that takes its
models from the cache does not load the files again, so the loader's part would
otherwise be lost. It is keyed like every entry
(roadmap.cache_home.keyed_entry): the code, the directory as written and its real path,
and the digest of all data files by kind. `plan` and the other commands take it
and skip the rules. `roadmap check` needs nothing more: it reads and hashes
the files, finds the entry and prints it, and never loads the models (a warm check at
10,000 actions with ROADMAP_REPLAY=0: 0.86 s to 0.38 s, medians of 3). A directory with
a file that cannot be read, or an entry that is missing or malformed, takes the full
way.

Standard library only.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from roadmap import replay
from roadmap.cache_home import cache_dir, read_keyed
from roadmap.data_files import KINDS, inputs_digest, read_data_file
from roadmap.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    from roadmap.loading.cache import FileCache

PART = "findings"


def check_diagnostics(directory: str, *, use_cache: bool = True) -> list[Diagnostic]:
    """Every diagnostic of `directory`: stored ones when its files are unchanged, else
    those of a full check (roadmap.checks.check_directory)."""
    if use_cache:
        stored = stored_findings(directory)
        if stored is not None:
            return stored
    from roadmap.checks import check_directory  # noqa: PLC0415

    return check_directory(directory, use_cache=use_cache).diagnostics


def stored_findings(directory: str) -> list[Diagnostic] | None:
    """The diagnostics stored for the data files of `directory` as they are now, or None."""
    replay.note_input(directory, None)
    digests = {}
    for kind in KINDS:
        found = read_data_file(directory, kind)
        if found.problem is not None:
            return None
        if found.raw is not None:
            digests[kind] = found.digest
    payload = read_keyed(cache_dir(), _kind(directory), directory, inputs_digest(digests), PART)
    return None if payload is None else decode(payload)


def read_findings(cache: FileCache, directory: str, digest: bytes) -> list[Diagnostic] | None:
    """The diagnostics stored in `cache` for `directory` with these inputs, or None."""
    payload = cache.read(_kind(directory), directory, digest, PART)
    return None if payload is None else decode(payload)


def write_findings(
    cache: FileCache, directory: str, digest: bytes, found: list[Diagnostic]
) -> None:
    """Store what a check of `directory` with these inputs found in `cache`, once each
    and in the order `roadmap check` prints."""
    cache.write(_kind(directory), directory, digest, PART, encode(sorted(set(found))))


def encode(found: list[Diagnostic]) -> bytes:
    """The JSON of the diagnostics: a list of [file, line, column, code, severity,
    message]."""
    rows = [[d.file, d.line, d.column, d.code, str(d.severity), d.message] for d in found]
    return json.dumps(rows, ensure_ascii=False).encode("utf-8", "surrogateescape")


def decode(payload: bytes) -> list[Diagnostic] | None:
    """The diagnostics in `payload`, or None when it is not what `encode` writes."""
    try:
        return _diagnostics(json.loads(payload.decode("utf-8", "surrogateescape")))
    except (ValueError, TypeError, RecursionError):
        return None


def _diagnostics(rows: Any) -> list[Diagnostic]:
    if not isinstance(rows, list):
        raise TypeError("not a list of diagnostics")
    found = []
    for row in rows:
        if not isinstance(row, list) or len(row) != 6:
            raise TypeError("not a diagnostic")
        file, line, column, code, severity, message = row
        if not (isinstance(file, str) and isinstance(code, str) and isinstance(message, str)):
            raise TypeError("not a diagnostic")
        if type(line) is not int or type(column) is not int:
            raise TypeError("not a diagnostic")
        found.append(Diagnostic(file, line, column, code, Severity(severity), message))
    return found


def _kind(directory: str) -> str:
    """Findings are named by the directory as written: diagnostics name files by it."""
    return f"rules\0{directory}"
