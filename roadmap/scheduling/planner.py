"""`plan()`: the data set in, a Plan out. The one entry point of scheduling."""

from __future__ import annotations

from roadmap import collector
from roadmap.graph import DependencyGraph
from roadmap.models import Dataset
from roadmap.models.actions import Phase
from roadmap.scheduling.analysis import critical_path, dependency_times, slack
from roadmap.scheduling.feasibility import Locate, default_locate, infeasibilities
from roadmap.scheduling.improve import improve
from roadmap.scheduling.objective import heuristic_objective
from roadmap.scheduling.options import PlanOptions
from roadmap.scheduling.problem import Problem, build_problem
from roadmap.scheduling.result import Deferral, Objective, Placement, Plan
from roadmap.scheduling.sgs import Schedule, schedule


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
    locate: Locate = default_locate,
    graph: DependencyGraph | None = None,
) -> Plan:
    """Schedule every action that is not cancelled; see the modules of this package.

    The data set must have passed `roadmap check`. `locate` points diagnostics at YAML
    nodes (`Loaded.locate`); without it they name only the file. `graph` is the
    dependency graph the check built of the actions that are not cancelled, so that it
    is not built again (see `build_problem`).
    """
    with collector.paused():
        return plan_problem(build_problem(dataset, options or PlanOptions(), graph), locate)


def plan_problem(problem: Problem, locate: Locate = default_locate) -> Plan:
    """Schedule a problem that is already built (explain's what-ifs change one first)."""
    with collector.paused():
        return _plan_problem(problem, locate)


def _plan_problem(problem: Problem, locate: Locate) -> Plan:
    if problem.search.optimize:
        from roadmap.scheduling.optimize import optimized_plan  # noqa: PLC0415 (OR-Tools)

        return optimized_plan(problem, locate)
    times = dependency_order(problem)
    return assemble(problem, heuristic(problem, times), locate, times)


Times = tuple[list[int], list[int], list[int]]
"""A topological order of the tasks, and their starts and finishes by dependencies,
lower bounds and fixed facts alone."""


def dependency_order(problem: Problem) -> Times:
    """The `Times` of a problem; CyclicDependenciesError when there is no order."""
    order = problem.graph.indexed.topological_order()
    if order is None:
        raise CyclicDependenciesError(problem.graph.cycles())
    return (order, *dependency_times(problem, order))


def heuristic(problem: Problem, times: Times | None = None) -> Schedule:
    """The priority-rule schedule (higher score first, then less slack, then id), improved
    where shared pools leave it room (roadmap.scheduling.improve)."""
    times = times or dependency_order(problem)
    placed = schedule(problem, priority_order(problem, times))
    if not problem.pools:
        return placed
    other = schedule(problem, priority_order(problem, times, latest_finish=True))
    return improve(problem, placed, other)


def priority_order(problem: Problem, times: Times, *, latest_finish: bool = False) -> list[int]:
    """The tasks by priority: higher score first, then less slack, then id.

    With `latest_finish`, ties of score go to the earlier latest finish instead of the
    smaller slack: the second order the improvement of a plan with pools tries.
    """
    order, base_start, base_finish = times
    graph, tasks = problem.graph.indexed, problem.tasks
    base_slack = slack(graph, order, base_start, base_finish)
    scores, ids = [t.score for t in tasks], graph.ids
    if latest_finish:
        tie = [f + s for f, s in zip(base_finish, base_slack, strict=True)]
    else:
        tie = base_slack
    return sorted(range(len(tasks)), key=lambda n: (-scores[n], tie[n], ids[n]))


def assemble(
    problem: Problem,
    placed: Schedule,
    locate: Locate,
    times: Times | None = None,
    *,
    objective: Objective | None = None,
    deferred: tuple[Deferral, ...] = (),
) -> Plan:
    """The Plan of a schedule: slack, the critical path, phases and diagnostics.

    Without `objective`, the plan is the priority rule's and reports its own value of
    the objective asked for.
    """
    order, base_start, _ = times or dependency_order(problem)
    graph, tasks = problem.graph.indexed, problem.tasks
    ids = graph.ids
    starts, finishes = placed.start, placed.finish
    final_slack = slack(graph, order, starts, finishes)
    path = critical_path(graph, order, final_slack, finishes)
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
        diagnostics=tuple(sorted(infeasibilities(problem, placed, locate))),
        phase_bounds=problem.bounds,
        as_of=problem.as_of,
        objective=objective or heuristic_objective(problem, finishes),
        deferred=deferred,
    )
