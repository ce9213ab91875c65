"""The plain plan table is what rich draws without colour, character for character."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import partial

import pytest
from rich.cells import cell_len
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from roadmap.reporters.plain_table import Column, PlanTable, cells_of, print_plain

COLUMNS = (Column("", mark=True), Column("ID"), Column("Title"), Column("Cost", right=True))


def _rich(caption: str, rows: Sequence[Sequence[str]]) -> Table:
    table = Table(caption=caption, caption_justify="left", expand=False)
    table.add_column("", width=1, no_wrap=True)
    table.add_column("ID", no_wrap=True, style="bold")
    table.add_column("Title", ratio=1, overflow="fold")
    table.add_column("Cost", justify="right", no_wrap=True)
    for row in rows:
        table.add_row(*row, style="red" if row[0] else None)
    return table


def _console(out: io.StringIO, *, colour: bool = False) -> Console:
    return Console(
        file=out,
        width=120,
        no_color=not colour,
        force_terminal=colour,
        highlight=False,
        emoji=False,
    )


def _printed(renderable: object, *, colour: bool = False) -> str:
    out = io.StringIO()
    _console(out, colour=colour).print(renderable)
    return out.getvalue()


def _both(rows: Sequence[Sequence[str]], caption: str = "2 actions, 1,000 EUR") -> PlanTable:
    return PlanTable(COLUMNS, rows, caption, partial(_rich, caption, rows))


ROWS = [
    ("●", "A01", "Цифров близнак на София", "1,250,000"),
    ("", "A02", "e-services → one-stop shop – pilot", "0"),
    ("✓", "A10", "データ platform", "75"),
]


def test_a_table_that_fits_is_drawn_without_rich_and_the_same() -> None:
    table = _both(ROWS)
    assert table.plain_lines(120) is not None
    assert _printed(table) == _printed(table.table())


def test_what_would_wrap_or_hold_markup_is_left_to_rich() -> None:
    long = [("", "A01", "word " * 40, "1")]
    markup = [("", "A01", "[bold]not bold[/bold]", "1")]
    for rows in (long, markup):
        table = _both(rows)
        assert table.plain_lines(120) is None
        assert _printed(table) == _printed(table.table())


def test_with_colour_rich_draws_it() -> None:
    table = _both(ROWS)
    assert _printed(table, colour=True) == _printed(table.table(), colour=True)
    assert "\x1b[" in _printed(table, colour=True)


@pytest.mark.parametrize(
    "text",
    ["", "A01", "Цифров близнак", "データ platform", " padded ", "tab\there", "x" * 121, "a " * 70],
)
def test_cells_of_is_what_rich_measures_or_the_text_goes_to_rich(text: str) -> None:
    group = Group(Text(text, style="bold"), _both(ROWS), Text("after"))
    out = io.StringIO()
    print_plain(group.renderables, out, _console(out))
    assert out.getvalue() == _printed(group)
    if text.isprintable():
        assert cells_of(text) == cell_len(text)


def test_print_plain_sends_a_table_that_would_wrap_to_rich() -> None:
    long = _both([("", "A01", "word " * 40, "1")])
    group = Group(Text("Short"), long, Text(""), _both(ROWS))
    out = io.StringIO()
    print_plain(group.renderables, out, _console(out))
    assert out.getvalue() == _printed(group)
