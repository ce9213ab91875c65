"""What a finished plan holds, month by month, and what that says about each start.

The improvement of the priority-rule plan (roadmap.scheduling.improve) and the optimiser
(roadmap.scheduling.optimize) move actions; this module checks each move against the
limits and then does two things with the result:

- `left_shift` moves every action to the earliest month the others leave it (never
  later, so neither objective gets worse): then no action waits without a limit that
  holds it back, as in the priority-rule plan;
- `start_reasons` names that limit for each action, in the words the priority rule uses:
  its dependencies or own dates, or the lead, pool or budget cap that was full a month
  earlier.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from fractions import Fraction

from roadmap.months import format_month
from roadmap.scheduling.budget import Overflow, budget_reason
from roadmap.scheduling.pools import Shortage, pool_reason
from roadmap.scheduling.problem import Problem
from roadmap.scheduling.result import Reason
from roadmap.scheduling.sgs import dependency_reason


def overlap(start: int, duration: int, year: int) -> int:
    """The months an action of `duration` starting at `start` runs in `year`."""
    return max(0, min(start + duration, (year + 1) * 12) - max(start, year * 12))


class Occupancy:
    """The months every placed task holds of its lead, its pools and the capped years.

    `placed` are the tasks booked (all of them by default); `--select` asks about the
    tasks it left out against the plan of the others.
    """

    def __init__(
        self,
        problem: Problem,
        start: list[int],
        exempt: frozenset[int],
        placed: Iterable[int] | None = None,
    ) -> None:
        self.problem = problem
        self.start = start
        self.exempt = exempt
        self.duration = [t.fixed[1] - t.fixed[0] if t.fixed else t.duration for t in problem.tasks]
        self.running: dict[tuple[str, str, int], set[int]] = defaultdict(set)
        """(kind, name, month) to the tasks holding that lead or pool in that month."""
        self.spent: dict[int, Fraction] = defaultdict(Fraction)
        self.placed = set(range(len(start)) if placed is None else placed)
        for node in self.placed:
            self._book(node, 1)

    def _keys(self, node: int) -> list[tuple[str, str, int]]:
        task = self.problem.tasks[node]
        names = [("lead", task.lead)] if task.lead in self.problem.capacity else []
        names += [("pool", pool) for pool, _ in task.needs if pool in self.problem.pools]
        begin = self.start[node]
        return [(k, n, m) for k, n in names for m in range(begin, begin + self.duration[node])]

    def _book(self, node: int, sign: int) -> None:
        for key in self._keys(node):
            if sign > 0:
                self.running[key].add(node)
            else:
                self.running[key].discard(node)
        task = self.problem.tasks[node]
        if task.cost and node not in self.exempt:
            for year in self.problem.caps:
                months = overlap(self.start[node], self.duration[node], year)
                self.spent[year] += sign * Fraction(task.cost * months, self.duration[node])

    def move(self, node: int, month: int) -> None:
        """Start `node` at `month` instead."""
        self._book(node, -1)
        self.start[node] = month
        self._book(node, 1)

    def blocker(self, node: int, month: int) -> Reason | None:
        """The first limit that starting `node` at `month` would break (beside the others)."""
        return next(self.blockers(node, month), None)

    def blockers(self, node: int, month: int) -> Iterator[Reason]:
        """Every limit (its lead, each pool, each capped year) that starting `node` at
        `month` would break beside the others; each reason says `until month + 1`."""
        problem, task = self.problem, self.problem.tasks[node]
        size = self.duration[node]
        capacity = problem.capacity.get(task.lead)
        for m in range(month, month + size):
            if capacity is None:
                break
            holders = self.running["lead", task.lead, m] - {node}
            if len(holders) >= capacity:
                yield _capacity_reason(task.lead, capacity, month + 1, self._ids(holders))
                break
        for pool, units in task.needs:
            limit = problem.pools.get(pool)
            for m in range(month, month + size):
                if limit is None or units > limit:
                    break
                holders = self.running["pool", pool, m] - {node}
                used = sum(dict(problem.tasks[h].needs)[pool] for h in holders)
                if used + units > limit:
                    short = Shortage(pool, m, limit, limit - used, units, tuple(holders), m)
                    yield pool_reason(short, month + 1, problem.graph.indexed.ids)
                    break
        if not task.cost or node in self.exempt:
            return
        for year, cap in sorted(problem.caps.items()):
            months = overlap(month, size, year)
            if not months:
                continue
            own = overlap(self.start[node], size, year) if node in self.placed else 0
            others = self.spent[year] - Fraction(task.cost * own, size)
            if others + Fraction(task.cost * months, size) > cap:
                left = Fraction(cap) - others
                overflow = Overflow(year, month, task.cost * months, size, left, cap)
                yield budget_reason(overflow, month + 1)

    def _ids(self, nodes: set[int]) -> tuple[str, ...]:
        ids = self.problem.graph.indexed.ids
        return tuple(sorted(ids[n] for n in nodes))


def _capacity_reason(lead: str, capacity: int, month: int, holders: tuple[str, ...]) -> Reason:
    detail = f"lead {lead} was at capacity {capacity} until {format_month(month)}" + (
        f" ({', '.join(holders)})" if holders else ""
    )
    return Reason("capacity", month, detail, actor=lead, holders=holders)


def ready_month(problem: Problem, start: list[int], duration: list[int], node: int) -> int:
    """The first month dependencies and the task's own lower bounds allow."""
    graph = problem.graph.indexed
    ready = problem.tasks[node].lower
    for pred, lag in zip(graph.predecessors[node], graph.pred_lags[node], strict=True):
        ready = max(ready, start[pred] + duration[pred] + lag)
    return ready


def left_shift(occupancy: Occupancy, kept: list[int]) -> None:
    """Move each task of `kept` (not fixed) to its earliest free month, until none moves."""
    problem, start, duration = occupancy.problem, occupancy.start, occupancy.duration
    moved = True
    while moved:
        moved = False
        for node in sorted(kept, key=lambda n: (start[n], n)):
            if problem.tasks[node].fixed is not None:
                continue
            ready = ready_month(problem, start, duration, node)
            for month in range(ready, start[node]):
                if occupancy.blocker(node, month) is None:
                    occupancy.move(node, month)
                    moved = True
                    break


def start_reasons(occupancy: Occupancy, node: int) -> tuple[Reason, ...]:
    """Why `node` starts when it does: what makes it ready, and what held it after."""
    problem, start, duration = occupancy.problem, occupancy.start, occupancy.duration
    task = problem.tasks[node]
    if task.fixed is not None:
        return (Reason("fixed", task.fixed[0], task.fixed_detail),)
    graph = problem.graph.indexed
    ready = ready_month(problem, start, duration, node)
    binding = [
        dependency_reason(ready, graph.ids[pred], lag)
        for pred, lag in zip(graph.predecessors[node], graph.pred_lags[node], strict=True)
        if start[pred] + duration[pred] + lag == ready
    ]
    released = tuple(binding) if binding else task.lower_reasons
    if start[node] == ready:
        return released
    held = occupancy.blocker(node, start[node] - 1)
    if held is None:
        detail = (
            f"the optimiser placed it here; it could start {format_month(ready)} "
            "without breaking a limit, and the plan would be no better for it"
        )
        held = Reason("optimized", start[node], detail)
    return (held, *released)
