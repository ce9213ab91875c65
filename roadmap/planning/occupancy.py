"""What a finished plan holds, month by month, and what that says about each start.

The improvement of the priority-rule plan (roadmap.planning.improve) and the optimiser
(roadmap.planning.optimize) move actions; this module checks each move against the
limits and then does two things with the result:

- `left_shift` moves every action to the earliest month the others leave it (never
  later, so neither objective gets worse): then no action waits without a limit that
  holds it back, as in the priority-rule plan;
- `start_reasons` names that limit for each action, in the words the priority rule uses:
  its dependencies or own dates, or the lead, pool or budget cap that was full a month
  earlier.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from fractions import Fraction

from roadmap.months import format_month
from roadmap.planning.budget import Overflow, budget_reason
from roadmap.planning.pools import Shortage, pool_reason
from roadmap.planning.problem import Problem
from roadmap.planning.result import Reason
from roadmap.planning.sgs import dependency_reason
from roadmap.texts import say


def overlap(start: int, duration: int, year: int) -> int:
    """The months an action of `duration` starting at `start` runs in `year`."""
    return max(0, min(start + duration, (year + 1) * 12) - max(start, year * 12))


class Occupancy:
    """The units every placed task holds of its lead, its pools and the capped years.

    `placed` are the tasks booked (all of them by default); `--select` asks about the
    tasks it left out against the plan of the others. Use is kept as counts per month;
    who holds a lead or pool is worked out only when a reason names them.
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
        self.needs = [self._needs(node) for node in range(len(problem.tasks))]
        self.use: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        """Units in use per lead (`lead:id`) or pool (`pool:id`), per month."""
        costed = {self.duration[n] for n, t in enumerate(problem.tasks) if t.cost}
        self.scale = math.lcm(*costed) if costed and problem.caps else 1
        """Spending is counted in 1/scale euro, so that every monthly share is whole."""
        self.spent: defaultdict[int, int] = defaultdict(int)
        self.placed = set(range(len(start)) if placed is None else placed)
        for node in self.placed:
            self._book(node, 1)

    def _needs(self, node: int) -> list[tuple[str, int, int]]:
        """(key, units, capacity) of every lead or pool limit the task holds."""
        problem, task = self.problem, self.problem.tasks[node]
        found = []
        if task.lead in problem.capacity:
            found.append(("lead:" + task.lead, 1, problem.capacity[task.lead]))
        for pool, units in task.needs:
            capacity = problem.pools.get(pool)
            if capacity is not None and units <= capacity:
                found.append(("pool:" + pool, units, capacity))
        return found

    def _book(self, node: int, sign: int) -> None:
        begin, size = self.start[node], self.duration[node]
        for key, units, _ in self.needs[node]:
            use = self.use[key]
            for month in range(begin, begin + size):
                use[month] += sign * units
        task = self.problem.tasks[node]
        if task.cost and node not in self.exempt:
            per_month = task.cost * (self.scale // size)
            for year in self.problem.caps:
                months = overlap(begin, size, year)
                if months:
                    self.spent[year] += sign * per_month * months

    def move(self, node: int, month: int) -> None:
        """Start `node` at `month` instead."""
        self._book(node, -1)
        self.start[node] = month
        self._book(node, 1)

    def blocker(self, node: int, month: int) -> Reason | None:
        """The first limit that starting `node` at `month` would break (beside the others)."""
        return next(self.blockers(node, month), None)

    def fits(self, node: int, month: int) -> bool:
        """True when `node` could start at `month` beside the others (`blocker` without
        the reason, which costs more to make than the answer)."""
        size = self.duration[node]
        mine = node in self.placed
        own_begin, own_end = self.start[node], self.start[node] + size
        for key, units, capacity in self.needs[node]:
            use = self.use[key]
            for m in range(month, month + size):
                own = units if mine and own_begin <= m < own_end else 0
                if use.get(m, 0) - own + units > capacity:
                    return False
        return self._budget_fits(node, month)

    def _budget_fits(self, node: int, month: int) -> bool:
        task = self.problem.tasks[node]
        if not task.cost or node in self.exempt:
            return True
        size = self.duration[node]
        per_month = task.cost * (self.scale // size)
        for year, cap in self.problem.caps.items():
            months = overlap(month, size, year)
            if not months:
                continue
            own = overlap(self.start[node], size, year) if node in self.placed else 0
            if self.spent[year] + per_month * (months - own) > cap * self.scale:
                return False
        return True

    def blockers(self, node: int, month: int) -> Iterator[Reason]:
        """Every limit (its lead, each pool, each capped year) that starting `node` at
        `month` would break beside the others; each reason says `until month + 1`."""
        size = self.duration[node]
        mine = node in self.placed
        own_begin, own_end = self.start[node], self.start[node] + size
        for key, units, capacity in self.needs[node]:
            use = self.use[key]
            for m in range(month, month + size):
                others = use.get(m, 0) - (units if mine and own_begin <= m < own_end else 0)
                if others + units > capacity:
                    yield self._held(node, key, m, capacity - others, month + 1)
                    break
        task = self.problem.tasks[node]
        if not task.cost or node in self.exempt:
            return
        for year, cap in sorted(self.problem.caps.items()):
            months = overlap(month, size, year)
            if not months:
                continue
            own = overlap(own_begin, size, year) if mine else 0
            per_month = task.cost * (self.scale // size)
            others = self.spent[year] - per_month * own
            if others + per_month * months > cap * self.scale:
                left = Fraction(cap * self.scale - others, self.scale)
                overflow = Overflow(year, month, task.cost * months, size, left, cap)
                yield budget_reason(overflow, month + 1)

    def _held(self, node: int, key: str, month: int, free: int, until: int) -> Reason:
        """The reason a lead or pool gives: who held it in `month`."""
        kind, name = key.split(":", 1)
        holders = [
            other
            for other in self.placed
            if other != node
            and self.start[other] <= month < self.start[other] + self.duration[other]
            and any(k == key for k, _, _ in self.needs[other])
        ]
        if kind == "lead":
            return _capacity_reason(name, self.problem.capacity[name], until, self._ids(holders))
        units = next(u for k, u, _ in self.needs[node] if k == key)
        capacity = self.problem.pools[name]
        short = Shortage(name, month, capacity, free, units, tuple(holders), month)
        return pool_reason(short, until, [t.id for t in self.problem.tasks])

    def _ids(self, nodes: Iterable[int]) -> tuple[str, ...]:
        ids = [t.id for t in self.problem.tasks]
        return tuple(sorted(ids[n] for n in nodes))


def _capacity_reason(lead: str, capacity: int, month: int, holders: tuple[str, ...]) -> Reason:
    held = f" ({', '.join(holders)})" if holders else ""
    detail = say("why.capacity", lead=lead, capacity=capacity, month=format_month(month), held=held)
    return Reason("capacity", month, detail, actor=lead, holders=holders)


def ready_month(problem: Problem, start: list[int], duration: list[int], node: int) -> int:
    """The first month dependencies and the task's own lower bounds allow."""
    ready = problem.tasks[node].lower
    for pred, lag in problem.predecessors[node]:
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
                if occupancy.fits(node, month):
                    occupancy.move(node, month)
                    moved = True
                    break


def start_reasons(occupancy: Occupancy, node: int) -> tuple[Reason, ...]:
    """Why `node` starts when it does: what makes it ready, and what held it after."""
    problem, start, duration = occupancy.problem, occupancy.start, occupancy.duration
    task = problem.tasks[node]
    if task.fixed is not None:
        return (Reason("fixed", task.fixed[0], task.fixed_detail),)
    ready = ready_month(problem, start, duration, node)
    binding = [
        dependency_reason(ready, problem.tasks[pred].id, lag)
        for pred, lag in problem.predecessors[node]
        if start[pred] + duration[pred] + lag == ready
    ]
    released = tuple(binding) if binding else task.lower_reasons
    if start[node] == ready:
        return released
    held = occupancy.blocker(node, start[node] - 1)
    if held is None:
        detail = say("why.optimized", ready=format_month(ready))
        held = Reason("optimized", start[node], detail)
    return (held, *released)
