"""Solving the model: the solver's settings, the objectives, and the order of the solves.

1. The objective asked for, with every limit as a hard constraint, started from a known
   plan (the priority rule's, as a hint) and bounded by it when that plan meets every
   limit, so that the result is never worse.
2. When no plan meets the deadlines, the horizon and the phase pins together, the same
   search without them: the plan then says which it breaks, as the priority rule does.
3. For `finish`, with the plan finish fixed: high-priority actions finish earlier (the sum
   of priority-weighted finishes), on a budget of deterministic work.

Each search is a complete search (one worker, fixed seed) that proves bounds, joined
after 30% of its time, if it has not finished, by a large neighbourhood search in a
second thread (interleaved subsolvers on a fixed schedule, fixed seed) that only looks
for better plans (`search`). A plan proven by the complete search, or one reached
within a deterministic budget (step 3), is the same on every run; only a search that
the wall-clock limit (`--time-limit`) stops can end elsewhere.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from ortools.sat.python import cp_model

from roadmap.planning.objective import VALUE_SCALE, value_weights
from roadmap.planning.optimize.model import Built, Limits, build
from roadmap.planning.problem import Problem

WORKERS = 8
"""Subsolvers of the neighbourhood search, interleaved on a fixed schedule."""
SECOND_AFTER = 0.3
"""The share of the time the complete search has alone before the neighbourhood search
joins it: most plans are proven optimal in it, by the complete search alone, and so
come out the same from run to run; on a busy machine, the two would share the CPU."""
RELAXED_SECONDS = 1.0
"""Seconds the search without deadlines, horizon and pins gets at least, when the search
with them found no plan: it starts from the priority-rule plan, which it always keeps."""
TIDY_WORK = 0.3
"""Deterministic work for step 3 (a fraction of a second on a current machine)."""


class Clock:
    """The wall-clock time left of `--time-limit`."""

    def __init__(self, seconds: float) -> None:
        self.limit = seconds
        self.deadline = time.perf_counter() + seconds

    def share(self, fraction: float) -> float:
        """`fraction` of the time limit, or what is left if that is less."""
        return min(self.left(), fraction * self.limit)

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
    relaxed: bool
    """True when the deadlines, horizon and pins had to be lifted."""


def solver(
    seconds: float, work: float | None = None, workers: int = WORKERS, *, lns: bool = False
) -> cp_model.CpSolver:
    """A deterministic CP-SAT solver that stops after `seconds`, or `work` units; with
    `lns`, one that only improves the plan it starts from, by large neighbourhoods."""
    engine = cp_model.CpSolver()
    parameters = engine.parameters
    parameters.random_seed = 0
    parameters.num_workers = workers
    parameters.interleave_search = workers > 1
    parameters.use_lns_only = lns
    parameters.max_time_in_seconds = seconds
    if work is not None:
        parameters.max_deterministic_time = work
    return engine


def _bound(engine: cp_model.CpSolver) -> int:
    """The proven bound as a whole number (the objective is whole, so round up); a very
    low number when the search proved none."""
    bound = engine.best_objective_bound
    return math.ceil(bound - 1e-6) if math.isfinite(bound) else -(2**62)


def meets_bounds(problem: Problem, start: list[int]) -> bool:
    """True when starts keep every deadline, the horizon and every pin (as the model asks)."""
    ends = {"short": problem.start + problem.bounds[0], "medium": problem.start + problem.bounds[1]}
    for task, begin in zip(problem.tasks, start, strict=True):
        if task.fixed is not None:
            continue
        finish = begin + task.duration
        if finish > problem.end + 1 or (task.deadline is not None and finish > task.deadline + 1):
            return False
        if task.pin in ends and begin >= ends[task.pin]:
            return False
    return True


def _objective(problem: Problem, built: Built) -> cp_model.LinearExpr:
    if problem.search.objective == "value":
        weights = value_weights(problem)
        return cp_model.LinearExpr.weighted_sum(built.finish, weights)
    makespan = built.model.new_int_var(problem.start, max(built.latest, problem.start), "finish")
    built.model.add_max_equality(makespan, built.finish)
    return makespan


def hint(model: cp_model.CpModel, variables: list[cp_model.IntVar], values: list[int]) -> None:
    """Start the next solve of `model` from these values (replacing earlier hints)."""
    model.clear_hints()  # type: ignore[no-untyped-call]
    for var, value in zip(variables, values, strict=True):
        model.add_hint(var, value)


def _value(problem: Problem, built: Built, start: list[int]) -> int:
    return solver_value(problem, [s + d for s, d in zip(start, built.duration, strict=True)])


def solver_value(problem: Problem, finish: list[int]) -> int:
    """The objective of finishes in the solver's units: a month, or weighted months."""
    if problem.search.objective == "value":
        return sum(w * f for w, f in zip(value_weights(problem), finish, strict=True))
    return max(finish, default=problem.start)


