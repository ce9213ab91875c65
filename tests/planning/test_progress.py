"""Re-planning from progress.yaml with --as-of."""

from __future__ import annotations

from dataclasses import replace

from roadmap.models import Dataset, ProgressFile
from roadmap.months import parse_month
from roadmap.planning import PlanOptions, plan
from tests.planning.portfolios import dataset


def _with_progress(records: list[dict[str, object]], as_of: str = "2022-03") -> Dataset:
    data = dataset(
        [
            {"id": "A", "duration_months": 6},
            {"id": "B", "duration_months": 4, "depends_on": ["A"]},
            {"id": "C", "duration_months": 5, "depends_on": ["B"]},
            {"id": "D", "duration_months": 2},
        ]
    )
    progress = ProgressFile.model_validate({"as_of": as_of, "actions": records}, strict=False)
    return replace(data, progress=progress)


def test_done_stays_in_progress_starts_where_it_started_rest_from_as_of() -> None:
    data = _with_progress(
        [
            {"id": "A", "date": "2021-03", "status": "in_progress", "percent": 40},
            {"id": "A", "date": "2021-09", "status": "done", "percent": 100},
            {"id": "B", "date": "2021-11", "status": "in_progress", "percent": 50},
        ]
    )
    result = plan(data, PlanOptions(as_of="2022-03"))
    at = result.by_id
    assert (at["A"].start, at["A"].finish) == (parse_month("2021-03"), parse_month("2021-10"))
    assert at["A"].fixed and at["A"].reasons[0].binding == "fixed"
    # B: started 2021-11 for 4 months, so planned to end 2022-02; 50% on 2021-11 leaves
    # two months; but it is still in progress on 2022-03, so it runs through that month.
    assert (at["B"].start, at["B"].finish) == (parse_month("2021-11"), parse_month("2022-04"))
    assert at["C"].start == at["B"].finish
    assert at["D"].start == parse_month("2022-03")
    assert at["D"].reasons[0].binding == "as_of"


def test_records_after_the_as_of_month_are_ignored() -> None:
    data = _with_progress([{"id": "A", "date": "2022-05", "status": "done", "percent": 100}])
    result = plan(data, PlanOptions(as_of="2022-03"))
    assert not result.by_id["A"].fixed
    assert result.by_id["A"].start == parse_month("2022-03")


def test_cancelled_by_a_record_leaves_the_plan() -> None:
    data = _with_progress([{"id": "D", "date": "2021-05", "status": "cancelled"}])
    result = plan(data, PlanOptions(as_of="2022-03"))
    assert "D" not in result.by_id


def test_without_as_of_progress_is_not_used() -> None:
    data = _with_progress([{"id": "A", "date": "2021-09", "status": "done", "percent": 100}])
    result = plan(data)
    assert result.by_id["A"].start == parse_month("2021-01")
    assert result.as_of is None


def test_low_percent_pushes_the_finish_past_the_planned_one() -> None:
    data = _with_progress([{"id": "A", "date": "2021-06", "status": "in_progress", "percent": 0}])
    result = plan(data, PlanOptions(as_of="2022-03"))
    # planned 2021-06 + 6 = 2021-12; nothing done on 2021-06 leaves 6 months from then,
    # and it still runs on 2022-03.
    assert result.by_id["A"].finish == parse_month("2022-04")
    data = _with_progress([{"id": "A", "date": "2022-02", "status": "in_progress", "percent": 0}])
    result = plan(data, PlanOptions(as_of="2022-03"))
    assert result.by_id["A"].finish == parse_month("2022-08")


def test_status_in_actions_yaml_is_not_used_for_an_earlier_as_of() -> None:
    data = _with_progress([], as_of="2024-01")
    done = [a.model_copy(update={"status": "done"}) for a in data.actions]
    data = replace(data, actions=done)
    early = plan(data, PlanOptions(as_of="2022-03"))
    assert not early.findings
    assert all(p.start >= parse_month("2022-03") for p in early.placements)
    late = plan(data, PlanOptions(as_of="2024-06"))
    assert {d.code for d in late.findings} == {"P605"}


def test_an_action_after_a_recorded_one_is_placed_once_and_waits_for_every_dependency() -> None:
    data = dataset(
        [
            {"id": "A", "duration_months": 2},
            {"id": "B", "duration_months": 3, "depends_on": ["A"], "priority": {"impact": 5}},
            {"id": "E", "duration_months": 12, "priority": {"impact": 1}},
            {"id": "C", "duration_months": 1, "depends_on": ["B", "E"]},
        ]
    )
    records = [{"id": "A", "date": "2021-02", "status": "done", "percent": 100}]
    progress = ProgressFile.model_validate({"as_of": "2021-03", "actions": records}, strict=False)
    result = plan(replace(data, progress=progress), PlanOptions(as_of="2021-03"))
    at = result.by_id
    assert [p.id for p in result.placements].count("B") == 1
    assert at["B"].start == parse_month("2021-03")
    assert at["C"].start == at["E"].finish == parse_month("2021-03") + 12
    assert at["C"].reasons[0].predecessor == "E"
