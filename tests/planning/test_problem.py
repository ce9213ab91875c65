"""Setting the problem up: the dependency graph of the check is taken, not built again."""

from __future__ import annotations

from typing import Any

from roadmap.graph import graph_of
from roadmap.planning import PlanOptions, plan
from roadmap.planning.problem import build_problem
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
