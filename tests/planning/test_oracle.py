"""The planner against the simple month-by-month oracle, on random portfolios."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings

from roadmap.models import Dataset
from roadmap.planning import PlanOptions, plan
from roadmap.planning.heuristic import priority_order
from roadmap.planning.problem import build_problem
from roadmap.planning.sgs import schedule
from tests.planning.oracle import simulate
from tests.planning.portfolios import HORIZON_START, dataset, portfolios


def _priority_pass(data: Dataset) -> dict[str, tuple[int, int]]:
    """The priority rule's own plan, before any improvement (`occupancy.improve`)."""
    problem = build_problem(data, PlanOptions())
    placed = schedule(problem, priority_order(problem))
    ids = [t.id for t in problem.tasks]
    return {ids[n]: (placed.start[n], placed.finish[n]) for n in range(len(ids))}


@settings(max_examples=200, deadline=None)
@given(portfolios())
def test_planner_matches_the_month_by_month_oracle(data: Dataset) -> None:
    expected = simulate(data)
    assert _priority_pass(data) == expected
    if not data.strategy.resources:
        assert {p.id: (p.start, p.finish) for p in plan(data).placements} == expected


def test_priority_capacity_and_budget_on_a_hand_made_portfolio() -> None:
    # One lead with capacity 2, a €200,000 cap for 2021; B5 ranks first, then B4.
    actions: list[dict[str, Any]] = [
        {
            "id": f"B{i}",
            "duration_months": 3,
            "cost_eur": 30_000 * i,
            "priority": {"impact": i, "readiness": 3},
        }
        for i in range(1, 6)
    ]
    actions.append({"id": "C1", "duration_months": 2, "depends_on": ["B1", "B5"]})
    data = dataset(actions, capacity={"city": 2}, caps={2021: 200_000})
    result = plan(data)
    got = {p.id: (p.start - HORIZON_START, p.finish - HORIZON_START) for p in result.placements}
    # B5 (150k) starts at once; B4 (120k) no longer fits 2021, B1 (30k) does.
    # 20k is left in 2021: B2 (20k a month) starts in December, B4 in January,
    # B3 waits for a free slot until B2 finishes.
    assert got == {
        "B5": (0, 3),
        "B1": (0, 3),
        "C1": (3, 5),
        "B2": (11, 14),
        "B4": (12, 15),
        "B3": (14, 17),
    }
    assert {p.id: (p.start, p.finish) for p in result.placements} == simulate(data)
    b4 = result.by_id["B4"].reasons[0]
    assert (b4.binding, b4.year) == ("budget", 2021)
    b3 = result.by_id["B3"].reasons[0]
    assert (b3.binding, b3.actor, b3.holders) == ("capacity", "city", ("B2", "B4"))
    assert result.feasible
