"""The gantt chart's geometry: bars on the month axis, arrows, markers, progress."""

from __future__ import annotations

from roadmap.months import parse_month
from roadmap.output.charts.gantt import LABEL_WIDTH, arrow_path, gantt_chart, month_width
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
