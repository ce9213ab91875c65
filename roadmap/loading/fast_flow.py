"""Flow collections (`{...}` and `[...]`) for the fast parser, also across lines."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from roadmap.loading.errors import OutsideSubsetError
from roadmap.loading.fast_scalars import (
    MAX_DEPTH,
    MAX_KEY,
    PLAIN_START_BAD,
    Key,
    key_of,
    plain_value,
    quoted,
    simple_value,
    skip_spaces,
)
from roadmap.loading.positions import MAPPING, SCALAR, SEQUENCE

if TYPE_CHECKING:
    from roadmap.loading.fast_yaml import BlockParser

_FLOW_PAIR = re.compile(
    r'([A-Za-z_][A-Za-z0-9_]*): +("[^"\\]*"|[A-Za-z0-9_][^,\[\]{}#:"\']*?) *([,}])'
)
_FLOW_ITEM = re.compile(r'("[^"\\]*"|[A-Za-z0-9_][^,\[\]{}#:"\']*?) *([,\]])')
_FLOW_PLAIN_END = re.compile(r"[,\[\]{}]|:(?=[ ,\[\]{}]|$)| #")


class FlowReader:
    """A flow collection, possibly across lines; its cursor is (number, col)."""

    def __init__(self, parser: BlockParser, number: int, col: int, indent: int) -> None:
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
            col = skip_spaces(line, self.col)
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
            text, self.col = quoted(line, col)
            return text, text
        if first in PLAIN_START_BAD or (first == "-" and line[col + 1 : col + 2] in ("", " ")):
            raise OutsideSubsetError("indicator")
        found = _FLOW_PLAIN_END.search(line, col)
        end = found.start() if found else len(line)
        text = line[col:end].rstrip(" ")
        if ":" in text or not text:
            raise OutsideSubsetError("colon in flow scalar")
        self.col = end
        return plain_value(text), text

    def mapping(self, key: Key | None, depth: int) -> dict[Any, Any]:
        row = self.add(MAPPING, self.number, self.col, key)
        result: dict[Any, Any] = {}
        self.col += 1
        if self.skip() == "}":
            self.col += 1
            self.close(row)
            return result
        while True:
            pair = _FLOW_PAIR.match(self.line, self.col)
            if pair is not None:
                name = pair.group(1)
                if name in result:
                    raise OutsideSubsetError("duplicate key")
                self.add(SCALAR, self.number, pair.start(2), (name, self.number, self.col))
                result[name] = simple_value(pair.group(2))
                self.col = pair.end()
                if pair.group(3) == "}" or self.skip() == "}":
                    if pair.group(3) == ",":
                        self.col += 1
                    break
                continue
            number, col, first = self.number, self.col, self.line[self.col]
            if first in "{[":
                raise OutsideSubsetError("collection as a key")
            line = self.line
            if first in "\"'":
                text, end = quoted(line, col)
                name = text
            else:
                if first in PLAIN_START_BAD or first == "-":
                    raise OutsideSubsetError("indicator")
                found = _FLOW_PLAIN_END.search(line, col)
                end = found.start() if found else len(line)
                text = line[col:end].rstrip(" ")
                if ":" in text or not text or len(text) > MAX_KEY or text == "<<":
                    raise OutsideSubsetError("key")
                name = key_of(plain_value(text), text)
            end = skip_spaces(line, end)
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
            item = _FLOW_ITEM.match(self.line, self.col)
            if item is not None:
                self.add(SCALAR, self.number, self.col, None)
                result.append(simple_value(item.group(1)))
                self.col = item.end()
                if item.group(2) == "]" or self.skip() == "]":
                    if item.group(2) == ",":
                        self.col += 1
                    break
                continue
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


_WORDLIKE = r"[A-Za-z0-9_][A-Za-z0-9_.\-]*"
_SEQ_OF_WORDS = re.compile(rf"\[ *({_WORDLIKE}(?: *, *{_WORDLIKE})*)? *\] *$")
_COMMA = re.compile(r" *, *")
_PAIR_VALUE = r'"[^"\\,}]*"|[A-Za-z0-9_][A-Za-z0-9_.\- ]*?'
_MAP_OF_PAIRS = re.compile(
    rf"\{{ *((?:[A-Za-z_][A-Za-z0-9_]*): +(?:{_PAIR_VALUE})"
    rf"(?: *, *[A-Za-z_][A-Za-z0-9_]*: +(?:{_PAIR_VALUE}))*)? *\}} *$"
)
_PAIR = re.compile(rf"([A-Za-z_][A-Za-z0-9_]*): +({_PAIR_VALUE})(?= *(?:,|$))")


def one_line_flow(line: str, col: int) -> Any:
    """The value of a flow collection of plain words, or of `key: word` pairs, that
    fills the rest of its line; None for any other (FlowReader reads those).

    The common shapes (`[OG1.1, OG1.2]`, `{impact: 3, readiness: 4}`) are matched by
    one regular expression and split in C; only used when positions are not wanted.
    """
    if line[col] == "[":
        words = _SEQ_OF_WORDS.match(line, col)
        if words is None:
            return None
        inner = words.group(1)
        return [] if inner is None else [simple_value(w) for w in _COMMA.split(inner)]
    pairs = _MAP_OF_PAIRS.match(line, col)
    if pairs is None:
        return None
    inner = pairs.group(1)
    if inner is None:
        return {}
    found = _PAIR.findall(inner)
    result = {key: simple_value(value.rstrip(" ")) for key, value in found}
    if len(result) != len(found):
        return None
    return result
