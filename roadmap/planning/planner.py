"""`plan()`: the data set in, a Plan out. The one entry point of planning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from roadmap.graph import cycles
from roadmap.models import Dataset
from roadmap.models.actions import Phase
from roadmap.planning.analysis import critical_path, dependency_times, slack
from roadmap.planning.feasibility import infeasibilities
from roadmap.planning.options import PlanOptions
from roadmap.planning.problem import Problem, build_problem
from roadmap.planning.result import Placement, Plan
from roadmap.planning.sgs import schedule

if TYPE_CHECKING:
    import networkx as nx


class CyclicDependenciesError(ValueError):
    """The dependency graph has a cycle; `roadmap check` reports it with the cycle named."""

    def __init__(self, cycles: list[list[str]]) -> None:
        self.cycles = cycles
        names = "; ".join(" -> ".join([*c, c[0]]) for c in cycles)
        super().__init__(f"the dependencies form a cycle: {names}")


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
    return plan_problem(build_problem(dataset, options or PlanOptions(), graph))


def plan_problem(problem: Problem) -> Plan:
    """Schedule a problem that is already built (explain's what-ifs change one first)."""
    order = problem.order
    if order is None:
        raise CyclicDependenciesError(cycles(problem.graph))
    tasks = problem.tasks
    ids = [task.id for task in tasks]
    base_start, base_finish = dependency_times(problem, order)
    base_slack = slack(problem, order, base_start, base_finish)
    scores = [t.score for t in tasks]
    priority = sorted(range(len(tasks)), key=lambda n: (-scores[n], base_slack[n], ids[n]))
    placed = schedule(problem, priority)
    starts, finishes = placed.start, placed.finish
    final_slack = slack(problem, order, starts, finishes)
    path = critical_path(problem, order, final_slack, finishes)
    by_start = sorted(range(len(tasks)), key=lambda n: (starts[n], ids[n]))
    first, (short, medium) = problem.start, problem.bounds
    placements = []
    for node in by_start:
        task, begin, spare = tasks[node], starts[node], final_slack[node]
        offset = begin - first
        phase: Phase = "short" if offset < short else "medium" if offset < medium else "long"
        placements.append(
            Placement(
                ids[node],
                begin,
                finishes[node],
                phase,
                spare,
                spare == 0,
                base_start[node],
                task.score,
                placed.reasons[node],
                task.lead,
                task.cost,
                task.fixed is not None,
            )
        )
    return Plan(
        horizon_start=problem.start,
        horizon_end=problem.end,
        placements=tuple(placements),
        critical_path=path,
        finish=max(finishes, default=problem.start),
        findings=tuple(infeasibilities(problem, placed)),
        phase_bounds=problem.bounds,
        as_of=problem.as_of,
    )
