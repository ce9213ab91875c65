"""Solving the model: the objective asked for from a known plan (then, when no plan
keeps every date, without the dates), and for `finish` high priorities earlier.
Every solve is bounded by deterministic work, with a fixed seed and schedule, so that
two runs give the same plan however busy the machine is (docs/planning.md)."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from ortools.sat.python import cp_model

from roadmap.planning.optimize.model import Built, build, within_bounds
from roadmap.planning.problem import Problem

WORK_PER_SECOND = 0.3
"""Deterministic work per second of `--time-limit` (a busy machine still does this much)."""
PHASES = ((0.15, False), (0.35, True), (0.5, False))
"""A search's phases: its share of the work, and whether it searches neighbourhoods
(which find better plans of hard problems far sooner than a complete search)."""
NEIGHBOURHOOD_WORKERS = 2
"""Threads of the neighbourhood search (a constant, so the plan is the same anywhere)."""
TIDY_SHARE = 0.15
"""The share of all the work for `_tidy` (on data/, it needs most of it to presolve)."""


class Clock:
    """What is left of `--time-limit`, and the deterministic work that it stands for."""

    def __init__(self, seconds: float) -> None:
        self.work = WORK_PER_SECOND * seconds
        self.deadline = time.perf_counter() + seconds

    def left(self) -> float:
        """Seconds left, never below a small floor (a solve needs a moment to start)."""
        return max(self.deadline - time.perf_counter(), 0.05)


@dataclass(frozen=True)
class Found:
    """The starts of a solve and what it proved."""

    start: list[int]
    status: str
    """`optimal` or `feasible`."""
    value: int
    """The objective in the solver's units (month index or weighted months)."""
    bound: int


def solver(work: float, seconds: float, *, neighbourhoods: bool = False) -> cp_model.CpSolver:
    """A deterministic CP-SAT solver: a complete search on one worker, or with
    `neighbourhoods` one that only improves the plan it starts from."""
    engine = cp_model.CpSolver()
    parameters = engine.parameters
    parameters.random_seed = 0
    parameters.max_deterministic_time = work
    parameters.max_time_in_seconds = seconds
    parameters.num_workers = NEIGHBOURHOOD_WORKERS if neighbourhoods else 1
    parameters.interleave_search = neighbourhoods
    parameters.use_lns_only = neighbourhoods
    return engine


def _objective(problem: Problem, built: Built) -> cp_model.LinearExpr:
    if problem.search.objective == "value":
        return cp_model.LinearExpr.weighted_sum(built.finish, problem.weights())
    makespan = built.model.new_int_var(problem.start, max(built.latest, problem.start), "finish")
    built.model.add_max_equality(makespan, built.finish)
    return makespan


def hint(model: cp_model.CpModel, variables: list[cp_model.IntVar], values: list[int]) -> None:
    """Start the next solve of `model` from these values (replacing earlier hints)."""
    model.clear_hints()  # type: ignore[no-untyped-call]
    for var, value in zip(variables, values, strict=True):
        model.add_hint(var, value)


def _value(problem: Problem, built: Built, start: list[int]) -> int:
    return problem.solver_value([s + d for s, d in zip(start, built.duration, strict=True)])


def solve_plan(
    problem: Problem,
    clock: Clock,
    known: list[int],
    *,
    exempt: frozenset[int] = frozenset(),
    share: float = 1.0,
) -> Found:
    """The best plan `share` of the work allows, from `known` (the priority rule's plan
    or better, which meets every limit but perhaps the deadlines, horizon and pins)."""
    pairs = list(zip(problem.tasks, known, strict=True))
    latest = max((s + t.duration for t, s in pairs), default=0)
    meets = all(within_bounds(problem, t, s) for t, s in pairs)
    # When `known` breaks a deadline, the horizon or a pin, the first search may find
    # none that keeps them; the second, without them, always has `known` to start from.
    for relaxed in (False, True):
        built = build(problem, relaxed=relaxed, latest_known=latest, exempt=exempt)
        objective = _objective(problem, built)
        if meets or relaxed:
            built.model.add(objective <= _value(problem, built, known))
        built.model.minimize(objective)
        status, start, bound = search(built.model, built.start, known, share * clock.work, clock)
        if start is None and (meets or relaxed):
            status, start = cp_model.FEASIBLE, known
        if start is not None:
            proven = "optimal" if status == cp_model.OPTIMAL else "feasible"
            found = Found(start, proven, _value(problem, built, start), bound)
            return _tidy(problem, built, objective, found, clock)
    raise AssertionError("the plan without deadlines, horizon and pins is always found")


def search(
    model: cp_model.CpModel,
    variables: list[cp_model.IntVar],
    values: list[int],
    work: float,
    clock: Clock,
) -> tuple[cp_model.CpSolverStatus, list[int] | None, int]:
    """The phases of `PHASES`, each from the best plan so far, until one proves it.
    The status, the variables' values and the proven bound (very low when none is)."""
    hint(model, variables, values)
    best: list[int] | None = None
    status, value, bound = cp_model.UNKNOWN, math.inf, -(2**62)
    for share, neighbourhoods in PHASES:
        if neighbourhoods and best is None:
            continue  # neighbourhoods are of a plan
        engine = solver(share * work, clock.left(), neighbourhoods=neighbourhoods)
        status = engine.solve(model)
        if not neighbourhoods and math.isfinite(engine.best_objective_bound):
            bound = max(bound, math.ceil(engine.best_objective_bound - 1e-6))
        if status == cp_model.INFEASIBLE:
            return status, None, bound
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and engine.objective_value < value:
            # The objective is whole; CP-SAT reports it as a float, which may be off.
            best, value = [int(engine.value(v)) for v in variables], round(engine.objective_value)
            hint(model, variables, best)
        if status == cp_model.OPTIMAL or value <= bound:
            return cp_model.OPTIMAL, best, bound
    return (status if best is None else cp_model.FEASIBLE), best, bound


def _tidy(
    problem: Problem, built: Built, objective: cp_model.LinearExpr, found: Found, clock: Clock
) -> Found:
    """For `finish`: with the plan finish kept, high-priority actions finish earlier."""
    weights = problem.weights()
    if problem.search.objective != "finish" or len(set(weights)) < 2:
        return found
    model = built.model
    model.add(objective <= found.value)
    model.minimize(cp_model.LinearExpr.weighted_sum(built.finish, [w + 1 for w in weights]))
    hint(model, built.start, found.start)
    engine = solver(TIDY_SHARE * clock.work, clock.left())
    if engine.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return found
    start = [int(engine.value(v)) for v in built.start]
    return Found(start, found.status, found.value, found.bound)
