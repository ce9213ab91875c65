"""Read a data file's text, or say in one diagnostic why it cannot be read.

The size limit is checked on the open file before a byte is read, and the read itself
stops past it, so a huge file (or one that grows meanwhile) costs nothing. Only regular
files are read: a directory, a named pipe or a device in place of a file is refused
without blocking on it. Standard library only.
"""

from __future__ import annotations

import os
import stat
from typing import Any, AnyStr

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.texts import say

MAX_FILE_BYTES = 64 * 1024 * 1024


def read_text(path: str, *, required: bool = True) -> str | Diagnostic | None:
    """The text of the YAML file at `path`, a diagnostic saying why not, or None when an
    optional file is absent. Never raises for bad input."""
    name = os.path.basename(path)
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        if os.path.lexists(path):
            return _error(path, "Y000.not_regular", name=name)
        if not required:
            return None
        return _error(path, "Y000.missing", name=name)
    except PermissionError:
        return _error(path, "Y000.denied")
    except OSError as exc:
        return _error(path, "Y000.unreadable", reason=exc.strerror)
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            return _error(path, "Y000.directory", name=name)
        if not stat.S_ISREG(info.st_mode):
            return _error(path, "Y000.not_regular", name=name)
        return _error(path, "Y000.too_large", mib=MAX_FILE_BYTES // 2**20)
    with os.fdopen(fd, "rb") as handle:
        try:
            raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            return _error(path, "Y000.unreadable", reason=exc.strerror)
    if len(raw) > MAX_FILE_BYTES:
        return _error(path, "Y000.too_large", mib=MAX_FILE_BYTES // 2**20)
    return decode(path, raw)


def decode(path: str, raw: bytes) -> str | Diagnostic:
    """UTF-8 text with a byte-order mark dropped and line ends made `\\n`; UTF-16, bytes
    that are not UTF-8 and NUL bytes are diagnostics at their place."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _error(path, "Y002.utf16", (1, 1))
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start : exc.start + 1].hex()
        return _error(path, "Y002.byte", _place(raw, exc.start, b"\n"), byte=bad)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        return _error(path, "Y003", _place(text, text.index("\x00"), "\n"))
    return text


def _place(text: AnyStr, offset: int, newline: AnyStr) -> tuple[int, int]:
    before = text[:offset]
    return before.count(newline) + 1, offset - (before.rfind(newline) + 1) + 1


def _error(path: str, key: str, at: tuple[int, int] = (0, 0), **values: Any) -> Diagnostic:
    """The error `key` (its code is the part before the dot) at `at`; 0, 0 is the file."""
    return Diagnostic(path, *at, key.partition(".")[0], Severity.ERROR, say(key, **values))
