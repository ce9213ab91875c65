"""`roadmap plan --optimize`: an exact search with OR-Tools CP-SAT (spec section 4b,
docs/planning.md), started from the priority-rule plan and never worse. Imported only
when `--optimize` is asked for."""

from __future__ import annotations

from roadmap.planning.analysis import dependency_times
from roadmap.planning.heuristic import assemble, heuristic
from roadmap.planning.occupancy import Occupancy, left_shift
from roadmap.planning.optimize.reasons import deferral_reasons
from roadmap.planning.optimize.selection import SELECT_SHARE, restrict, select
from roadmap.planning.optimize.solve import Clock, solve_plan
from roadmap.planning.problem import Problem
from roadmap.planning.result import Deferral, Objective, Plan

__all__ = ["optimized_plan"]


def optimized_plan(problem: Problem) -> Plan:
    """The optimised plan of `problem`, with its objective and any deferred actions."""
    clock = Clock(problem.search.time_limit)
    whole = problem
    first = heuristic(problem)
    never_fits, hint = first.never_fits, first.start
    choice = None
    if problem.search.select:
        choice = select(problem, first, clock, frozenset(never_fits))
        problem = restrict(problem, choice.kept)
        hint = [choice.start[n] for n in choice.kept]
        position = {n: i for i, n in enumerate(choice.kept)}
        never_fits = {position[n]: o for n, o in never_fits.items() if n in position}
    exempt = frozenset(never_fits)
    share = 1.0 if choice is None else 1 - SELECT_SHARE
    found = solve_plan(problem, clock, hint, exempt=exempt, share=share)
    occupancy = Occupancy(problem, list(found.start), exempt)
    left_shift(occupancy, list(range(len(problem.tasks))))
    placed = occupancy.schedule(never_fits)
    start, finish = placed.start, placed.finish
    earliest = dependency_times(problem, problem.order)[1]
    value = problem.solver_value(finish)
    bound = min(value, max(found.bound, problem.solver_value(earliest)))
    optimal = found.status == "optimal" and (choice is None or choice.optimal)
    objective = Objective(
        problem.search.objective,
        problem.objective_value(value),
        problem.objective_value(bound),
        "optimal" if optimal else "feasible",
    )
    deferred: tuple[Deferral, ...] = ()
    if choice is not None and len(choice.kept) < len(whole.tasks):
        planned = list(choice.start)
        for index, node in enumerate(choice.kept):
            planned[node] = start[index]
        deferred = deferral_reasons(whole, choice.kept, planned, frozenset(first.never_fits))
    return assemble(problem, placed, objective=objective, deferred=deferred)
