"""The CP-SAT model of a planning problem: one interval per action, and every limit
(docs/planning.md). With `relaxed`, the deadlines, the horizon end and the pins are
lifted; with `select`, each action not fixed gets a presence literal."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from ortools.sat.python import cp_model

from roadmap.planning.budget import overlap
from roadmap.planning.limits import limits_of
from roadmap.planning.problem import Problem, Task


@dataclass
class Built:
    """A model and its variables, by task index."""

    model: cp_model.CpModel
    start: list[cp_model.IntVar]
    duration: list[int]
    present: list[cp_model.IntVar | int]
    """1 for a task that is always in the plan, else its presence literal."""
    latest: int
    """No task finishes after this month (with the horizon lifted, a generous bound)."""
    exempt: frozenset[int]
    """Tasks that fit no capped year even alone (P604): the caps leave them out."""
    finish: list[cp_model.LinearExpr]
    interval: list[cp_model.IntervalVar]
    """One interval per task, shared by every cumulative it is in."""


def upper_bounds(problem: Problem, task: Task) -> tuple[int, int | None]:
    """The month a task must end by (exclusive: the horizon end, its deadline), and the
    month it must start before (the end of its pinned phase), if any."""
    end = problem.end + 1 if task.deadline is None else min(problem.end, task.deadline) + 1
    return end, problem.pin_end(task.pin)


def within_bounds(problem: Problem, task: Task, begin: int) -> bool:
    """True when the task, started at `begin`, keeps its upper bounds (a fixed one does)."""
    end, pin_end = upper_bounds(problem, task)
    fits = begin + task.duration <= end and (pin_end is None or begin < pin_end)
    return task.fixed is not None or fits


def build(
    problem: Problem,
    *,
    relaxed: bool = False,
    select: bool = False,
    latest_known: int = 0,
    exempt: frozenset[int] = frozenset(),
) -> Built:
    """The model of `problem`; `latest_known` is a finish a plan reached,
    `exempt` the tasks the caps leave out."""
    tasks = problem.tasks
    model = cp_model.CpModel()
    duration = [t.fixed[1] - t.fixed[0] if t.fixed else t.duration for t in tasks]
    if not relaxed:
        latest = problem.end + 1
    else:
        latest = max(problem.end + 1, latest_known, *(t.lower for t in tasks))
        latest += sum(d for t, d in zip(tasks, duration, strict=True) if t.fixed is None)
    start: list[cp_model.IntVar] = []
    present: list[cp_model.IntVar | int] = []
    for node, task in enumerate(tasks):
        if task.fixed is not None:
            # Not a constant: CP-SAT shares one per value, and a hint names each once.
            start.append(model.new_int_var(task.fixed[0], task.fixed[0], f"s{node}"))
            present.append(1)
            continue
        high = max(task.lower, latest - task.duration)
        start.append(model.new_int_var(task.lower, high, f"s{node}"))
        present.append(model.new_bool_var(f"p{node}") if select else 1)
    finish = [s + d for s, d in zip(start, duration, strict=True)]
    interval = [
        model.new_optional_fixed_size_interval_var(s, d, p, f"i{n}")
        if not isinstance(p, int)
        else model.new_fixed_size_interval_var(s, d, f"i{n}")
        for n, (s, d, p) in enumerate(zip(start, duration, present, strict=True))
    ]
    built = Built(model, start, duration, present, latest, exempt, finish, interval)
    _dependencies(problem, built)
    if not relaxed:
        _upper_bounds(problem, built)
    _cumulatives(problem, built)
    add_caps(problem, built)
    return built


def _enforce(built: Built, node: int, constraint: cp_model.Constraint) -> None:
    literal = built.present[node]
    if not isinstance(literal, int):
        constraint.only_enforce_if(literal)


def _dependencies(problem: Problem, built: Built) -> None:
    model, start, finish, present = built.model, built.start, built.finish, built.present
    for node, task in enumerate(problem.tasks):
        if task.fixed is not None:
            continue
        for pred, lag in problem.predecessors[node]:
            _enforce(built, node, model.add(start[node] >= finish[pred] + lag))
            mine, theirs = present[node], present[pred]
            if not isinstance(mine, int) and not isinstance(theirs, int):
                model.add_implication(mine, theirs)


def _upper_bounds(problem: Problem, built: Built) -> None:
    for node, task in enumerate(problem.tasks):
        if task.fixed is None:
            end, pin_end = upper_bounds(problem, task)
            _enforce(built, node, built.model.add(built.finish[node] <= end))
            if pin_end is not None:
                _enforce(built, node, built.model.add(built.start[node] < pin_end))


def _cumulatives(problem: Problem, built: Built) -> None:
    """One cumulative per lead with a capacity and per pool, where the limit can bind.
    Actions fixed by progress.yaml hold their units month by month, never more than the
    capacity (in a month where they hold more, the rest get nothing, as in the rule's plan).
    """
    limits, needs = limits_of(problem)
    groups: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for node, need in enumerate(needs):
        for limit, units in need:
            groups[limit].append((node, units))
    for limit, members in groups.items():
        capacity = limits[limit].capacity
        if sum(units for _, units in members) <= capacity:
            continue
        intervals, demands, facts = [], [], Counter[int]()
        for node, units in members:
            fixed = problem.tasks[node].fixed
            if fixed is None:
                intervals.append(built.interval[node])
                demands.append(units)
            else:
                facts.update(dict.fromkeys(range(*fixed), units))
        for month, units in sorted(facts.items()):
            intervals.append(built.model.new_fixed_size_interval_var(month, 1, "fact"))
            demands.append(min(units, capacity))
        built.model.add_cumulative(intervals, demands, capacity)


SAFE_TOTAL = 2**60


def add_caps(problem: Problem, built: Built) -> None:
    """One linear constraint per capped year, leaving out the actions that fit no capped
    year alone (P604), as the priority rule does."""
    for year, cap in sorted(problem.caps.items()):
        terms = []
        for node, task in enumerate(problem.tasks):
            if task.cost == 0 or node in built.exempt:
                continue
            domain = list(built.start[node].proto.domain)  # no negative indices on the proto
            low, high = domain[0], domain[-1]
            if any(overlap(s, built.duration[node], year) for s in range(low, high + 1)):
                terms.append((node, low, high))
        if terms:
            _add_year(problem, built, year, cap, terms)


def _add_year(
    problem: Problem, built: Built, year: int, cap: int, terms: list[tuple[int, int, int]]
) -> None:
    """Months in the year x cost / duration, within the cap, times the least common
    multiple of the durations so that no euro is rounded; only where that could overflow
    64 bits are whole euros per month rounded up (then a plan may be refused a few euros
    within a cap, never allowed one above it)."""
    duration, tasks = built.duration, problem.tasks
    scale = math.lcm(*(duration[node] for node, _, _ in terms))
    exact = max(tasks[n].cost for n, _, _ in terms) * scale * 12 * len(terms) < SAFE_TOTAL
    if not exact:
        scale = 1

    def per_month(node: int) -> int:
        cost, months = tasks[node].cost, duration[node]
        return cost * scale // months if exact else -(-cost // months)

    model = built.model
    fixed_spend = 0
    expressions = []
    for node, low, high in terms:
        if tasks[node].fixed is not None:
            fixed_spend += per_month(node) * overlap(low, duration[node], year)
            continue
        table = [overlap(s, duration[node], year) for s in range(low, high + 1)]
        months = model.new_int_var(0, max(table), f"m{node}_{year}")
        model.add_element(built.start[node] - low, table, months)
        literal = built.present[node]
        if not isinstance(literal, int):
            held = model.new_int_var(0, max(table), f"h{node}_{year}")
            model.add(held == months).only_enforce_if(literal)
            model.add(held == 0).only_enforce_if(~literal)
            months = held
        expressions.append(per_month(node) * months)
    if expressions:
        model.add(sum(expressions) <= max(cap * scale - fixed_spend, 0))
