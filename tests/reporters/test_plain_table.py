"""The plain plan table is what rich draws without colour, character for character."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from roadmap.reporters.plain_table import (
    SINGLE_CELL,
    Column,
    Line,
    PlanTable,
    cells_of,
    plain_console,
    print_plain,
    wrap,
)

COLUMNS = (
    Column("", mark=True),
    Column("ID"),
    Column("Title", wrap=True),
    Column("Cost", right=True),
)


def _rich(caption: str, rows: Sequence[Sequence[str]]) -> Table:
    table = Table(caption=caption, caption_justify="left", expand=False)
    table.add_column("", width=1, no_wrap=True)
    table.add_column("ID", no_wrap=True, style="bold")
    table.add_column("Title", ratio=1, overflow="fold")
    table.add_column("Cost", justify="right", no_wrap=True)
    for row in rows:
        table.add_row(*row, style="red" if row[0] else None)
    return table


def _console(out: io.StringIO, *, colour: bool = False, width: int = 120) -> Console:
    return Console(
        file=out,
        width=width,
        no_color=not colour,
        force_terminal=colour,
        highlight=False,
        emoji=False,
    )


def _printed(renderable: object, *, colour: bool = False, width: int = 120) -> str:
    out = io.StringIO()
    _console(out, colour=colour, width=width).print(renderable)
    return out.getvalue()


def _both(rows: Sequence[Sequence[str]], caption: str = "2 actions, 1,000 EUR") -> PlanTable:
    return PlanTable(COLUMNS, rows, caption, partial(_rich, caption, rows))


def _plain(parts: Sequence[Line | PlanTable], width: int = 120) -> str:
    out = io.StringIO()
    print_plain(parts, out, width)
    return out.getvalue()


def _rich_parts(parts: Sequence[Line | PlanTable]) -> Group:
    return Group(
        *(Text(p.text, style=p.style) if isinstance(p, Line) else p.table() for p in parts)
    )


ROWS = [
    ("●", "A01", "Цифров близнак на София", "1,250,000"),
    ("", "A02", "e-services → one-stop shop – pilot", "0"),
    ("✓", "A10", "データ platform", "75"),
]


def test_a_table_that_fits_is_drawn_without_rich_and_the_same() -> None:
    table = _both(ROWS)
    assert table.plain_lines(120) is not None
    assert _printed(table) == _printed(table.table())


def test_a_table_with_long_titles_is_wrapped_as_rich_wraps_it() -> None:
    rows = [
        (
            "●",
            "A01",
            "Governance set-up: Deputy Mayor, Innovative Sofia, Digital Board",
            "9",
        ),
        ("", "A02", "Методология за оценка на проекти за дигитализация и интелигентен град", "0"),
        ("", "A03", "x" * 70 + " short " + "y" * 3, "1,000"),
    ]
    table = _both(rows)
    lines = table.plain_lines(60)
    assert lines is not None
    assert len(lines) > len(rows) + 5
    assert _printed(table, width=60) == _printed(table.table(), width=60)


def test_what_holds_markup_or_wide_characters_and_wraps_is_left_to_rich() -> None:
    markup = [("", "A01", "[bold]not bold[/bold]", "1")]
    wide = [("", "A01", "データ " * 30, "1")]
    for rows in (markup, wide):
        table = _both(rows)
        assert table.plain_lines(120) is None
        assert _printed(table) == _printed(table.table())


def test_a_table_that_fits_only_by_narrowing_other_columns_is_left_to_rich() -> None:
    table = _both([("", "A" * 50, "a title of some words", "1" * 50)])
    assert table.plain_lines(100) is None
    assert _printed(table, width=100) == _printed(table.table(), width=100)


def test_with_colour_rich_draws_it() -> None:
    table = _both(ROWS)
    assert _printed(table, colour=True) == _printed(table.table(), colour=True)
    assert "\x1b[" in _printed(table, colour=True)


@pytest.mark.parametrize(
    "text",
    ["", "A01", "Цифров близнак", "データ platform", " padded ", "tab\there", "x" * 121, "a " * 70],
)
def test_cells_of_is_what_rich_measures_or_the_text_goes_to_rich(text: str) -> None:
    parts: list[Line | PlanTable] = [Line(text, "bold"), _both(ROWS), Line("after")]
    assert _plain(parts) == _printed(_rich_parts(parts))
    if text.isprintable():
        assert cells_of(text) == cell_len(text)


def test_every_single_cell_character_takes_one_cell_in_rich() -> None:
    wider = sorted(c for c in SINGLE_CELL if cell_len(c) != 1)
    assert wider == []
    assert "●" in SINGLE_CELL
    assert "→" in SINGLE_CELL


def test_print_plain_sends_what_it_cannot_draw_to_rich() -> None:
    markup = _both([("", "A01", "[red]word[/red] " * 40, "1")])
    parts: list[Line | PlanTable] = [Line("Short"), markup, Line(""), _both(ROWS), Line("[b]x[/b]")]
    assert _plain(parts) == _printed(_rich_parts(parts))


def test_plain_console_is_the_console_it_stands_in_for() -> None:
    out = io.StringIO()
    console = plain_console(out, 77)
    assert console.width == 77
    assert console.color_system is None


WORDS = st.text(
    alphabet=st.sampled_from("abcxyzАБВжюя-,.:()/→–0123456789"), min_size=1, max_size=18
)
TITLES = st.lists(WORDS, min_size=1, max_size=14).map(" ".join)
IDS = st.text(alphabet="A0123456789", min_size=1, max_size=12)
MARKS = st.sampled_from(["", "●", "✓"])


@settings(max_examples=300, deadline=None)
@given(
    rows=st.lists(st.tuples(MARKS, IDS, TITLES, IDS), min_size=1, max_size=6),
    width=st.integers(min_value=20, max_value=140),
)
def test_random_tables_are_drawn_as_rich_draws_them(
    rows: list[tuple[str, str, str, str]], width: int
) -> None:
    table = _both(rows, caption=f"{len(rows)} actions")
    drawn = _printed(table.table(), width=width)
    lines = table.plain_lines(width)
    if lines is not None:
        assert "\n".join(lines) + "\n" == drawn
    assert _printed(table, width=width) == drawn


def test_seeded_tables_mostly_draw_plain_and_many_wrap() -> None:
    """The random tables above are compared where plain lines exist; these seeded ones
    show that they exist for most tables, and wrap titles in many."""
    chance = random.Random(8)
    letters = "abcxyzАБВжюя-,.:()/→–0123456789"
    plain = wrapped = 0
    for _ in range(200):
        rows = [
            (
                chance.choice(["", "●"]),
                f"A{chance.randrange(1000)}",
                " ".join(
                    "".join(chance.choices(letters, k=chance.randint(1, 12)))
                    for _ in range(chance.randint(1, 14))
                ),
                str(chance.randrange(10**6)),
            )
            for _ in range(chance.randint(1, 6))
        ]
        width = chance.randint(30, 140)
        table = _both(rows, caption=f"{len(rows)} actions")
        lines = table.plain_lines(width)
        if lines is None:
            continue
        assert "\n".join(lines) + "\n" == _printed(table.table(), width=width)
        plain += 1
        wrapped += len(lines) > len(rows) + 5
    assert plain >= 150
    assert wrapped >= 50


@settings(max_examples=300, deadline=None)
@given(text=TITLES, width=st.integers(min_value=1, max_value=40))
def test_wrap_breaks_lines_where_rich_does(text: str, width: int) -> None:
    expected = Text(text, justify="left", overflow="fold").wrap(_console(io.StringIO()), width)
    assert wrap(text, width) == [line.plain.ljust(width) for line in expected]


@settings(max_examples=300, deadline=None)
@given(text=TITLES, width=st.integers(min_value=1, max_value=60))
def test_a_line_longer_than_the_console_is_wrapped_as_rich_prints_it(text: str, width: int) -> None:
    parts = [Line(text), Line("after")]
    assert _plain(parts, width) == _printed(_rich_parts(parts), width=width)


def test_a_long_critical_path_line_is_written_without_rich() -> None:
    path = "Critical path: " + " → ".join(f"A{n:06d}" for n in range(11))
    assert len(path) > 120
    out = io.StringIO()
    print_plain([Line(path)], out, 120)
    assert out.getvalue() == _printed(Text(path))
    assert out.getvalue().count("\n") == 2
