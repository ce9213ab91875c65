"""Scalars and small helpers of the fast parser (roadmap.loading.fast_yaml)."""

from __future__ import annotations

from typing import Any

from roadmap.loading.errors import OutsideSubsetError
from roadmap.loading.scalars import NumberError, resolve_plain

MAX_DEPTH = 100
MAX_KEY = 1000

Key = tuple[str, int, int]

PLAIN_START_BAD = frozenset("[]{},#&*!|>'\"%@`?:")
_DIGITS = frozenset("0123456789")
_WORDS = frozenset({"null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"})
_ESCAPES = {
    "\\": "\\",
    '"': '"',
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "0": "\x00",
    "a": "\x07",
    "b": "\x08",
    "v": "\x0b",
    "f": "\x0c",
    "e": "\x1b",
    " ": " ",
    "N": "\x85",
    "_": "\xa0",
    "L": "\u2028",
    "P": "\u2029",
}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def plain_value(text: str) -> Any:
    try:
        return resolve_plain(text)
    except NumberError as exc:
        raise OutsideSubsetError("number") from exc


def simple_value(text: str) -> Any:
    """A value matched by one of the simple patterns: double-quoted without escapes, or
    plain and starting with a letter, digit or underscore."""
    first = text[0]
    if first == '"':
        return text[1:-1]
    if first in _DIGITS or text in _WORDS:
        return plain_value(text)
    return text


def key_of(value: Any, text: str) -> Any:
    """The dict key of a scalar, as the reference builder makes it."""
    if isinstance(value, float | bool) or value is None:
        return text
    return value


def is_entry(line: str, col: int) -> bool:
    """True when a block sequence entry (`- ` or a lone `-`) starts at `col`."""
    return line.startswith("-", col) and (len(line) == col + 1 or line[col + 1] == " ")


def skip_spaces(line: str, col: int) -> int:
    length = len(line)
    while col < length and line[col] == " ":
        col += 1
    return col


def quoted(line: str, col: int) -> tuple[str, int]:
    """A quoted scalar on one line starting at `col`: its value and the column after it."""
    if line[col] == "'":
        parts = []
        start = col + 1
        while True:
            close = line.find("'", start)
            if close < 0:
                raise OutsideSubsetError("multi-line quoted")
            if line.startswith("'", close + 1):
                parts.append(line[start : close + 1])
                start = close + 2
                continue
            parts.append(line[start:close])
            return "".join(parts), close + 1
    start = col + 1
    close = line.find('"', start)
    if close < 0:
        raise OutsideSubsetError("multi-line quoted")
    slash = line.find("\\", start, close)
    if slash < 0:
        return line[start:close], close + 1
    return _escaped(line, start)


def _escaped(line: str, start: int) -> tuple[str, int]:
    parts = []
    at = start
    length = len(line)
    while True:
        close = line.find('"', at)
        slash = line.find("\\", at)
        if close < 0:
            raise OutsideSubsetError("multi-line quoted")
        if slash < 0 or close < slash:
            parts.append(line[at:close])
            return "".join(parts), close + 1
        parts.append(line[at:slash])
        if slash + 1 >= length:
            raise OutsideSubsetError("escaped line break")
        code = line[slash + 1]
        if code in _ESCAPES:
            parts.append(_ESCAPES[code])
            at = slash + 2
            continue
        width = _HEX_ESCAPES.get(code)
        digits = line[slash + 2 : slash + 2 + width] if width else ""
        if not width or len(digits) != width or not set(digits) <= _HEX_DIGITS:
            raise OutsideSubsetError("escape")
        point = int(digits, 16)
        if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF:
            raise OutsideSubsetError("escape")
        parts.append(chr(point))
        at = slash + 2 + width
