"""A fast parser for the YAML that data files are written in, with PyYAML as its fallback.

Composing a 10,000-action file with PyYAML's C composer takes seconds, because every
node and mark becomes a Python object. This parser reads the common subset of YAML
line by line and builds the values and the PositionTable in one pass:

- block mappings and block sequences (also a sequence at its key's indent);
- flow mappings and flow sequences, also across lines;
- plain scalars on one line, single-quoted and double-quoted scalars on one line;
- literal and folded block scalars (see roadmap.loading.block_scalars);
- comments and blank lines.

Whatever else it meets (anchors, aliases, tags, multi-line plain or quoted scalars,
document markers, empty values, tabs, duplicate keys, numbers too large, anything
malformed) makes it raise OutsideSubsetError, and the file is read by the PyYAML path instead.
So it never reports a problem itself: every diagnostic comes from the reference path,
and where it does answer, its values and positions equal the reference path's (tested
both ways in tests/loading/, and by a differential property test).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from roadmap.loading.block_scalars import read_block_scalar
from roadmap.loading.errors import OutsideSubsetError
from roadmap.loading.positions import MAPPING, SCALAR, SEQUENCE, PositionTable
from roadmap.loading.scalars import NumberError, resolve_plain

__all__ = ["OutsideSubsetError", "parse"]

MAX_DEPTH = 100
MAX_KEY = 1000
MAX_ALIASES = 1_000_000

_ANCHOR = re.compile(r"&([A-Za-z0-9_-]+) +(?=[^ #])")
_ALIAS = re.compile(r"\*([A-Za-z0-9_-]+)(?= |$|,|\]|\})")
_BAIL_CHARS = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_PLAIN_START_BAD = frozenset("[]{},#&*!|>'\"%@`?:")
_FLOW_PLAIN_END = re.compile(r"[,\[\]{}]|:(?=[ ,\[\]{}]|$)| #")
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

Key = tuple[str, int, int]


def parse(text: str, *, positions: bool = True) -> tuple[Any, PositionTable | None]:
    """Values and (unless `positions` is false) positions of `text`, or OutsideSubsetError.

    Without positions the parse is a quarter faster; Documents ask for the positions
    only when a diagnostic needs a line.
    """
    if _BAIL_CHARS.search(text):
        raise OutsideSubsetError("a character outside the subset")
    parser = _Parser(text, positions)
    return parser.document(), parser.table if positions else None


def _no_row(kind: int, line: int, col: int, key: Key | None) -> int:
    return 0


def _no_close(row: int) -> None:
    return None


def _plain_value(text: str) -> Any:
    try:
        return resolve_plain(text)
    except NumberError as exc:
        raise OutsideSubsetError("number") from exc


def _key_of(value: Any, text: str) -> Any:
    """The dict key of a scalar, as the reference builder makes it."""
    if isinstance(value, float | bool) or value is None:
        return text
    return value


class _Parser:
    def __init__(self, text: str, positions: bool) -> None:
        self.lines = text.split("\n")
        self.rows: list[int] = []
        self.indents: list[int] = []
        for number, line in enumerate(self.lines):
            content = line.lstrip(" ")
            if content and content[0] != "#":
                self.rows.append(number)
                self.indents.append(len(line) - len(content))
        self.k = 0
        self.anchors: dict[str, tuple[Any, int, int]] = {}
        self.aliases = 0
        self.table = PositionTable()
        self.add = self.table.add if positions else _no_row
        self.close = self.table.close if positions else _no_close

    def document(self) -> Any:
        if not self.rows or self.indents[0] != 0:
            raise OutsideSubsetError("empty or indented document")
        value = self.block_node(0, None, 0)
        if self.k != len(self.rows) or not isinstance(value, dict):
            raise OutsideSubsetError("trailing content or not a mapping")
        return value

    def _line(self) -> tuple[int, int, str]:
        """The current content line: number, indent, text. Marks document markers."""
        number = self.rows[self.k]
        indent = self.indents[self.k]
        line = self.lines[number]
        if indent == 0 and line.startswith(("---", "...")):
            raise OutsideSubsetError("document marker")
        return number, indent, line

    def block_node(self, indent: int, key: Key | None, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise OutsideSubsetError("deep")
        _, _, line = self._line()
        if _is_entry(line, indent):
            return self.block_sequence(indent, key, depth)
        if self._split_key(line, indent) is not None:
            return self.block_mapping(indent, key, depth)
        raise OutsideSubsetError("scalar or flow node on its own line")

    def block_mapping(self, indent: int, key: Key | None, depth: int) -> dict[Any, Any]:
        number = self.rows[self.k]
        row = self.add(MAPPING, number, indent, key)
        result: dict[Any, Any] = {}
        rows = self.rows
        while self.k < len(rows):
            number, current, line = self._line()
            if current != indent:
                if current > indent:
                    raise OutsideSubsetError("indentation")
                break
            split = self._split_key(line, indent)
            if split is None:
                if current == indent and not _is_entry(line, indent):
                    raise OutsideSubsetError("not a key")
                break
            name, text, start = split
            if name in result:
                raise OutsideSubsetError("duplicate key")
            entry = (text, number, indent)
            col = _skip_spaces(line, start)
            if col == len(line) or line[col] == "#":
                self.k += 1
                if self.k == len(rows):
                    raise OutsideSubsetError("empty value")
                below = self.indents[self.k]
                if below > indent or (
                    below == indent and _is_entry(self.lines[rows[self.k]], below)
                ):
                    result[name] = self.block_node(below, entry, depth + 1)
                else:
                    raise OutsideSubsetError("empty value")
            else:
                result[name] = self.inline_value(
                    number, col, line, indent=indent, key=entry, depth=depth
                )
        self.close(row)
        return result

    def block_sequence(self, indent: int, key: Key | None, depth: int) -> list[Any]:
        number = self.rows[self.k]
        row = self.add(SEQUENCE, number, indent, key)
        result: list[Any] = []
        rows = self.rows
        while self.k < len(rows):
            number, current, line = self._line()
            if current != indent or not _is_entry(line, indent):
                if current > indent:
                    raise OutsideSubsetError("indentation")
                break
            col = _skip_spaces(line, indent + 1)
            if col == len(line) or line[col] == "#":
                self.k += 1
                if self.k == len(rows) or self.indents[self.k] <= indent:
                    raise OutsideSubsetError("empty item")
                result.append(self.block_node(self.indents[self.k], None, depth + 1))
            elif _is_entry(line, col):
                raise OutsideSubsetError("compact nested sequence")
            elif self._split_key(line, col) is not None:
                self.indents[self.k] = col
                result.append(self.block_mapping(col, None, depth + 1))
            else:
                result.append(
                    self.inline_value(number, col, line, indent=indent, key=None, depth=depth)
                )
        self.close(row)
        return result

    def _split_key(self, line: str, col: int) -> tuple[Any, str, int] | None:
        """A mapping entry's key at `col`: (dict key, key text, column after ': ')."""
        first = line[col]
        if first in "\"'":
            text, end = _quoted(line, col)
            after = _skip_spaces(line, end)
            if line.startswith(":", after) and line[after + 1 : after + 2] in ("", " "):
                if end - col > MAX_KEY:
                    raise OutsideSubsetError("long key")
                return text, text, after + 1
            return None
        if first in _PLAIN_START_BAD or (first == "-" and line[col + 1 : col + 2] in ("", " ")):
            return None
        colon = line.find(": ", col)
        if colon < 0:
            if not line.endswith(":"):
                return None
            colon = len(line) - 1
        hash_at = line.find(" #", col)
        if 0 <= hash_at < colon:
            return None
        text = line[col:colon].rstrip(" ")
        if not text or len(text) > MAX_KEY or text == "<<":
            raise OutsideSubsetError("key")
        return _key_of(_plain_value(text), text), text, colon + 1

    def inline_value(
        self, number: int, col: int, line: str, *, indent: int, key: Key | None, depth: int
    ) -> Any:
        """A value that starts on this line after `key: ` or `- `; moves past it."""
        first = line[col]
        anchor = None
        if first == "&":
            found = _ANCHOR.match(line, col)
            if found is None:
                raise OutsideSubsetError("anchor")
            anchor = (found.group(1), col)
            col = found.end()
            first = line[col]
            if first in "{[*&!":
                raise OutsideSubsetError("anchored collection")
        start = anchor[1] if anchor else col
        if first == "*":
            value, start, end = self.alias(number, line, col, key)
        elif first in "{[":
            flow = _Flow(self, number, col, indent)
            value = flow.node(key, depth + 1)
            end_line, end = flow.number, flow.col
            line = self.lines[end_line]
            self.k = bisect_right(self.rows, end_line) - 1
        elif first in "\"'":
            value, end = _quoted(line, col)
            self.add(SCALAR, number, start, key)
        elif first in "|>":
            value, after = read_block_scalar(self.lines, number, col, indent)
            self.add(SCALAR, number, start, key)
            if anchor:
                self.anchors[anchor[0]] = (value, number, start)
            self.k = bisect_left(self.rows, after)
            return value
        else:
            if first in _PLAIN_START_BAD or (first == "-" and line[col + 1 : col + 2] in ("", " ")):
                raise OutsideSubsetError("indicator")
            end = line.find(" #", col)
            if end < 0:
                end = len(line)
            text = line[col:end].rstrip(" ")
            if ": " in text or text.endswith(":"):
                raise OutsideSubsetError("colon in plain scalar")
            value = _plain_value(text)
            self.add(SCALAR, number, start, key)
        if anchor:
            self.anchors[anchor[0]] = (value, number, start)
        end = _skip_spaces(line, end)
        if end < len(line) and (line[end] != "#" or line[end - 1] != " "):
            raise OutsideSubsetError("text after a value")
        self.k += 1
        return value

    def alias(self, number: int, line: str, col: int, key: Key | None) -> tuple[Any, int, int]:
        """The value of the alias at `col`, its anchor's column, and the column after it.

        Only scalars are anchored here, so an alias adds one value and one row, at the
        anchored node's position, as the PyYAML path gives it.
        """
        found = _ALIAS.match(line, col)
        if found is None or found.group(1) not in self.anchors:
            raise OutsideSubsetError("alias")
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            raise OutsideSubsetError("too many aliases")
        value, anchor_line, anchor_col = self.anchors[found.group(1)]
        self.add(SCALAR, anchor_line, anchor_col, key)
        return value, anchor_col, found.end()


