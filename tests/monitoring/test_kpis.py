"""KPI progress, trajectory and lights at the boundaries."""

from __future__ import annotations

from typing import Any

import pytest

from roadmap.monitoring.result import KpiStatus
from roadmap.monitoring.status import status
from roadmap.months import parse_month
from tests.monitoring.factory import action, dataset, kpi, plan

DECREASE: dict[str, Any] = {
    "direction": "decrease",
    "baseline": {"value": 100, "year": 2020},
    "target": {"value": 50, "year": 2025},
}


def judge(
    as_of: str,
    measurements: list[tuple[str, float]],
    *,
    monitoring: dict[str, Any] | None = None,
    **kpi_fields: Any,
) -> KpiStatus:
    progress = {
        "as_of": "2030-01",
        "kpis": [{"id": "K1", "date": d, "value": v} for d, v in measurements],
    }
    data = dataset(
        [action("A1")], kpis=[kpi(**kpi_fields)], progress=progress, monitoring=monitoring
    )
    report = status(data, plan(A1=("2021-01", "2021-07")), parse_month(as_of))
    (judged,) = report.kpis
    return judged


def test_progress_is_the_fraction_of_the_way_from_baseline_to_target() -> None:
    judged = judge("2022-03", [("2021-12", 18)])
    assert judged.progress == pytest.approx(0.16)
    assert judged.value == 18
    assert judged.date == parse_month("2021-12")


def test_the_trajectory_runs_from_baseline_december_to_target_december() -> None:
    assert judge("2020-12", [("2020-12", 10)]).expected == 0.0
    assert judge("2023-06", [("2021-12", 18)]).expected == 0.5
    assert judge("2025-12", [("2021-12", 18)]).expected == 1.0
    assert judge("2027-01", [("2021-12", 18)]).expected == 1.0


@pytest.mark.parametrize(
    ("value", "light"),
    [(28, "green"), (27.99, "amber"), (22, "amber"), (21.99, "red"), (10, "red"), (60, "green")],
)
def test_light_thresholds_are_inclusive_and_exact(value: float, light: str) -> None:
    # at 2022-12 the trajectory expects 24/60 = 0.4: green from 0.36 (28), amber from 0.24 (22)
    judged = judge("2022-12", [("2022-06", value)])
    assert judged.expected == pytest.approx(0.4)
    assert judged.light == light


def test_thresholds_come_from_strategy_monitoring() -> None:
    monitoring = {"kpi_green": 0.5, "kpi_amber": 0.25}
    assert judge("2022-12", [("2022-06", 20)], monitoring=monitoring).light == "green"
    assert judge("2022-12", [("2022-06", 15)], monitoring=monitoring).light == "amber"
    assert judge("2022-12", [("2022-06", 14)], monitoring=monitoring).light == "red"


@pytest.mark.parametrize(
    ("value", "progress", "light"),
    [
        (82, 0.36, "green"),
        (88, 0.24, "amber"),
        (89, 0.22, "red"),
        (120, 0.0, "red"),
        (40, 1.0, "green"),
    ],
)
def test_decrease_kpis_count_the_way_down_and_clamp(
    value: float, progress: float, light: str
) -> None:
    judged = judge("2022-12", [("2022-06", value)], **DECREASE)
    assert judged.progress == pytest.approx(progress)
    assert judged.light == light


def test_progress_is_clamped_to_zero_and_one_for_increase_kpis() -> None:
    assert judge("2022-12", [("2022-06", 5)]).progress == 0.0
    assert judge("2022-12", [("2022-06", 75)]).progress == 1.0


def test_without_measurement_progress_is_null_and_the_light_none() -> None:
    judged = judge("2022-12", [])
    assert (judged.progress, judged.light, judged.value, judged.date) == (None, "none", None, None)


def test_measurements_before_the_baseline_year_are_left_out() -> None:
    judged = judge("2022-12", [("2019-12", 40)])
    assert (judged.progress, judged.light, judged.measurements) == (None, "none", ())
    assert judge("2022-12", [("2020-01", 40)]).progress == pytest.approx(0.6)


def test_measurements_after_as_of_are_left_out() -> None:
    judged = judge("2022-12", [("2021-12", 18), ("2023-01", 50)])
    assert judged.value == 18
    assert judged.measurements == ((parse_month("2021-12"), 18),)


def test_the_latest_measurement_counts_and_all_are_kept_in_date_order() -> None:
    judged = judge("2022-12", [("2022-06", 30), ("2021-12", 18)])
    assert judged.value == 30
    assert [m for m, _ in judged.measurements] == [parse_month("2021-12"), parse_month("2022-06")]


def test_before_anything_is_expected_any_measurement_is_green() -> None:
    assert judge("2020-12", [("2020-06", 8)]).light == "green"


def test_a_target_equal_to_the_baseline_is_met_or_not() -> None:
    flat: dict[str, Any] = {"target": {"value": 10, "year": 2025}}
    assert judge("2022-12", [("2022-06", 10)], **flat).progress == 1.0
    assert judge("2022-12", [("2022-06", 9)], **flat).progress == 0.0
    decrease: dict[str, Any] = {
        "direction": "decrease",
        "baseline": {"value": 10, "year": 2020},
        **flat,
    }
    assert judge("2022-12", [("2022-06", 9)], **decrease).progress == 1.0


def test_a_target_in_the_baseline_year_is_expected_in_full_from_its_december() -> None:
    same_year: dict[str, Any] = {"target": {"value": 60, "year": 2020}}
    assert judge("2020-11", [("2020-06", 20)], **same_year).expected == 0.0
    assert judge("2020-12", [("2020-06", 20)], **same_year).expected == 1.0


def test_trajectory_values_run_straight_from_baseline_to_target() -> None:
    from roadmap.monitoring.kpis import trajectory_at

    judged = judge("2022-12", [("2021-12", 18)])
    assert trajectory_at(judged, parse_month("2019-01")) == 10
    assert trajectory_at(judged, parse_month("2023-06")) == 35
    assert trajectory_at(judged, parse_month("2030-01")) == 60
    falling = judge("2022-12", [], **DECREASE)
    assert trajectory_at(falling, parse_month("2023-06")) == 75
