"""A fast parser for the YAML that data files are written in, with PyYAML as its fallback.

Composing a 10,000-action file with PyYAML's C composer takes seconds, because every
node and mark becomes a Python object. This parser reads the common subset of YAML
line by line and builds the values and the PositionTable in one pass:

- block mappings and block sequences (also a sequence at its key's indent);
- flow mappings and flow sequences, also across lines;
- plain scalars on one line, single-quoted and double-quoted scalars on one line;
- literal and folded block scalars (see roadmap.loading.block_scalars);
- anchors on scalars, and aliases to them;
- comments and blank lines.

Flow collections live in roadmap.loading.fast_flow, scalars in fast_scalars. Whatever
else it meets (anchored collections, merge keys, tags, multi-line plain or quoted
scalars, document markers, empty values, tabs, duplicate keys, numbers too large,
anything malformed) makes it raise OutsideSubsetError, and the file is read by the
PyYAML path instead.
So it never reports a problem itself: every diagnostic comes from the reference path,
and where it does answer, its values and positions equal the reference path's (tested
both ways in tests/loading/, and by a differential property test).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

from roadmap.loading import fast_lines
from roadmap.loading.block_scalars import read_block_scalar
from roadmap.loading.errors import OutsideSubsetError
from roadmap.loading.fast_flow import FlowReader, one_line_flow
from roadmap.loading.fast_scalars import (
    MAX_DEPTH,
    MAX_KEY,
    PLAIN_START_BAD,
    Key,
    is_entry,
    key_of,
    plain_value,
    quoted,
    simple_value,
    skip_spaces,
)
from roadmap.loading.positions import MAPPING, SCALAR, SEQUENCE, PositionTable

__all__ = ["OutsideSubsetError", "parse", "plain_values"]

MAX_ALIASES = 1_000_000

_SIMPLE_ENTRY = re.compile(
    r'([A-Za-z_][A-Za-z0-9_]*): +(?:("[^"\\]*"|[A-Za-z0-9_][^#:]*?) *$|(?=[\[{]))'
)
_ANCHOR = re.compile(r"&([A-Za-z0-9_-]+) +(?=[^ #])")
_ALIAS = re.compile(r"\*([A-Za-z0-9_-]+)(?= |$|,|\]|\})")
_BAIL_CHARS = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


def parse(text: str, *, positions: bool = True) -> tuple[Any, PositionTable | None]:
    """Values and (unless `positions` is false) positions of `text`, or OutsideSubsetError.

    Without positions the parse is a quarter faster, and a file whose every line has
    one of the regular shapes is read by roadmap.loading.fast_lines, several times
    faster again; Documents ask for the positions only when a diagnostic needs a line.
    """
    if _BAIL_CHARS.search(text):
        raise OutsideSubsetError("a character outside the subset")
    if not positions:
        try:
            return fast_lines.values(text), None
        except OutsideSubsetError:
            pass
    parser = BlockParser(text, positions)
    return parser.document(), parser.table if positions else None


def plain_values(text: str) -> Any:
    """The values of `text` without positions, or OutsideSubsetError."""
    return parse(text, positions=False)[0]


def _no_row(kind: int, line: int, col: int, key: Key | None) -> int:
    return 0


def _no_close(row: int) -> None:
    return None


class BlockParser:
    def __init__(self, text: str, positions: bool) -> None:
        self.lines = lines = text.split("\n")
        contents = [line.lstrip(" ") for line in lines]
        self.rows = [n for n, content in enumerate(contents) if content and content[0] != "#"]
        self.indents = [len(lines[n]) - len(contents[n]) for n in self.rows]
        self.k = 0
        self.anchors: dict[str, tuple[Any, int, int]] = {}
        self.aliases = 0
        self.table = PositionTable()
        self.positions = positions
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
        if is_entry(line, indent):
            return self.block_sequence(indent, key, depth)
        if self._split_key(line, indent) is not None:
            return self.block_mapping(indent, key, depth)
        raise OutsideSubsetError("scalar or flow node on its own line")

    def block_mapping(self, indent: int, key: Key | None, depth: int) -> dict[Any, Any]:
        number = self.rows[self.k]
        row = self.add(MAPPING, number, indent, key)
        result: dict[Any, Any] = {}
        rows = self.rows
        indents = self.indents
        lines = self.lines
        add = self.add
        while self.k < len(rows):
            current = indents[self.k]
            if current != indent:
                if current > indent:
                    raise OutsideSubsetError("indentation")
                break
            number = rows[self.k]
            line = lines[number]
            simple = _SIMPLE_ENTRY.match(line, indent) if indent else None
            if simple is not None:
                name = simple.group(1)
                if name in result:
                    raise OutsideSubsetError("duplicate key")
                value = simple.group(2)
                if value is None:
                    result[name] = self.inline_value(
                        number,
                        simple.end(),
                        line,
                        indent=indent,
                        key=(name, number, indent),
                        depth=depth,
                    )
                    continue
                add(SCALAR, number, simple.start(2), (name, number, indent))
                result[name] = simple_value(value)
                self.k += 1
                continue
            number, current, line = self._line()
            split = self._split_key(line, indent)
            if split is None:
                if current == indent and not is_entry(line, indent):
                    raise OutsideSubsetError("not a key")
                break
            name, text, start = split
            if name in result:
                raise OutsideSubsetError("duplicate key")
            entry = (text, number, indent)
            col = skip_spaces(line, start)
            if col == len(line) or line[col] == "#":
                self.k += 1
                if self.k == len(rows):
                    raise OutsideSubsetError("empty value")
                below = self.indents[self.k]
                if below > indent or (
                    below == indent and is_entry(self.lines[rows[self.k]], below)
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
            if current != indent or not is_entry(line, indent):
                if current > indent:
                    raise OutsideSubsetError("indentation")
                break
            col = skip_spaces(line, indent + 1)
            if col == len(line) or line[col] == "#":
                self.k += 1
                if self.k == len(rows) or self.indents[self.k] <= indent:
                    raise OutsideSubsetError("empty item")
                result.append(self.block_node(self.indents[self.k], None, depth + 1))
            elif is_entry(line, col):
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
            text, end = quoted(line, col)
            after = skip_spaces(line, end)
            if line.startswith(":", after) and line[after + 1 : after + 2] in ("", " "):
                if end - col > MAX_KEY:
                    raise OutsideSubsetError("long key")
                return text, text, after + 1
            return None
        if first in PLAIN_START_BAD or (first == "-" and line[col + 1 : col + 2] in ("", " ")):
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
        return key_of(plain_value(text), text), text, colon + 1

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
        elif (
            first in "{[" and not self.positions and (flat := one_line_flow(line, col)) is not None
        ):
            value, end = flat, len(line)
        elif first in "{[":
            flow = FlowReader(self, number, col, indent)
            value = flow.node(key, depth + 1)
            end_line, end = flow.number, flow.col
            line = self.lines[end_line]
            self.k = bisect_right(self.rows, end_line) - 1
        elif first in "\"'":
            value, end = quoted(line, col)
            self.add(SCALAR, number, start, key)
        elif first in "|>":
            value, after = read_block_scalar(self.lines, number, col, indent)
            self.add(SCALAR, number, start, key)
            if anchor:
                self.anchors[anchor[0]] = (value, number, start)
            self.k = bisect_left(self.rows, after)
            return value
        else:
            if first in PLAIN_START_BAD or (first == "-" and line[col + 1 : col + 2] in ("", " ")):
                raise OutsideSubsetError("indicator")
            end = line.find(" #", col)
            if end < 0:
                end = len(line)
            text = line[col:end].rstrip(" ")
            if ": " in text or text.endswith(":"):
                raise OutsideSubsetError("colon in plain scalar")
            value = plain_value(text)
            self.add(SCALAR, number, start, key)
        if anchor:
            self.anchors[anchor[0]] = (value, number, start)
        end = skip_spaces(line, end)
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
