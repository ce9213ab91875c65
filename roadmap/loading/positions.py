"""Where every value of a YAML file is: a compact table, beside the data, never inside it.

The table holds one row per node, in pre-order, as the mapping entries and sequence items
would be walked from the root: a mapping's own entries first, then those merged in with
`<<`, and an alias's target again at each place it is used. A row keeps the node's
line and column, its kind, how many rows its subtree spans, and, for a mapping entry,
the key's text and position. Rows live in `array`s, so a table of a million nodes costs a
few tens of megabytes, pickles as raw bytes for the cache, and needs no YAML library to
answer `locate`.
"""

from __future__ import annotations

from array import array
from typing import Any

SCALAR, SEQUENCE, MAPPING = 0, 1, 2


class PositionTable:
    """Line and column of every node; built in one pass by a parser, read by `locate`."""

    __slots__ = ("_children", "col", "key_col", "key_line", "key_text", "kind", "line", "size")

    def __init__(self) -> None:
        self.line = array("l")
        self.col = array("l")
        self.key_line = array("l")
        self.key_col = array("l")
        self.kind = array("b")
        self.size = array("l")
        self.key_text: list[str | None] = []
        self._children: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self.kind)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PositionTable):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields())

    __hash__ = None  # type: ignore[assignment]

    @staticmethod
    def _fields() -> tuple[str, ...]:
        return ("line", "col", "key_line", "key_col", "kind", "size", "key_text")

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f) for f in self._fields())

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self._fields(), state, strict=True):
            setattr(self, name, value)
        self._children = {}

    def add(self, kind: int, line: int, col: int, key: tuple[str, int, int] | None) -> int:
        """Append a node (0-based line and column) and return its row.

        A container's subtree size is set by `close` once its children are added.
        """
        row = len(self.kind)
        self.kind.append(kind)
        self.line.append(line)
        self.col.append(col)
        self.size.append(1)
        if key is None:
            self.key_text.append(None)
            self.key_line.append(-1)
            self.key_col.append(-1)
        else:
            self.key_text.append(key[0])
            self.key_line.append(key[1])
            self.key_col.append(key[2])
        return row

    def close(self, row: int) -> None:
        """Mark the end of the container at `row`: every row added since is inside it."""
        self.size[row] = len(self.kind) - row

    def children(self, row: int) -> list[int]:
        """The rows of the direct children of `row`, computed once per container."""
        found = self._children.get(row)
        if found is None:
            found = []
            child = row + 1
            end = row + self.size[row]
            size = self.size
            while child < end:
                found.append(child)
                child += size[child]
            self._children[row] = found
        return found

    def locate(self, loc: tuple[Any, ...], *, key: bool = False) -> tuple[int, int]:
        """The 1-based line and column of the node at `loc`, or of its nearest ancestor.

        Elements of `loc` that name no node (pydantic adds union tags such as
        `"mapping"`) are passed over. With `key`, a mapping entry's key is located
        instead of its value, which is where an unknown field is best pointed at.
        """
        if not self.kind:
            return (1, 1)
        row = 0
        keyed = False
        for part in loc:
            found = self._child(row, part)
            if found is None:
                continue
            row = found
            keyed = self.key_line[row] >= 0
        if key and keyed:
            return (self.key_line[row] + 1, self.key_col[row] + 1)
        return (self.line[row] + 1, self.col[row] + 1)

    def _child(self, row: int, part: Any) -> int | None:
        kind = self.kind[row]
        if kind == SEQUENCE:
            if isinstance(part, int):
                children = self.children(row)
                if 0 <= part < len(children):
                    return children[part]
            return None
        if kind == MAPPING:
            texts = self.key_text
            other = None if isinstance(part, str) else str(part)
            for child in self.children(row):
                text = texts[child]
                if text is not None and text in (part, other):
                    return child
        return None
