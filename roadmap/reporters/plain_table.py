"""A plan table and lines of text as rich draws them without colour, written directly.

`rich.table.Table` measures and renders every cell through its layout engine: 16
seconds for the 10,000 rows of a large plan, 1.5 seconds for 1,000, and 60 ms for the
44 rows of the shipped data, whose titles wrap; importing rich's console costs 30 ms
more. When the output has no styles (not a terminal) and every cell is plain text, the
table is plain text too: each column as wide as its widest cell, the one wrapping column
(the title) narrowed until the table fits and its cells wrapped at word boundaries as
rich wraps them, the heavy-head box, a caption padded to the table's width. `PlanTable`
writes exactly that, and `print_plain` writes a line of text as it is, or folded as
rich folds it when it is too long. Anything else (colour, markup, a text whose
characters are not all one cell wide, a table that fits only by narrowing other
columns) goes to rich, which is imported only then. tests/reporters/test_plain_table.py
holds the plain lines to rich's own, character for character, on random tables and
lines.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.table import Table

_SINGLE_CELL_RANGES = (
    (0x20, 0x7E),  # printable ASCII
    (0xA0, 0xAC),  # Latin-1 (the soft hyphen at 0xAD takes no cell)
    (0xAE, 0x2FF),  # Latin-1 and Latin Extended
    (0x370, 0x482),  # Greek and Cyrillic, without the combining marks after them
    (0x2010, 0x2027),  # dashes, quotation marks, bullets, the ellipsis
    (0x2190, 0x21FF),  # arrows
    (0x2500, 0x25FC),  # box drawing and geometric shapes, before two that draw wide
)
SINGLE_CELL = frozenset(chr(c) for low, high in _SINGLE_CELL_RANGES for c in range(low, high + 1))
"""Characters every terminal, and rich, draw one cell wide; a test checks it with rich."""
_WORD = re.compile(r"\s*\S+\s*")
_MIN_WRAP_WIDTH = 8
"""Narrower than this, the title column is left to rich, which then narrows the others."""


@dataclass(frozen=True)
class Column:
    """A column's header; whether it is right-aligned, a fixed one-cell mark, or the one
    column whose cells wrap (rich's `overflow="fold"`: words longer than a line fold)."""

    header: str
    right: bool = False
    mark: bool = False
    wrap: bool = False


@dataclass(frozen=True)
class Line:
    """One line of text, and the rich style it takes on a terminal."""

    text: str
    style: str = ""

    def renderable(self) -> RenderableType:
        """The line for rich."""
        from rich.text import Text  # noqa: PLC0415

        return Text(self.text, style=self.style)


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

    def renderable(self) -> RenderableType:
        """The table for rich: itself, drawn plain when rich's console has no colour."""
        return self

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = self.plain_lines(options.max_width) if console.color_system is None else None
        if lines is None:
            yield self.table()
            return
        from rich.segment import Segment  # noqa: PLC0415

        newline = Segment.line()
        for line in lines:
            yield Segment(line)
            yield newline

    def plain_lines(self, max_width: int) -> list[str] | None:
        """The table's lines, or None when rich would crop or style something, or lay it
        out in a way this does not."""
        columns: list[list[str]] = []
        widths: list[int] = []
        ascii_columns: list[bool] = []
        for index, column in enumerate(self.columns):
            cells = [column.header, *(row[index] for row in self.rows)]
            if not all(map(_plain, cells)):
                return None
            ascii_only = "".join(cells).isascii()
            width = max(map(len if ascii_only else cells_of, cells))
            if column.mark and width > 1:
                return None
            widths.append(1 if column.mark else width)
            columns.append(cells)
            ascii_columns.append(ascii_only)
        if not _plain(self.caption):
            return None
        excess = sum(widths) + 3 * len(widths) + 1 - max_width
        wrapping = excess > 0
        if wrapping:
            fitted = _narrowed(self.columns, columns, widths, excess)
            if fitted is None:
                return None
            widths = fitted
        table_width = sum(widths) + 3 * len(widths) + 1
        if cells_of(self.caption) > table_width:
            return None
        head, body = (
            _wrapped_rows(self.columns, columns, widths)
            if wrapping
            else _single_rows(self.columns, columns, widths, ascii_columns)
        )
        heavy = ["━" * (w + 2) for w in widths]
        light = ["─" * (w + 2) for w in widths]
        return [
            "┏" + "┳".join(heavy) + "┓",
            *head,
            "┡" + "╇".join(heavy) + "┩",
            *body,
            "└" + "┴".join(light) + "┘",
            _justify(self.caption, table_width, right=False),
        ]


def _narrowed(
    columns: Sequence[Column], cells: list[list[str]], widths: list[int], excess: int
) -> list[int] | None:
    """The widths once the wrapping column gave up `excess` cells, as rich narrows a
    table wider than the console; None when rich would do more (or something else)."""
    wrapping = [i for i, column in enumerate(columns) if column.wrap]
    if len(wrapping) != 1:
        return None
    (index,) = wrapping
    width = widths[index] - excess
    wrapped = "".join(cells[index])
    if width < _MIN_WRAP_WIDTH or columns[index].right or not SINGLE_CELL.issuperset(wrapped):
        return None
    return [width if i == index else w for i, w in enumerate(widths)]


def _single_rows(
    columns: Sequence[Column], cells: list[list[str]], widths: list[int], ascii_flags: list[bool]
) -> tuple[list[str], list[str]]:
    """The header's line and each row's, every row on one line: one `str.format` a row,
    with the padding in the format where a column is ASCII (`ascii_flags`, one a column)."""
    specs: list[str] = []
    justified: list[list[str]] = []
    for column, column_cells, width, ascii_only in zip(
        columns, cells, widths, ascii_flags, strict=True
    ):
        if ascii_only:
            specs.append(f"{{:{'>' if column.right else '<'}{width}}}")
            justified.append(column_cells)
        else:
            specs.append("{}")
            justified.append([_justify(cell, width, column.right) for cell in column_cells])
    head = "┃ " + " ┃ ".join(specs) + " ┃"
    body = "│ " + " │ ".join(specs) + " │"
    rows = list(zip(*justified, strict=True))
    return [head.format(*rows[0])], [body.format(*row) for row in rows[1:]]


def _wrapped_rows(
    columns: Sequence[Column], cells: list[list[str]], widths: list[int]
) -> tuple[list[str], list[str]]:
    """The header's lines and the rows': the wrapping column's cells over as many lines
    as they need, the other cells on the first line and blank below."""
    rows = list(zip(*cells, strict=True))
    body = [line for row in rows[1:] for line in _row_lines(columns, row, widths, "│")]
    return _row_lines(columns, rows[0], widths, "┃"), body


def _row_lines(
    columns: Sequence[Column], row: Sequence[str], widths: list[int], edge: str
) -> list[str]:
    """One row's lines between `edge` borders, its wrapped cells over several."""
    parts = [
        wrap(cell, width) if column.wrap else [_justify(cell, width, column.right)]
        for column, cell, width in zip(columns, row, widths, strict=True)
    ]
    return [
        f"{edge} "
        + f" {edge} ".join(
            part[depth] if depth < len(part) else " " * width
            for part, width in zip(parts, widths, strict=True)
        )
        + f" {edge}"
        for depth in range(max(map(len, parts)))
    ]


def wrap(text: str, width: int) -> list[str]:
    """`text` (one cell per character) over lines of `width` cells, each padded to it,
    as rich wraps a cell with `overflow="fold"`: a word that does not fit the rest of a
    line starts the next, and a word longer than a line is cut across lines."""
    return [piece.rstrip().ljust(width) for piece in _folded(text, width)]


def _folded(text: str, width: int) -> list[str]:
    """`text` (one cell per character) cut into lines of `width` cells where rich cuts
    it, each with the spaces that follow its last word."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            pieces = [word[i : i + width] for i in range(0, len(word), width)]
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            offset = len(pieces[-1])
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    bounds = [0, *breaks, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def print_plain(parts: Iterable[Line | PlanTable], out: TextIO, width: int) -> None:
    """Print parts one after another as rich would on a console of `width` columns
    without colour: plain tables and texts that fit on one line are written to `out`
    directly, and only anything else makes a rich console, which writes to `out`."""
    console: Console | None = None
    for part in parts:
        lines: list[str] | None = None
        if isinstance(part, PlanTable):
            lines = part.plain_lines(width)
        else:
            lines = _line_lines(part.text, width)
        if lines is not None:
            out.write("\n".join(lines) + "\n")
            continue
        if console is None:
            console = plain_console(out, width)
        console.print(part.renderable())


def _line_lines(text: str, width: int) -> list[str] | None:
    """A line of text as rich prints it on `width` columns without colour, or None when
    rich must: one line if it fits, else folded where rich folds it, each line keeping
    the spaces after its last word up to the last column (the critical path of a large
    portfolio runs past 120 cells)."""
    if text == "":
        return [text]
    if not _plain(text):
        return None
    if cells_of(text) <= width:
        return [text]
    if not _one_cell_each(text):
        return None
    return [line[:width] for line in _folded(text, width)]


def plain_console(out: TextIO, width: int) -> Console:
    """A rich console as `print_plain` stands in for: `width` columns, no colour, no
    highlighting or emoji."""
    from rich.console import Console  # noqa: PLC0415

    return Console(file=out, width=width, no_color=True, highlight=False, emoji=False)


def cells_of(text: str) -> int:
    """The terminal cells a printable text takes: its length when each of its characters
    takes one cell, else what rich measures."""
    if _one_cell_each(text):
        return len(text)
    from rich.cells import cell_len  # noqa: PLC0415

    return cell_len(text)


def _one_cell_each(text: str) -> bool:
    """Whether every character of `text` takes one cell (ASCII is tested first, as it
    is the quicker test and the usual text)."""
    return text.isascii() or SINGLE_CELL.issuperset(text)


def _plain(text: str) -> bool:
    """Text rich shows as it is: no markup, no control characters, no edge spaces."""
    return "[" not in text and text.isprintable() and text == text.strip()


def _justify(text: str, width: int, right: bool) -> str:
    pad = " " * (width - cells_of(text))
    return pad + text if right else text + pad
