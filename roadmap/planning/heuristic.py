"""The priority-rule plan, and the Plan assembled from a schedule (the optimiser's too):
slack, the critical path, phases and the constraints it breaks."""

from __future__ import annotations

from roadmap.planning.analysis import critical_path, dependency_times, slack
from roadmap.planning.feasibility import infeasibilities
from roadmap.planning.occupancy import improve
from roadmap.planning.problem import Problem
from roadmap.planning.result import Deferral, Objective, Placement, Plan
from roadmap.planning.sgs import Schedule, schedule


def heuristic(problem: Problem) -> Schedule:
    """The priority-rule schedule (higher score first, then less slack, then id), improved
    where shared pools leave it room (`occupancy.improve`)."""
    placed = schedule(problem, priority_order(problem))
    if not problem.pools:
        return placed
    other = schedule(problem, priority_order(problem, latest_finish=True))
    return improve(problem, placed, other)


def priority_order(problem: Problem, *, latest_finish: bool = False) -> list[int]:
    """The tasks by priority: higher score first, then less slack, then id.

    With `latest_finish`, ties of score go to the earlier latest finish instead of the
    smaller slack: the second order the improvement of a plan with pools tries.
    """
    base_start, base_finish = dependency_times(problem, problem.order)
    tasks = problem.tasks
    base_slack = slack(problem, problem.order, base_start, base_finish)
    scores, ids = [t.score for t in tasks], [t.id for t in tasks]
    if latest_finish:
        tie = [f + s for f, s in zip(base_finish, base_slack, strict=True)]
    else:
        tie = base_slack
    return sorted(range(len(tasks)), key=lambda n: (-scores[n], tie[n], ids[n]))


def assemble(
    problem: Problem,
    placed: Schedule,
    *,
    objective: Objective | None = None,
    deferred: tuple[Deferral, ...] = (),
) -> Plan:
    """The Plan of a schedule: slack, the critical path, phases and diagnostics.

    Without `objective`, the plan is the priority rule's and reports its own value of
    the objective asked for.
    """
    name, value = problem.search.objective, problem.solver_value(placed.finish)
    order = problem.order
    base_start = dependency_times(problem, order)[0]
    tasks = problem.tasks
    ids = [task.id for task in tasks]
    starts, finishes = placed.start, placed.finish
    final_slack = slack(problem, order, starts, finishes)
    path = critical_path(problem, order, final_slack, finishes)
    placements = []
    for node in sorted(range(len(tasks)), key=lambda n: (starts[n], ids[n])):
        task, begin, spare = tasks[node], starts[node], final_slack[node]
        placements.append(
            Placement(
                ids[node],
                begin,
                finishes[node],
                problem.phase_of(begin),
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
        objective=objective or Objective(name, problem.objective_value(value), None, "heuristic"),
        deferred=deferred,
    )
