"""`plan()`: the data set in, a Plan out. The one entry point of planning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from roadmap.models import Dataset
from roadmap.planning.heuristic import assemble, dependency_order, heuristic
from roadmap.planning.options import PlanOptions
from roadmap.planning.problem import build_problem
from roadmap.planning.result import Plan

if TYPE_CHECKING:
    import networkx as nx


def plan(
    dataset: Dataset,
    options: PlanOptions | None = None,
    *,
    graph: nx.DiGraph | None = None,
) -> Plan:
    """Schedule every action that is not cancelled; see the modules of this package.

    The data set must have passed the checks of stages 1 to 4. `graph` is the
    dependency graph the checks built of the actions that are not cancelled, so that it
    is not built again (see `build_problem`).
    """
    problem = build_problem(dataset, options or PlanOptions(), graph)
    if problem.search.optimize:
        from roadmap.planning.optimize import optimized_plan  # noqa: PLC0415 (OR-Tools)

        return optimized_plan(problem)
    times = dependency_order(problem)
    return assemble(problem, heuristic(problem, times), times)