def solve_plan(
    problem: Problem,
    clock: Clock,
    hint: list[int],
    *,
    exempt: frozenset[int] = frozenset(),
    share: float = 1.0,
    relax: bool = True,
) -> Found | None:
    """The best plan `share` of the time limit allows; `hint` is a plan of the priority
    rule or better. Without `relax`, None when no plan meets every limit (then `--select`
    chooses what to leave out)."""
    incumbent = hint if meets_bounds(problem, hint) else None
    seconds = clock.share(share)
    for relaxed in (False, True) if relax else (False,):
        if relaxed:
            limits = Limits(deadlines=False, horizon=False, pins=False)
            incumbent, seconds = hint, max(clock.left(), RELAXED_SECONDS)
        else:
            limits = Limits()
        latest = max((s + t.duration for s, t in zip(hint, problem.tasks, strict=True)), default=0)
        built = build(problem, limits, latest_known=latest, exempt=exempt)
        objective = _objective(problem, built)
        if incumbent is not None:
            built.model.add(objective <= _value(problem, built, incumbent))
        built.model.minimize(objective)
        status, start, bound = search(built.model, built.start, hint, seconds)
        if start is not None:
            proven = "optimal" if status == cp_model.OPTIMAL else "feasible"
            found = Found(start, proven, _value(problem, built, start), bound, relaxed)
            return _tidy(problem, built, objective, found, clock)
        if incumbent is not None:
            value = _value(problem, built, incumbent)
            return Found(incumbent, "feasible", value, bound, relaxed)
    return None


class _Latest(cp_model.CpSolverSolutionCallback):
    """Keeps the values of the latest (best) plan a search found."""

    def __init__(self, variables: list[cp_model.IntVar]) -> None:
        super().__init__()
        self.variables = variables
        self.values: list[int] | None = None

    def on_solution_callback(self) -> None:
        """Called by CP-SAT with each better plan."""
        self.values = [int(self.value(v)) for v in self.variables]


def search(
    model: cp_model.CpModel,
    variables: list[cp_model.IntVar],
    values: list[int],
    seconds: float,
) -> tuple[cp_model.CpSolverStatus, list[int] | None, int]:
    """One complete search (it proves most plans optimal soonest), joined after 30% of
    the time, if it has not finished, by large neighbourhood search in a second thread,
    which only looks for better plans, starting from the best the first has found. The
    complete search's answer stands when it proves it; otherwise the better plan wins
    (the complete search's on a tie), and it is optimal when it meets the bound the
    complete search proved. The status, the variables' values and the proven bound."""
    hint(model, variables, values)
    alone = SECOND_AFTER * seconds
    engines = [solver(seconds, workers=1), solver(max(seconds - alone, 0.05), lns=True)]
    statuses: list[cp_model.CpSolverStatus | None] = [None, None]
    latest = _Latest(variables)
    second = model.clone()

    def run(index: int, copy: cp_model.CpModel) -> None:
        statuses[index] = engines[index].solve(copy, latest if index == 0 else None)
        if statuses[index] in (cp_model.OPTIMAL, cp_model.INFEASIBLE):
            engines[1 - index].stop_search()

    first = threading.Thread(target=run, args=(0, model))
    first.start()
    first.join(alone)
    if first.is_alive():
        if latest.values is not None:
            hint(
                second,
                [second.get_int_var_from_proto_index(v.index) for v in variables],
                latest.values,
            )
        helper = threading.Thread(target=run, args=(1, second))
        helper.start()
        helper.join()
    first.join()
    return _better(engines, statuses, variables)


def _better(
    engines: list[cp_model.CpSolver],
    statuses: list[cp_model.CpSolverStatus | None],
    variables: list[cp_model.IntVar],
) -> tuple[cp_model.CpSolverStatus, list[int] | None, int]:
    ran = [(e, s) for e, s in zip(engines, statuses, strict=True) if s is not None]
    bound = max(_bound(e) for e, _ in ran)
    for engine, status in ran:
        if status in (cp_model.OPTIMAL, cp_model.INFEASIBLE):
            return status, _values(engine, status, variables), bound
    solved = [(e, s) for e, s in ran if s == cp_model.FEASIBLE]
    if not solved:
        return ran[0][1], None, bound
    engine, status = min(solved, key=lambda item: item[0].objective_value)
    if engine.objective_value <= bound:
        status = cp_model.OPTIMAL
    return status, _values(engine, cp_model.FEASIBLE, variables), bound


def _values(
    engine: cp_model.CpSolver, status: cp_model.CpSolverStatus, variables: list[cp_model.IntVar]
) -> list[int] | None:
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    return [int(engine.value(v)) for v in variables]


def _tidy(
    problem: Problem, built: Built, objective: cp_model.LinearExpr, found: Found, clock: Clock
) -> Found:
    """Step 3: with the plan finish kept, high-priority actions finish earlier."""
    weights = value_weights(problem)
    if problem.search.objective != "finish" or len(set(weights)) < 2:
        return found
    model = built.model
    model.add(objective <= found.value)
    second = cp_model.LinearExpr.weighted_sum(built.finish, [w + 1 for w in weights])
    model.minimize(second)
    hint(built.model, built.start, found.start)
    engine = solver(clock.left(), TIDY_WORK, workers=1)
    if engine.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return found
    start = [int(engine.value(v)) for v in built.start]
    return Found(start, found.status, found.value, found.bound, found.relaxed)


def scaled_value(problem: Problem, value: int) -> float:
    """A solver value in the objective's units (`roadmap.planning.objective`)."""
    if problem.search.objective == "value":
        offset = sum(w * problem.start for w in value_weights(problem))
        return (value - offset) / VALUE_SCALE
    return float(value - problem.start)
