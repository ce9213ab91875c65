"""Find the line of a node inside one item of a top-level list, without the whole table.

A data file is mostly one long list (`actions:`, `goals:`), and most diagnostics point
into one item of it. Working out the positions of a 10,000-action file takes seconds;
the item that a diagnostic names is a dozen lines. So a Document first cuts out that
item's lines, parses them alone with positions, and shifts the answer back to the
file's lines. Whenever the cut is not plainly an item (a quoted or flow top-level key,
an alias to an anchor outside the item, anything the parse refuses), it answers None
and the caller works out the whole table, so the answer is always the one the whole
table gives (tested against it in tests/loading/test_item_positions.py).

The items are found with str.find and regular expressions over the whole text, never
line by line in Python: a file of 10,000 actions has 135,000 lines, and the loop over
them took 0.15 s. The expressions that scan far start with a newline, which the regex
engine finds at C speed (one anchored at `^` is tried at every character: 4x slower). A
line counts when it holds more than spaces and is not a comment; the list's indent is
that of its first such line, which must be an item (`-` alone or `- ...`), and the list
ends at the first such line that is indented less, or as much without being an item.
Lines are what `split("\\n")` gives, so a carriage return belongs to its line, as in
the line-by-line scan this replaced (kept in the tests as the reference).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

WRAPPER = "item"
"""The key the cut-out item is parsed under."""

_COUNTS = re.compile(r"^ *[^ #\n]", re.MULTILINE)
_ITEM_AT = re.compile(r"-(?: |$)", re.MULTILINE)


class ItemIndex:
    """Where each item of each top-level list starts, worked out once per key."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lookups = 0
        self._items: dict[str, _Items | None] = {}

    def locate(self, loc: tuple[Any, ...], *, key: bool = False) -> tuple[int, int] | None:
        """Line and column (1-based) of `loc`, or None when the cut cannot answer."""
        if len(loc) < 2 or not isinstance(loc[0], str) or not isinstance(loc[1], int):
            return None
        if isinstance(loc[1], bool):
            return None
        cut = self.cut(loc[0], loc[1])
        if cut is None:
            return None
        self.lookups += 1
        first, lines = cut
        table = _positions(f"{WRAPPER}:\n{lines}\n")
        if table is None:
            return None
        line, column = table.locate((WRAPPER, 0, *loc[2:]), key=key)
        if line < 2:
            return None
        return (line - 2 + first + 1, column)

    def bounds(self, top_key: str) -> list[int] | None:
        """Start lines (0-based) of the items of `top_key`'s list, then the line after."""
        items = self._find(top_key)
        return None if items is None else items.lines

    def cut(self, top_key: str, index: int) -> tuple[int, str] | None:
        """The first line (0-based) and the lines of item `index` of `top_key`'s list."""
        items = self._find(top_key)
        if items is None or not 0 <= index < len(items.starts):
            return None
        return (items.lines[index], self.text[items.starts[index] : items.ends[index]])

    def _find(self, top_key: str) -> _Items | None:
        if top_key not in self._items:
            self._items[top_key] = _find_items(self.text, top_key)
        return self._items[top_key]


class _Items:
    """The items of one list: first lines (then the line after), and text offsets."""

    __slots__ = ("ends", "lines", "starts")

    def __init__(self, lines: list[int], starts: list[int], ends: list[int]) -> None:
        self.lines = lines
        self.starts = starts
        self.ends = ends


def _find_items(text: str, top_key: str) -> _Items | None:
    header = _after_header(text, top_key)
    if header is None:
        return None
    first = _COUNTS.search(text, header)
    if first is None:
        return None
    indent = first.end() - 1 - first.start()
    if not _ITEM_AT.match(text, first.end() - 1):
        return None
    found = _list_end(indent).search(text, first.start())
    stop = len(text) if found is None else found.start() + 1
    starts = [m.start() + 1 for m in _item(indent).finditer(text, first.start() - 1, stop)]
    line = text.count("\n", 0, starts[0])
    lines = [line]
    for before, after in itertools.pairwise(starts):
        line += text.count("\n", before, after)
        lines.append(line)
    end = line + text.count("\n", starts[-1], stop)
    limit = stop - 1 if found is not None else stop
    if found is None:
        end += 1
    while end > lines[-1] + 1:
        newline = text.rfind("\n", 0, limit)
        if text[newline + 1 : limit].strip(" "):
            break
        limit = newline
        end -= 1
    ends = [after - 1 for after in starts[1:]]
    ends.append(limit)
    return _Items([*lines, end], starts, ends)


def _after_header(text: str, top_key: str) -> int | None:
    """Where the line after `top_key:` starts, when that line is the only one starting
    with it and has nothing after it but a comment."""
    prefix = f"{top_key}:"
    found = None
    start = 0 if text.startswith(prefix) else _next_line_with(text, prefix, 0)
    while start >= 0:
        newline = text.find("\n", start)
        after = len(text) + 1 if newline < 0 else newline + 1
        rest = text[start + len(prefix) : after - 1].strip(" ")
        if (rest and not rest.startswith("#")) or found is not None:
            return None
        found = after
        start = _next_line_with(text, prefix, after - 1)
    return found


def _next_line_with(text: str, prefix: str, start: int) -> int:
    """Where the next line after `start` that begins with `prefix` starts, or -1."""
    found = text.find(f"\n{prefix}", start)
    return found if found < 0 else found + 1


@functools.lru_cache(maxsize=64)
def _item(indent: int) -> re.Pattern[str]:
    """A newline, then an item line at `indent` (a literal first is found fast)."""
    return re.compile(f"\n {{{indent}}}-(?: |$)", re.MULTILINE)


@functools.lru_cache(maxsize=64)
def _list_end(indent: int) -> re.Pattern[str]:
    """A newline, then a line that counts and is indented less than `indent`, or as
    much but is no item."""
    same = f" {{{indent}}}(?:[^ #\\n-]|-[^ \\n])"
    less = f" {{0,{indent - 1}}}[^ #\\n]|" if indent else ""
    return re.compile(f"\\n(?:{less}{same})")


def _positions(text: str) -> Any:
    from roadmap.loading import fast_yaml  # noqa: PLC0415

    try:
        _, table = fast_yaml.parse(text, positions=True)
    except fast_yaml.OutsideSubsetError:
        return None
    return table
