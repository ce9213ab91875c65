"""Read a data file's text, or say in one diagnostic why it cannot be read.

The size limit is checked on the open file before a byte is read, and the read itself
stops past it, so a huge file (or one that grows meanwhile) costs nothing. Only regular
files are read: a directory, a named pipe or a device in place of a file is refused
without blocking on it. Standard library only.
"""

from __future__ import annotations

import os
import stat
from typing import AnyStr

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
            return _unreadable(path, say("Y000.not_regular", name=name))
        if not required:
            return None
        return _unreadable(path, say("Y000.missing", name=name))
    except PermissionError:
        return _unreadable(path, say("Y000.denied"))
    except OSError as exc:
        return _unreadable(path, say("Y000.unreadable", reason=exc.strerror))
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            return _unreadable(path, say("Y000.directory", name=name))
        if not stat.S_ISREG(info.st_mode):
            return _unreadable(path, say("Y000.not_regular", name=name))
        return _too_large(path)
    with os.fdopen(fd, "rb") as handle:
        try:
            raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            return _unreadable(path, say("Y000.unreadable", reason=exc.strerror))
    if len(raw) > MAX_FILE_BYTES:
        return _too_large(path)
    return decode(path, raw)


def decode(path: str, raw: bytes) -> str | Diagnostic:
    """UTF-8 text with a byte-order mark dropped and line ends made `\\n`; UTF-16, bytes
    that are not UTF-8 and NUL bytes are diagnostics at their place."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _error(path, 1, 1, "Y002", say("Y002.utf16"))
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _place(raw, exc.start, b"\n")
        bad = raw[exc.start : exc.start + 1].hex()
        message = say("Y002.byte", byte=bad)
        return _error(path, line, column, "Y002", message)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line, column = _place(text, text.index("\x00"), "\n")
        message = say("Y003")
        return _error(path, line, column, "Y003", message)
    return text


def _place(text: AnyStr, offset: int, newline: AnyStr) -> tuple[int, int]:
    before = text[:offset]
    return before.count(newline) + 1, offset - (before.rfind(newline) + 1) + 1


def _too_large(path: str) -> Diagnostic:
    return _unreadable(path, say("Y000.too_large", mib=MAX_FILE_BYTES // (1024 * 1024)))


def _unreadable(path: str, message: str) -> Diagnostic:
    return _error(path, 0, 0, "Y000", message)


def _error(path: str, line: int, column: int, code: str, message: str) -> Diagnostic:
    return Diagnostic(path, line, column, code, Severity.ERROR, message)
