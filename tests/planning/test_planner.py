"""Properties of every plan, on random acyclic portfolios (spec section 4)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from fractions import Fraction

from hypothesis import given, settings

from roadmap.graph import earliest_starts, graph_of, topological_order
from roadmap.models import Dataset
from roadmap.months import parse_month
from roadmap.planning import Plan, PlanOptions, plan
from tests.planning.portfolios import HORIZON_START, dataset, portfolios

PHASE_START = {"short": 0, "medium": 12, "long": 36}


def _starts(result: Plan) -> dict[str, int]:
    return {p.id: p.start for p in result.placements}


@settings(max_examples=120, deadline=None)
@given(portfolios())
def test_every_constraint_holds(data: Dataset) -> None:
    result = plan(data)
    at = result.by_id
    assert set(at) == {a.id for a in data.actions}
    for action in data.actions:
        here = at[action.id]
        assert here.finish - here.start == action.duration_months
        assert here.start >= HORIZON_START
        if action.earliest_start:
            assert here.start >= parse_month(action.earliest_start)
        if action.phase:
            assert here.start >= HORIZON_START + PHASE_START[action.phase]
        for dep in action.dependencies():
            assert here.start >= at[dep.id].finish + dep.lag_months
    capacity = {a.id: a.capacity for a in data.strategy.actors if a.capacity}
    lead = {a.id: a.lead for a in data.actions}
    for month in range(HORIZON_START, result.finish):
        running: dict[str, int] = defaultdict(int)
        for p in result.placements:
            if p.start <= month < p.finish:
                running[lead[p.id]] += 1
        for actor, limit in capacity.items():
            assert running[actor] <= limit
        for pool in data.strategy.resources:
            held = sum(
                a.needs.get(pool.id, 0)
                for a in data.actions
                if at[a.id].start <= month < at[a.id].finish
            )
            assert held <= pool.capacity
    if not any(d.code == "P604" for d in result.findings):
        spent: dict[int, Fraction] = defaultdict(Fraction)
        for p in result.placements:
            cost = next(a.cost_eur for a in data.actions if a.id == p.id)
            for month in range(p.start, p.finish):
                spent[month // 12] += Fraction(cost, p.finish - p.start)
        for year, cap in (data.strategy.budget_caps or {}).items():
            assert spent[year] <= cap


@settings(max_examples=120, deadline=None)
@given(portfolios())
def test_slack_and_critical_path_follow_the_spec(data: Dataset) -> None:
    result = plan(data)
    at = result.by_id
    assert all(p.slack >= 0 for p in result.placements)
    assert all(p.critical == (p.slack == 0) for p in result.placements)
    path = result.critical_path
    assert path, "a plan with actions always has a critical path"
    assert all(at[i].slack == 0 for i in path)
    assert at[path[-1]].finish == result.finish
    deps = {a.id: {d.id for d in a.dependencies()} for a in data.actions}
    for before, after in itertools.pairwise(path):
        assert before in deps[after]
    # the action finishing last has no slack by construction of the backward pass
    assert any(p.finish == result.finish and p.slack == 0 for p in result.placements)


@settings(max_examples=100, deadline=None)
@given(portfolios())
def test_same_input_gives_the_same_plan(data: Dataset) -> None:
    assert plan(data) == plan(data)


@settings(max_examples=120, deadline=None)
@given(portfolios(constrained=False))
def test_without_capacity_or_caps_it_is_the_earliest_start_schedule(data: Dataset) -> None:
    graph = graph_of(data.actions)
    pins = {
        a.id: HORIZON_START + PHASE_START[a.phase] if a.phase else HORIZON_START
        for a in data.actions
    }
    lower = {
        a.id: max(pins[a.id], parse_month(a.earliest_start) if a.earliest_start else 0)
        for a in data.actions
    }
    durations = {a.id: a.duration_months for a in data.actions}
    order = topological_order(graph)
    assert order is not None
    assert _starts(plan(data)) == earliest_starts(graph, durations, lower, order)


@settings(max_examples=100, deadline=None)
@given(portfolios())
def test_ignoring_capacity_and_budget_gives_the_earliest_start_schedule(data: Dataset) -> None:
    free = plan(data, PlanOptions(ignore_capacity=True, ignore_budget=True))
    assert all(p.start == p.earliest for p in free.placements)
    constrained = plan(data)
    assert all(p.start >= free.by_id[p.id].start for p in constrained.placements)


def test_critical_path_takes_the_longest_chain_then_the_smallest_ids() -> None:
    # Two zero-slack chains end at the finish: X1 -> X2 -> X3 (3 actions) and Y1 -> X3.
    data = dataset(
        [
            {"id": "X1", "duration_months": 2},
            {"id": "X2", "duration_months": 2, "depends_on": ["X1"]},
            {"id": "Y1", "duration_months": 4},
            {"id": "X3", "duration_months": 1, "depends_on": ["X2", "Y1"]},
            {"id": "Z1", "duration_months": 5},
            {"id": "W1", "duration_months": 5},
        ]
    )
    result = plan(data)
    assert result.critical_path == ("X1", "X2", "X3")
    assert {p.id for p in result.placements if p.critical} == {"X1", "X2", "X3", "Y1", "Z1", "W1"}


def test_slack_is_measured_against_the_plan_finish() -> None:
    data = dataset(
        [
            {"id": "A", "duration_months": 10},
            {"id": "B", "duration_months": 2},
            {"id": "C", "duration_months": 3, "depends_on": [{"id": "B", "lag_months": 1}]},
        ]
    )
    result = plan(data)
    # finish 10; C: LF 10, LS 7, start 3 -> slack 4; B: LF = LS(C) - 1 = 6, LS 4 -> slack 4
    assert {p.id: p.slack for p in result.placements} == {"A": 0, "B": 4, "C": 4}
    assert result.critical_path == ("A",)


def test_cancelled_actions_are_not_planned_and_free_their_dependents() -> None:
    data = dataset(
        [
            {"id": "A", "duration_months": 10, "status": "cancelled"},
            {"id": "B", "duration_months": 2, "depends_on": ["A"]},
        ]
    )
    result = plan(data)
    assert [p.id for p in result.placements] == ["B"]
    assert result.by_id["B"].start == HORIZON_START


def test_ties_break_by_slack_then_id() -> None:
    # Same score; capacity 1. T2 has less slack (a long successor), so it goes first.
    data = dataset(
        [
            {"id": "T1", "duration_months": 2},
            {"id": "T2", "duration_months": 2},
            {"id": "T3", "duration_months": 2},
            {"id": "L", "duration_months": 8, "lead": "agency", "depends_on": ["T2"]},
        ],
        capacity={"city": 1},
    )
    result = plan(data)
    order = [p.id for p in sorted(result.placements, key=lambda p: p.start) if p.id != "L"]
    assert order == ["T2", "T1", "T3"]


@settings(max_examples=100, deadline=None)
@given(portfolios())
def test_critical_path_is_a_longest_path_of_the_networkx_critical_subgraph(data: Dataset) -> None:
    import networkx as nx

    result = plan(data)
    graph = graph_of(data.actions)
    critical = graph.subgraph(p.id for p in result.placements if p.critical)
    ends = [p.id for p in result.placements if p.critical and p.finish == result.finish]
    paths = (
        path
        for source in critical.nodes
        for end in ends
        for path in nx.all_simple_paths(critical, source, end)
    )
    longest = max((len(path) for path in paths), default=1)
    assert len(result.critical_path) == longest
    assert nx.is_path(critical, list(result.critical_path))
