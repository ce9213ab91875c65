"""The pool load and the deferred actions as the published roadmap shows them."""

from __future__ import annotations

import dataclasses

from roadmap.output.charts.pools import pool_charts, pool_table
from roadmap.output.context import RoadmapContext
from roadmap.output.roadmap_page import roadmap_page
from roadmap.planning import plan
from roadmap.planning.result import Deferral
from tests.planning.portfolios import HORIZON_START, dataset


def _context(*, squeeze: bool = False) -> RoadmapContext:
    data = dataset(
        [
            {"id": "A1", "duration_months": 2, "needs": {"it": 2}},
            {"id": "A2", "lead": "agency", "duration_months": 1, "needs": {"it": 1}},
            {"id": "A3", "lead": "uni", "duration_months": 1},
        ],
        pools={"it": 2},
        horizon_end="2021-06",
    )
    result = plan(data)
    if squeeze:
        # As a re-plan --as-of can: facts that ran side by side beyond the pool.
        placements = tuple(
            p._replace(start=HORIZON_START, finish=HORIZON_START + p.duration)
            for p in result.placements
            if p.id != "A3"
        )
        deferral = (Deferral("A3", "pushed out by something", 0.5),)
        result = dataclasses.replace(result, placements=placements, deferred=deferral, by_id={})
    return RoadmapContext(data, result, "en", HORIZON_START)


def test_the_table_has_a_row_per_month_and_marks_full_months() -> None:
    table = pool_table(_context())
    assert table is not None
    assert table.header == ("Month", "it")
    first, second, third = table.rows[:3]
    assert (first.month, first.cells[0].text, first.cells[0].mark) == ("Jan 2021", "2 / 2", "full")
    assert second.cells[0].mark == "full"
    assert (third.cells[0].text, third.cells[0].mark) == ("1 / 2", "")
    assert len(table.rows) == 6


def test_over_commitment_shows_in_the_table_and_the_chart() -> None:
    ctx = _context(squeeze=True)
    table = pool_table(ctx)
    assert table is not None
    assert (table.rows[0].cells[0].text, table.rows[0].cells[0].mark) == ("3 / 2", "over")
    [chart] = pool_charts(ctx)
    assert (chart.peak, chart.over, chart.full) == ("3", "1", "1")
    assert chart.bars[0].css == "over" and chart.bars[1].css == "full"
    assert chart.capacity_y > chart.bars[0].y


def test_deferred_actions_are_listed_apart_from_the_unscheduled() -> None:
    ctx = _context(squeeze=True)
    [row] = roadmap_page(ctx).deferred
    assert (row.id, row.reason) == ("A3", "pushed out by something")
    assert [a.id for a in ctx.unscheduled] == []


def test_no_pools_no_table() -> None:
    data = dataset([{"id": "A1"}])
    assert pool_table(RoadmapContext(data, plan(data), "en", HORIZON_START)) is None
