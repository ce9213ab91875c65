"""The gantt chart's geometry: bars on the month axis, labels, arrows, markers, progress,
and what plan it says it shows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from roadmap.months import parse_month
from roadmap.output.charts import gantt
from roadmap.output.charts.gantt import (
    LABEL_WIDTH,
    LINE_HEIGHT,
    ROW_HEIGHT,
    arrow_path,
    gantt_chart,
    month_width,
)
from roadmap.output.context import roadmap_context
from roadmap.pipeline import run
from roadmap.planning import PlanOptions
from tests.tools.render_cases import SMALL, context

MONTH_WIDTH = 18  # 48 months share 900 pixels


def _x(month: str) -> int:
    return LABEL_WIDTH + (parse_month(month) - parse_month("2021-01")) * MONTH_WIDTH


def test_months_share_the_plot_width_within_bounds() -> None:
    assert month_width(48) == MONTH_WIDTH
    assert month_width(12) == 24
    assert month_width(600) == 8
    assert gantt_chart(context(SMALL), "Small").month_width == MONTH_WIDTH


def test_bars_sit_on_their_months_grouped_by_area() -> None:
    chart = gantt_chart(context(SMALL), "Small")
    rows = {row.key: row for row in chart.rows}
    assert [row.key for row in chart.rows] == ["area-PA1", "A01", "A02", "A04", "area-PA2", "A03"]
    assert rows["A02"].bar == (_x("2021-08"), 12 * MONTH_WIDTH)
    assert rows["A01"].progress_width == 6 * MONTH_WIDTH
    assert rows["A03"].progress_width == round(9 * MONTH_WIDTH * 0.5)
    assert rows["A02"].deadline_x == _x("2023-01")
    assert not rows["A02"].deadline_missed
    assert rows["A02"].critical and not rows["A03"].critical
    assert rows["A01"].fill != rows["A03"].fill


def test_the_axis_covers_the_horizon_in_years_and_quarters() -> None:
    chart = gantt_chart(context(SMALL), "Small")
    assert [band.label for band in chart.years] == ["2021", "2022", "2023", "2024"]
    assert len(chart.quarters) == 16
    assert chart.quarters[0].label == "Q1" and chart.quarters[5].label == "Q2"
    assert [band.css for band in chart.phase_bands] == ["phase-short", "phase-medium", "phase-long"]
    assert chart.width == _x("2025-01") + 12


def test_arrows_join_each_dependency_and_markers_show_today() -> None:
    chart = gantt_chart(context(SMALL), "Small")
    assert {(a.source, a.target) for a in chart.arrows} == {
        ("A01", "A02"),
        ("A02", "A04"),
        ("A03", "A04"),
    }
    a01_a02 = next(a for a in chart.arrows if a.target == "A02")
    assert (a01_a02.x1, a01_a02.x2) == (_x("2021-07"), _x("2021-08"))
    today = next(m for m in chart.markers if m.css == "today")
    assert today.x == _x("2021-10")
    assert today.label == "As of Oct 2021"


def test_arrow_paths_turn_back_when_the_gap_is_short() -> None:
    assert arrow_path(100, 10, 140, 58) == "M100,10 H106 V58 H140"
    assert arrow_path(100, 10, 100, 58) == "M100,10 H106 V46 H94 V58 H100"


def test_labels_hold_the_full_title_wrapped_with_the_critical_glyph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = {row.key: row for row in gantt_chart(context(SMALL), "Small").rows}
    assert [line.text for line in rows["A01"].lines] == ["A01 ▲ Open-data platform"]
    assert [line.text for line in rows["A03"].lines] == ["A03 Accelerator programme"]
    monkeypatch.setattr(gantt, "LABEL_CHARS", 14)
    rows = {row.key: row for row in gantt_chart(context(SMALL), "Small").rows}
    lines = [line.text for line in rows["A04"].lines]
    assert " ".join(lines) == "A04 ▲ One-stop shop for companies"
    assert [line.y for line in rows["A04"].lines] == [16 + i * LINE_HEIGHT for i in range(3)]
    assert rows["A04"].height == ROW_HEIGHT + 2 * LINE_HEIGHT
    assert rows["area-PA2"].y == rows["A04"].y + rows["A04"].height
    monkeypatch.setattr(gantt, "LABEL_LINES", 2)
    rows = {row.key: row for row in gantt_chart(context(SMALL), "Small").rows}
    assert [line.text for line in rows["A04"].lines] == ["A04 ▲ One-stop", "shop for …"]


def test_far_dependencies_are_named_at_the_bar_not_drawn_across(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(gantt, "NEAR_ROWS", 0)
    chart = gantt_chart(context(SMALL), "Small")
    rows = {row.key: row for row in chart.rows}
    assert chart.arrows == ()
    assert (rows["A04"].far_text, rows["A04"].far_anchor) == ("A02, A03 →", "end")
    assert rows["A04"].far_x == rows["A04"].bar[0] - 3
    assert rows["A04"].far_title == "Depends on: A02 Sandbox for pilots; A03 Accelerator programme"
    assert rows["A01"].far_text == ""


def test_late_actions_are_past_their_planned_end_and_not_done() -> None:
    rows = {r.key: r for r in gantt_chart(context(SMALL, "en", "2022-06"), "Small").rows}
    assert rows["A03"].late  # in progress, planned to end in Dec 2021
    assert not rows["A01"].late  # done
    assert not rows["A04"].late  # not due yet


def test_the_chart_says_which_plan_it_shows() -> None:
    written = gantt_chart(context(SMALL), "Small")
    assert written.note.startswith("The plan as written, not re-planned")
    assert "--as-of 2021-10" in written.note
    outcome = run(str(SMALL), PlanOptions(as_of="2021-06"))
    assert outcome.plan is not None and outcome.dataset is not None
    ctx = roadmap_context(outcome.dataset, outcome.plan, outcome.diagnostics)
    chart = gantt_chart(ctx, "Small")
    assert chart.note.startswith("Re-planned from the progress known in Jun 2021")
    line = next(m for m in chart.markers if m.css == "today")
    assert (line.x, line.label) == (_x("2021-06"), "As of Jun 2021")
    rows = {row.key: row for row in chart.rows}
    assert ctx.status(ctx.actions["A01"]) == "in_progress"
    assert rows["A01"].bar[0] <= line.x  # in progress: starts before the line
    assert all(row.bar[0] >= line.x for key, row in rows.items() if key in ("A02", "A04"))


def test_without_progress_the_line_is_today_and_there_is_no_note() -> None:
    ctx = context(SMALL)
    bare = replace(ctx, dataset=replace(ctx.dataset, progress=None))
    chart = gantt_chart(bare, "Small")
    assert chart.note == ""
    assert next(m for m in chart.markers if m.css == "today").label == "Today: Oct 2021"
