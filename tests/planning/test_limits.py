"""Leads' capacities and shared pools in the heuristic plan: who waits, why, and what
would move it."""

from __future__ import annotations

import json

from roadmap.models import Dataset
from roadmap.output.json_reports import plan_json
from roadmap.planning import PlanOptions, plan
from roadmap.planning.explain import explain
from roadmap.planning.limits import LimitLedger, limits_of
from roadmap.planning.problem import build_problem
from tests.planning.oracle import simulate
from tests.planning.portfolios import HORIZON_START, dataset


def _portfolio() -> Dataset:
    # Three leads, no lead capacity; the IT pool of 3 units is what binds.
    return dataset(
        [
            {"id": "A1", "duration_months": 4, "needs": {"it": 2}, "priority": {"impact": 5}},
            {"id": "A2", "lead": "agency", "duration_months": 3, "needs": {"it": 2}},
            {"id": "A3", "lead": "uni", "duration_months": 2, "needs": {"it": 1}},
            {"id": "A4", "duration_months": 1, "depends_on": ["A1"]},
        ],
        pools={"it": 3},
    )


def _starts(data: Dataset) -> dict[str, int]:
    return {p.id: p.start - HORIZON_START for p in plan(data).placements}


def test_a_pool_holds_back_the_action_that_does_not_fit() -> None:
    data = _portfolio()
    # A1 (top priority) takes 2 of 3 units; A2 needs 2 and waits, A3 fits in the last
    # unit. When A3 ends, 1 unit is free: A2 still waits, for A1 alone.
    assert _starts(data) == {"A1": 0, "A3": 0, "A2": 4, "A4": 4}
    result = plan(data)
    assert {p.id: (p.start, p.finish) for p in result.placements} == simulate(data)
    reason = result.by_id["A2"].reasons[0]
    assert (reason.binding, reason.pool, reason.holders) == ("pool", "it", ("A1",))
    assert reason.detail == (
        "pool it had 1 of 3 units free until 2021-05, less than the 2 it needs (A1)"
    )
    assert result.feasible


def test_the_pool_reason_is_in_the_json() -> None:
    payload = json.loads(plan_json(plan(_portfolio())))
    a2 = next(a for a in payload["actions"] if a["id"] == "A2")
    assert a2["reasons"][0]["binding"] == "pool"
    assert a2["reasons"][0]["pool"] == "it"
    assert a2["reasons"][0]["holders"] == ["A1"]


def test_ignore_capacity_drops_the_pools() -> None:
    result = plan(_portfolio(), PlanOptions(ignore_capacity=True))
    assert result.by_id["A2"].start == HORIZON_START


def test_explain_tries_a_larger_pool() -> None:
    explanation = explain(_portfolio(), "A2")
    assert explanation is not None
    changes = {w.change: w.moved for w in explanation.what_ifs}
    assert changes["raise the capacity of pool it from 3 to 4"] == 4
    assert "give it the top priority (impact 5, readiness 5)" in changes


def test_without_pools_the_needs_are_ignored() -> None:
    data = dataset([{"id": "A1", "needs": {"it": 9}}, {"id": "A2", "lead": "uni"}])
    assert _starts(data) == {"A1": 0, "A2": 0}


def test_a_lead_is_a_limit_of_one_unit_an_action() -> None:
    # A1 leads under "city" (capacity 1) and needs 2 of the pool; A2 is led by "uni".
    data = dataset(
        [{"id": "A1", "needs": {"it": 2}}, {"id": "A2", "lead": "uni", "needs": {"it": 9}}],
        capacity={"city": 1},
        pools={"it": 3},
    )
    problem = build_problem(data, PlanOptions())
    limits, needs = limits_of(problem)
    assert [(x.kind, x.name, x.capacity) for x in limits] == [
        ("lead", "city", 1),
        ("pool", "it", 3),
    ]
    # The lead comes first; a need above the pool's capacity is left out.
    assert needs == [[(0, 1), (1, 2)], []]
    ledger = LimitLedger(problem)
    ledger.add(0, 4)
    shortage = ledger.short(0, 3)
    assert shortage is not None
    assert (shortage.limit.kind, shortage.free, shortage.holders, shortage.retry) == (
        "lead",
        0,
        (0,),
        4,
    )
    assert ledger.short(0, 4) is None


def test_a_lead_at_capacity_is_worded_as_capacity() -> None:
    data = dataset([{"id": "A1", "duration_months": 2}, {"id": "A2"}], capacity={"city": 1})
    reason = plan(data).by_id["A2"].reasons[0]
    assert (reason.binding, reason.actor, reason.holders) == ("capacity", "city", ("A1",))
    assert reason.detail == "lead city was at capacity 1 until 2021-03 (A1)"
