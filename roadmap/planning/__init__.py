"""Scheduling: the actions placed in months under dependencies, capacity and budget.

`problem` turns the data set into months and numbers, `sgs` places the actions,
`analysis` computes slack, the critical path and phases, `feasibility` names the
constraints the plan breaks. `plan()` runs them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from roadmap.models import Dataset
from roadmap.planning.heuristic import assemble, heuristic
from roadmap.planning.options import PlanOptions
from roadmap.planning.problem import CyclicDependenciesError, build_problem
from roadmap.planning.result import Placement, Plan, Reason

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["CyclicDependenciesError", "Placement", "Plan", "PlanOptions", "Reason", "plan"]


def plan(
    dataset: Dataset, options: PlanOptions | None = None, *, graph: nx.DiGraph | None = None
) -> Plan:
    """Schedule every action that is not cancelled, in a data set that passed stages 1-4.

    `graph` is the dependency graph the checks built of the actions that are not
    cancelled, so that it is not built again (see `build_problem`).
    """
    problem = build_problem(dataset, options or PlanOptions(), graph)
    if problem.search.optimize:
        from roadmap.planning.optimize import optimized_plan  # noqa: PLC0415 (OR-Tools)

        return optimized_plan(problem)
    return assemble(problem, heuristic(problem))
