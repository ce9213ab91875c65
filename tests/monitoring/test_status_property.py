"""Property: `status` never contradicts the plan it is judged against."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.monitoring.status import status
from roadmap.months import format_month, parse_month
from tests.monitoring.factory import action, dataset, plan

HORIZON = parse_month("2021-01")
STATUSES = ("proposed", "planned", "in_progress", "done", "cancelled")


@st.composite
def portfolios(draw: st.DrawFn) -> tuple[Any, Any, int]:
    count = draw(st.integers(min_value=1, max_value=8))
    actions, dates, records = [], {}, []
    for index in range(count):
        action_id = f"A{index}"
        start = HORIZON + draw(st.integers(min_value=0, max_value=48))
        duration = draw(st.integers(min_value=1, max_value=24))
        dates[action_id] = (format_month(start), format_month(start + duration))
        actions.append(
            action(action_id, duration_months=duration, status=draw(st.sampled_from(STATUSES)))
        )
        for _ in range(draw(st.integers(min_value=0, max_value=3))):
            record: dict[str, Any] = {
                "id": action_id,
                "date": format_month(HORIZON + draw(st.integers(min_value=-6, max_value=72))),
                "status": draw(st.sampled_from(STATUSES)),
            }
            if draw(st.booleans()):
                record["percent"] = draw(st.integers(min_value=0, max_value=100))
            records.append(record)
    progress_as_of = format_month(HORIZON + draw(st.integers(min_value=0, max_value=72)))
    with_progress = draw(st.booleans())
    data = dataset(
        actions,
        progress={"as_of": progress_as_of, "actions": records} if with_progress else None,
    )
    as_of = HORIZON + draw(st.integers(min_value=-3, max_value=80))
    return data, plan(**dates), as_of


@settings(max_examples=300, deadline=None)
@given(portfolios())
def test_status_never_contradicts_the_plan(case: tuple[Any, Any, int]) -> None:
    data, the_plan, as_of = case
    report = status(data, the_plan, as_of)
    judged = {a.id: a for a in report.actions}
    assert set(judged) | set(report.cancelled) == {a.id for a in data.actions}
    assert not set(judged) & set(report.cancelled)
    progress = data.progress
    yaml_holds = progress is None or as_of >= parse_month(progress.as_of)
    for item in data.actions:
        if item.id in report.cancelled:
            continue
        state = judged[item.id]
        placement = the_plan.by_id[item.id]
        known = [
            r
            for r in (progress.actions if progress else [])
            if r.id == item.id and parse_month(r.date) <= as_of
        ]
        if placement.finish <= as_of and state.state != "done":
            assert state.state == "late"
        if state.state == "late":
            assert placement.finish <= as_of
        no_progress = not known and not (yaml_holds and item.status in ("in_progress", "done"))
        if placement.start > as_of and no_progress:
            assert state.state == "not_started"
        if state.state == "not_started":
            assert placement.start >= as_of
        assert 0.0 <= state.expected <= 1.0


@st.composite
def planned_portfolios(draw: st.DrawFn) -> tuple[Any, int]:
    """Random acyclic portfolios with progress, for the real planner."""
    count = draw(st.integers(min_value=1, max_value=7))
    actions, records = [], []
    for index in range(count):
        earlier = [f"A{i}" for i in range(index)]
        depends = (
            draw(st.lists(st.sampled_from(earlier), unique=True, max_size=2)) if earlier else []
        )
        actions.append(
            action(
                f"A{index}",
                duration_months=draw(st.integers(min_value=1, max_value=18)),
                depends_on=depends,
                lead=draw(st.sampled_from(["city", "agency"])),
                status=draw(st.sampled_from(STATUSES[:4])),
            )
        )
        for _ in range(draw(st.integers(min_value=0, max_value=2))):
            records.append(
                {
                    "id": f"A{index}",
                    "date": format_month(HORIZON + draw(st.integers(min_value=0, max_value=60))),
                    "status": draw(st.sampled_from(STATUSES[:4])),
                    "percent": draw(st.integers(min_value=0, max_value=100)),
                }
            )
    data = dataset(actions, progress={"as_of": "2025-12", "actions": records})
    return data, HORIZON + draw(st.integers(min_value=-2, max_value=72))


@settings(max_examples=100, deadline=None)
@given(planned_portfolios())
def test_status_agrees_with_the_real_planner(case: tuple[Any, int]) -> None:
    from roadmap.planning import plan as make_plan

    data, as_of = case
    the_plan = make_plan(data)
    report = status(data, the_plan, as_of)
    assert report.unplanned == ()
    for state in report.actions:
        placement = the_plan.by_id[state.id]
        assert (state.start, state.finish) == (placement.start, placement.finish)
        if placement.finish <= as_of:
            assert state.state in ("done", "late")
        if placement.start > as_of and not state.started:
            assert state.state == "not_started"
