"""Setting the problem up: the documented priority score, and the dependency graph of the
check taken, not built again."""

from __future__ import annotations

from typing import Any

import pytest

from roadmap.graph import graph_of
from roadmap.models.strategy import PriorityWeights
from roadmap.planning import PlanOptions, plan
from roadmap.planning.problem import build_problem, priority_scores
from tests.planning.portfolios import dataset

ACTIONS: list[dict[str, Any]] = [
    {"id": "A1", "duration_months": 3},
    {"id": "A2", "depends_on": ["A1"], "duration_months": 2},
    {"id": "A3", "depends_on": [{"id": "A2", "lag_months": 1}], "status": "cancelled"},
    {"id": "A4", "depends_on": ["A2"], "lead": "agency"},
]


def test_a_graph_of_the_scheduled_actions_is_used_as_given() -> None:
    data = dataset(ACTIONS)
    graph = graph_of(a for a in data.actions if a.status != "cancelled")
    assert build_problem(data, PlanOptions(), graph).graph is graph
    assert plan(data, graph=graph) == plan(data)


def test_a_graph_of_other_actions_is_built_again() -> None:
    data = dataset(ACTIONS)
    everything = graph_of(data.actions)
    problem = build_problem(data, PlanOptions(), everything)
    assert problem.graph is not everything
    assert list(problem.graph) == ["A1", "A2", "A4"]
    assert plan(data, graph=everything) == plan(data)


def test_tasks_are_the_nodes_of_the_graph_in_order() -> None:
    data = dataset(ACTIONS)
    problem = build_problem(data, PlanOptions(), None)
    assert [t.id for t in problem.tasks] == list(problem.graph) == ["A1", "A2", "A4"]
    assert [t.index for t in problem.tasks] == [0, 1, 3]
    assert problem.predecessors == [[], [(0, 0)], [(1, 0)]]
    assert problem.successors == [[(1, 0)], [(2, 0)], []]
    assert problem.order == [0, 1, 2]


def test_score_follows_the_documented_formula() -> None:
    data = dataset(
        [
            {"id": "A", "cost_eur": 100, "priority": {"impact": 5, "readiness": 1}},
            {"id": "B", "cost_eur": 300, "priority": {"impact": 1, "readiness": 5}},
            {"id": "C", "cost_eur": 200},
        ]
    )
    scores = priority_scores(data.actions, PriorityWeights(impact=0.5, readiness=0.3, cost=0.2))
    assert scores == pytest.approx(
        [
            0.5 * 1 + 0.3 * 0 + 0.2 * 1,
            0.5 * 0 + 0.3 * 1 + 0.2 * 0,
            0.5 * 0.5 + 0.3 * 0.5 + 0.2 * 0.5,
        ]
    )


def test_weights_are_normalised_and_zero_weights_give_zero() -> None:
    data = dataset([{"id": "A", "priority": {"impact": 5, "readiness": 5}}])
    assert priority_scores(data.actions, PriorityWeights(impact=2, readiness=2, cost=0)) == [1.0]
    assert priority_scores(data.actions, PriorityWeights(impact=0, readiness=0, cost=0)) == [0.0]
