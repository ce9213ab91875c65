"""Setting the problem up: the dependency graph of the check is taken, not built again."""

from __future__ import annotations

from typing import Any

from roadmap.graph import DependencyGraph
from roadmap.scheduling import PlanOptions, plan
from roadmap.scheduling.problem import build_problem
from tests.scheduling.portfolios import dataset

ACTIONS: list[dict[str, Any]] = [
    {"id": "A1", "duration_months": 3},
    {"id": "A2", "depends_on": ["A1"], "duration_months": 2},
    {"id": "A3", "depends_on": [{"id": "A2", "lag_months": 1}], "status": "cancelled"},
    {"id": "A4", "depends_on": ["A2"], "lead": "agency"},
]


def test_a_graph_of_the_scheduled_actions_is_used_as_given() -> None:
    data = dataset(ACTIONS)
    graph = DependencyGraph.from_actions(a for a in data.actions if a.status != "cancelled")
    assert build_problem(data, PlanOptions(), graph).graph is graph
    assert plan(data, graph=graph) == plan(data)


def test_a_graph_of_other_actions_is_built_again() -> None:
    data = dataset(ACTIONS)
    everything = DependencyGraph.from_actions(data.actions)
    problem = build_problem(data, PlanOptions(), everything)
    assert problem.graph is not everything
    assert problem.graph.nodes == ["A1", "A2", "A4"]
    assert plan(data, graph=everything) == plan(data)


def test_tasks_are_the_nodes_of_the_graph_in_order() -> None:
    data = dataset(ACTIONS)
    problem = build_problem(data, PlanOptions(), None)
    indexed = problem.graph.indexed
    assert [t.id for t in problem.tasks] == indexed.ids == ["A1", "A2", "A4"]
    assert [t.index for t in problem.tasks] == [0, 1, 3]
    assert indexed.predecessors == [[], [0], [1]]
    assert indexed.successors == [[1], [2], []]
