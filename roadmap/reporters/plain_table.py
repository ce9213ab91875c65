"""A plan table as rich draws it without colour, written line by line.

`rich.table.Table` measures and renders every cell through its layout engine: 16
seconds for the 10,000 rows of a large plan, 1.5 seconds for 1,000. When the output
has no styles (not a terminal) and every cell fits on one line, the table is plain
text: each column as wide as its widest cell, the heavy-head box, a caption padded to
the table's width. `PlanTable` writes exactly that, and hands anything else (colour, a
cell that would wrap, markup) to rich.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text


@dataclass(frozen=True)
class Column:
    """A column's header, and whether it is right-aligned or a fixed one-cell mark."""

    header: str
    right: bool = False
    mark: bool = False


class PlanTable:
    """A table of plain strings with a caption; see the module docstring."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        caption: str,
        table: Callable[[], Table],
    ) -> None:
        self.columns = columns
        self.rows = rows
        self.caption = caption
        self.table = table
        """Makes the same table for rich, drawn when the plain lines cannot be."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.plain_lines(options.max_width) if console.color_system is None else None
        if lines is None:
            yield self.table()
            return
        newline = Segment.line()
        for line in lines:
            yield Segment(line)
            yield newline

    def plain_lines(self, max_width: int) -> list[str] | None:
        """The table's lines, or None when rich would wrap, crop or style something."""
        widths = []
        for index, column in enumerate(self.columns):
            cells = [column.header, *(row[index] for row in self.rows)]
            if any(not _plain(cell) for cell in cells):
                return None
            widths.append(1 if column.mark else max(map(cells_of, cells)))
        marks = [i for i, column in enumerate(self.columns) if column.mark]
        if any(cells_of(row[i]) > 1 for row in self.rows for i in marks):
            return None
        table_width = sum(widths) + 3 * len(widths) + 1
        if table_width > max_width or cells_of(self.caption) > table_width:
            return None
        if not _plain(self.caption):
            return None

        def line(cells: Sequence[str], edge: str) -> str:
            parts = [
                " " + _justify(cell, width, column.right) + " "
                for cell, width, column in zip(cells, widths, self.columns, strict=True)
            ]
            return edge + edge.join(parts) + edge

        heavy = ["━" * (w + 2) for w in widths]
        light = ["─" * (w + 2) for w in widths]
        return [
            "┏" + "┳".join(heavy) + "┓",
            line([c.header for c in self.columns], "┃"),
            "┡" + "╇".join(heavy) + "┩",
            *(line(row, "│") for row in self.rows),
            "└" + "┴".join(light) + "┘",
            _justify(self.caption, table_width, right=False),
        ]


def print_plain(renderables: Iterable[RenderableType], out: TextIO, console: Console) -> None:
    """Print renderables one after another as `console.print` would on a console without
    colour: plain tables and texts that fit on one line are written to `out` directly,
    anything else goes through `console`, which must write to `out`."""
    width = console.width
    for part in renderables:
        lines: list[str] | None = None
        if isinstance(part, PlanTable):
            lines = part.plain_lines(width)
        elif isinstance(part, Text):
            plain = part.plain
            if plain == "" or (_plain(plain) and cells_of(plain) <= width):
                lines = [plain]
        if lines is None:
            console.print(part)
        else:
            out.write("\n".join(lines) + "\n")


def cells_of(text: str) -> int:
    """The terminal cells a printable text takes: its length when it is ASCII."""
    return len(text) if text.isascii() else cell_len(text)


def _plain(text: str) -> bool:
    """Text rich shows as it is: no markup, no control characters, no edge spaces."""
    return "[" not in text and text.isprintable() and text == text.strip()


def _justify(text: str, width: int, right: bool) -> str:
    pad = " " * (width - cells_of(text))
    return pad + text if right else text + pad