def _is_entry(line: str, col: int) -> bool:
    """True when a block sequence entry (`- ` or a lone `-`) starts at `col`."""
    return line.startswith("-", col) and (len(line) == col + 1 or line[col + 1] == " ")


def _skip_spaces(line: str, col: int) -> int:
    length = len(line)
    while col < length and line[col] == " ":
        col += 1
    return col


def _quoted(line: str, col: int) -> tuple[str, int]:
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


class _Flow:
    """A flow collection, possibly across lines; its cursor is (number, col)."""

    def __init__(self, parser: _Parser, number: int, col: int, indent: int) -> None:
        self.parser = parser
        self.lines = parser.lines
        self.add = parser.add
        self.close = parser.close
        self.number = number
        self.col = col
        self.line = parser.lines[number]
        self.indent = indent

    def skip(self) -> str:
        """Skip spaces, comments and line breaks; return the next character."""
        while True:
            line = self.line
            col = _skip_spaces(line, self.col)
            if col < len(line) and line[col] != "#":
                self.col = col
                return line[col]
            if col < len(line) and col > 0 and line[col - 1] != " ":
                raise OutsideSubsetError("'#' after a token")
            self.number += 1
            if self.number >= len(self.lines):
                raise OutsideSubsetError("unclosed flow collection")
            self.line = self.lines[self.number]
            self.col = 0
            content = self.line.lstrip(" ")
            if content and content[0] != "#" and len(self.line) - len(content) <= self.indent:
                raise OutsideSubsetError("flow continuation not indented")

    def node(self, key: Key | None, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise OutsideSubsetError("deep")
        first = self.line[self.col]
        if first == "{":
            return self.mapping(key, depth)
        if first == "[":
            return self.sequence(key, depth)
        value, _ = self.scalar(key)
        return value

    def scalar(self, key: Key | None) -> tuple[Any, str]:
        """A scalar in flow context: its value and its text (for keys)."""
        line, col = self.line, self.col
        first = line[col]
        if first == "*":
            value, _, self.col = self.parser.alias(self.number, line, col, key)
            return value, ""
        self.add(SCALAR, self.number, col, key)
        if first in "\"'":
            text, self.col = _quoted(line, col)
            return text, text
        if first in _PLAIN_START_BAD or (first == "-" and line[col + 1 : col + 2] in ("", " ")):
            raise OutsideSubsetError("indicator")
        found = _FLOW_PLAIN_END.search(line, col)
        end = found.start() if found else len(line)
        text = line[col:end].rstrip(" ")
        if ":" in text or not text:
            raise OutsideSubsetError("colon in flow scalar")
        self.col = end
        return _plain_value(text), text

    def mapping(self, key: Key | None, depth: int) -> dict[Any, Any]:
        row = self.add(MAPPING, self.number, self.col, key)
        result: dict[Any, Any] = {}
        self.col += 1
        if self.skip() == "}":
            self.col += 1
            self.close(row)
            return result
        while True:
            number, col, first = self.number, self.col, self.line[self.col]
            if first in "{[":
                raise OutsideSubsetError("collection as a key")
            line = self.line
            if first in "\"'":
                text, end = _quoted(line, col)
                name: Any = text
            else:
                if first in _PLAIN_START_BAD or first == "-":
                    raise OutsideSubsetError("indicator")
                found = _FLOW_PLAIN_END.search(line, col)
                end = found.start() if found else len(line)
                text = line[col:end].rstrip(" ")
                if ":" in text or not text or len(text) > MAX_KEY or text == "<<":
                    raise OutsideSubsetError("key")
                name = _key_of(_plain_value(text), text)
            end = _skip_spaces(line, end)
            if not line.startswith(":", end) or line[end + 1 : end + 2] not in ("", " "):
                raise OutsideSubsetError("flow entry without ': '")
            if name in result:
                raise OutsideSubsetError("duplicate key")
            self.col = end + 1
            if self.skip() in ",}":
                raise OutsideSubsetError("empty value")
            result[name] = self.node((text, number, col), depth + 1)
            if not self._next("}"):
                break
        self.close(row)
        return result

    def sequence(self, key: Key | None, depth: int) -> list[Any]:
        row = self.add(SEQUENCE, self.number, self.col, key)
        result: list[Any] = []
        self.col += 1
        if self.skip() == "]":
            self.col += 1
            self.close(row)
            return result
        while True:
            if self.line[self.col] == ",":
                raise OutsideSubsetError("empty entry")
            result.append(self.node(None, depth + 1))
            if not self._next("]"):
                break
        self.close(row)
        return result

    def _next(self, closing: str) -> bool:
        """After an entry: True when another entry follows, False at `closing`."""
        following = self.skip()
        if following == ",":
            self.col += 1
            if self.skip() != closing:
                return True
            following = closing
        if following != closing:
            raise OutsideSubsetError("expected ',' or a closing bracket")
        self.col += 1
        return False
