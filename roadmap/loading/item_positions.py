"""Find the line of a node inside one item of a top-level list, without the whole table.

A data file is mostly one long list (`actions:`, `goals:`), and most diagnostics point
into one item of it. Working out the positions of a 10,000-action file takes seconds;
the item that a diagnostic names is a dozen lines. So a Document first cuts out that
item's lines, parses them alone with positions, and shifts the answer back to the
file's lines. Whenever the cut is not plainly an item (a quoted or flow top-level key,
an alias to an anchor outside the item, anything the parse refuses), it answers None
and the caller works out the whole table, so the answer is always the one the whole
table gives (tested against it in tests/loading/test_item_positions.py).
"""

from __future__ import annotations

from typing import Any

WRAPPER = "item"
"""The key the cut-out item is parsed under."""


class ItemIndex:
    """Where each item of each top-level list starts, worked out once per key."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.lookups = 0
        self._bounds: dict[str, list[int] | None] = {}

    def locate(self, loc: tuple[Any, ...], *, key: bool = False) -> tuple[int, int] | None:
        """Line and column (1-based) of `loc`, or None when the cut cannot answer."""
        if len(loc) < 2 or not isinstance(loc[0], str) or not isinstance(loc[1], int):
            return None
        if isinstance(loc[1], bool):
            return None
        bounds = self.bounds(loc[0])
        index = loc[1]
        if bounds is None or not 0 <= index < len(bounds) - 1:
            return None
        self.lookups += 1
        first, end = bounds[index], bounds[index + 1]
        text = f"{WRAPPER}:\n" + "\n".join(self.lines[first:end]) + "\n"
        table = _positions(text)
        if table is None:
            return None
        line, column = table.locate((WRAPPER, 0, *loc[2:]), key=key)
        if line < 2:
            return None
        return (line - 2 + first + 1, column)

    def bounds(self, top_key: str) -> list[int] | None:
        """Start lines (0-based) of the items of `top_key`'s list, then the line after."""
        if top_key not in self._bounds:
            self._bounds[top_key] = _item_bounds(self.lines, top_key)
        return self._bounds[top_key]


def _item_bounds(lines: list[str], top_key: str) -> list[int] | None:
    header = _header_line(lines, top_key)
    if header is None:
        return None
    starts: list[int] = []
    indent = -1
    end = len(lines)
    for number in range(header + 1, len(lines)):
        line = lines[number]
        content = line.lstrip(" ")
        if not content or content.startswith("#"):
            continue
        current = len(line) - len(content)
        is_item = content == "-" or content.startswith("- ")
        if indent < 0:
            if not is_item:
                return None
            indent = current
        if current < indent or (current == indent and not is_item):
            end = number
            break
        if current == indent:
            starts.append(number)
    if not starts:
        return None
    while end > starts[-1] + 1 and not lines[end - 1].strip(" "):
        end -= 1
    return [*starts, end]


def _header_line(lines: list[str], top_key: str) -> int | None:
    """The line of `top_key:` at the start of a line, with nothing after it but a comment."""
    prefix = f"{top_key}:"
    found = None
    for number, line in enumerate(lines):
        if not line.startswith(prefix):
            continue
        rest = line[len(prefix) :].strip(" ")
        if rest and not rest.startswith("#"):
            return None
        if found is not None:
            return None
        found = number
    return found


def _positions(text: str) -> Any:
    from roadmap.loading import fast_yaml  # noqa: PLC0415

    try:
        _, table = fast_yaml.parse(text, positions=True)
    except fast_yaml.OutsideSubsetError:
        return None
    return table
