"""Every action state and reason at the boundaries of the rules."""

from __future__ import annotations

from typing import Any

import pytest

from roadmap.monitoring.result import ActionStatus
from roadmap.monitoring.status import status
from roadmap.months import parse_month
from tests.monitoring.factory import action, dataset, plan

A1_PLAN = plan(A1=("2021-03", "2021-09"))


def judge(
    as_of: str,
    records: list[dict[str, Any]] | None = None,
    *,
    yaml_status: str = "planned",
    progress_as_of: str | None = None,
    monitoring: dict[str, Any] | None = None,
) -> ActionStatus:
    progress = None
    if records is not None or progress_as_of is not None:
        progress = {"as_of": progress_as_of or "2030-01", "actions": records or []}
    data = dataset([action("A1", status=yaml_status)], progress=progress, monitoring=monitoring)
    report = status(data, A1_PLAN, parse_month(as_of))
    assert [a.id for a in report.actions] == ["A1"]
    return report.actions[0]


def rec(date: str, state: str, percent: int | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"id": "A1", "date": date, "status": state}
    if percent is not None:
        record["percent"] = percent
    return record


@pytest.mark.parametrize(
    ("as_of", "state", "reason"),
    [
        ("2021-02", "not_started", "not_due"),
        ("2021-03", "not_started", "not_due"),
        ("2021-04", "at_risk", "start_missed"),
        ("2021-08", "at_risk", "start_missed"),
        ("2021-09", "late", "finish_passed"),
        ("2023-01", "late", "finish_passed"),
    ],
)
def test_without_records_the_planned_dates_decide(as_of: str, state: str, reason: str) -> None:
    judged = judge(as_of)
    assert (judged.state, judged.reason) == (state, reason)
    assert judged.started is False
    assert judged.percent is None


def test_expected_fraction_is_months_elapsed_over_duration() -> None:
    assert judge("2021-02").expected == 0.0
    assert judge("2021-03").expected == 0.0
    assert judge("2021-06").expected == 0.5
    assert judge("2021-09").expected == 1.0
    assert judge("2022-09").expected == 1.0


def test_a_gap_equal_to_the_lag_is_on_track_and_one_point_more_is_at_risk() -> None:
    on_edge = judge("2021-06", [rec("2021-05", "in_progress", 35)])
    assert (on_edge.state, on_edge.reason, on_edge.percent) == ("on_track", "on_schedule", 35)
    behind = judge("2021-06", [rec("2021-05", "in_progress", 34)])
    assert (behind.state, behind.reason) == ("at_risk", "behind")


def test_the_lag_comes_from_strategy_monitoring() -> None:
    loose = {"at_risk_lag": 0.5}
    assert judge("2021-06", [rec("2021-05", "in_progress", 0)], monitoring=loose).state == (
        "on_track"
    )
    strict = {"at_risk_lag": 0.0}
    assert judge("2021-06", [rec("2021-05", "in_progress", 49)], monitoring=strict).state == (
        "at_risk"
    )
    assert judge("2021-06", [rec("2021-05", "in_progress", 50)], monitoring=strict).state == (
        "on_track"
    )


def test_not_done_at_the_planned_finish_is_late_whatever_the_percent() -> None:
    judged = judge("2021-09", [rec("2021-08", "in_progress", 99)])
    assert (judged.state, judged.reason) == ("late", "finish_passed")
    assert judge("2021-08", [rec("2021-08", "in_progress", 99)]).state == "on_track"


def test_done_by_a_record_at_or_before_as_of() -> None:
    judged = judge("2021-09", [rec("2021-09", "done", 100)])
    assert (judged.state, judged.percent, judged.last_record) == (
        "done",
        100,
        parse_month("2021-09"),
    )
    assert judge("2021-05", [rec("2021-04", "done")]).percent == 100


def test_records_after_as_of_are_not_seen() -> None:
    judged = judge("2021-09", [rec("2021-10", "done", 100)])
    assert judged.state == "late"
    assert judged.last_record is None


def test_done_in_actions_yaml_without_progress_file() -> None:
    assert judge("2021-12", yaml_status="done").state == "done"


def test_actions_yaml_status_holds_only_from_the_progress_snapshot_on() -> None:
    before = judge("2021-09", [], yaml_status="done", progress_as_of="2022-03")
    assert before.state == "late"
    after = judge("2022-03", [], yaml_status="done", progress_as_of="2022-03")
    assert after.state == "done"


def test_in_progress_in_actions_yaml_is_a_start_without_percent() -> None:
    judged = judge("2021-08", yaml_status="in_progress")
    assert (judged.state, judged.started, judged.percent) == ("on_track", True, None)


def test_started_before_the_planned_start_is_on_track_early() -> None:
    judged = judge("2021-02", [rec("2021-01", "in_progress", 10)])
    assert (judged.state, judged.reason) == ("on_track", "started_early")


def test_a_percent_above_zero_is_a_start_whatever_the_status_says() -> None:
    judged = judge("2021-04", [rec("2021-04", "planned", 20)])
    assert (judged.state, judged.started) == ("on_track", True)
    assert judge("2021-04", [rec("2021-04", "planned", 0)]).state == "at_risk"


def test_the_latest_known_percent_carries_over_records_without_one() -> None:
    judged = judge("2021-07", [rec("2021-04", "in_progress", 10), rec("2021-06", "in_progress")])
    assert judged.percent == 10
    assert (judged.state, judged.reason) == ("at_risk", "behind")


def test_within_a_month_the_later_record_in_the_file_wins() -> None:
    judged = judge("2021-05", [rec("2021-05", "done", 100), rec("2021-05", "in_progress", 40)])
    assert judged.state == "on_track"
    assert judged.percent == 40


@pytest.mark.parametrize(
    ("yaml_status", "records"),
    [("cancelled", []), ("planned", [rec("2021-04", "cancelled")])],
)
def test_cancelled_actions_get_no_state_and_are_listed_apart(
    yaml_status: str, records: list[dict[str, Any]]
) -> None:
    data = dataset(
        [action("A1", status=yaml_status), action("A2")],
        progress={"as_of": "2021-04", "actions": records},
    )
    report = status(data, plan(A1=("2021-03", "2021-09"), A2=("2021-03", "2021-09")), 2021 * 12 + 5)
    assert [a.id for a in report.actions] == ["A2"]
    assert report.cancelled == ("A1",)
    assert report.goals[0].cancelled == 1
    assert sum(report.goals[0].states.values()) == 1


def test_a_cancelled_action_the_plan_left_out_is_still_listed_as_cancelled() -> None:
    data = dataset([action("A1", status="cancelled"), action("A2")])
    report = status(data, plan(A2=("2021-03", "2021-09")), parse_month("2021-05"))
    assert report.cancelled == ("A1",)
    assert report.unplanned == ()


def test_an_action_missing_from_the_plan_is_listed_as_unplanned() -> None:
    data = dataset([action("A1"), action("A2")])
    report = status(data, plan(A2=("2021-03", "2021-09")), parse_month("2021-05"))
    assert [a.id for a in report.actions] == ["A2"]
    assert report.unplanned == ("A1",)
