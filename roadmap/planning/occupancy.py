"""Moving the actions of a finished plan, each move checked against its month-by-month
use, and naming what holds each start in the words the priority rule uses."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

from roadmap.months import format_month
from roadmap.planning.budget import Ledger, Overflow, budget_reason
from roadmap.planning.limits import Shortage, limit_reason, limits_of
from roadmap.planning.problem import Problem
from roadmap.planning.result import Reason
from roadmap.planning.sgs import Schedule, dependency_reason
from roadmap.texts import say


class Occupancy:
    """The units the `placed` tasks (all by default) hold of each lead and pool per month,
    and the capped years' spending; `--select` asks about the others against them."""

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
        self.limits, self.needs = limits_of(problem)
        self.use: list[dict[int, int]] = [defaultdict(int) for _ in self.limits]
        """Units in use of each limit (a lead's capacity or a pool), per month."""
        self.ledger = Ledger(problem.caps)
        self.placed = set(range(len(start)) if placed is None else placed)
        for node in self.placed:
            self._book(node, 1)

    def _book(self, node: int, sign: int) -> None:
        begin, size = self.start[node], self.duration[node]
        for limit, units in self.needs[node]:
            use = self.use[limit]
            for month in range(begin, begin + size):
                use[month] += sign * units
        if node not in self.exempt:
            self.ledger.add(begin, size, sign * self.problem.tasks[node].cost)

    def move(self, node: int, month: int) -> None:
        """Start `node` at `month` instead."""
        self._book(node, -1)
        self.start[node] = month
        self._book(node, 1)

    def fits(self, node: int, month: int) -> bool:
        """True when `node` could start at `month` beside the others."""
        return next(self._held_back(node, month), None) is None and not self._overflows(
            node, month, first=True
        )

    def blockers(self, node: int, month: int) -> Iterator[Reason]:
        """A reason (`until month + 1`) for each lead, pool and capped year that starting
        `node` at `month` would break beside the others."""
        ids = [t.id for t in self.problem.tasks]
        for limit, short in self._held_back(node, month):
            holders = tuple(
                other
                for other in self.placed
                if other != node
                and self.start[other] <= short.month < self.start[other] + self.duration[other]
                and any(held == limit for held, _ in self.needs[other])
            )
            yield limit_reason(replace(short, holders=holders), month + 1, ids)
        for overflow in self._overflows(node, month, first=False):
            yield budget_reason(overflow, month + 1)

    def _held_back(self, node: int, month: int) -> Iterator[tuple[int, Shortage]]:
        """Each lead or pool short in a month of the run, at the first such month."""
        size = self.duration[node]
        mine = node in self.placed
        own_begin, own_end = self.start[node], self.start[node] + size
        for limit, units in self.needs[node]:
            use, capacity = self.use[limit], self.limits[limit].capacity
            for m in range(month, month + size):
                others = use.get(m, 0) - (units if mine and own_begin <= m < own_end else 0)
                if others + units > capacity:
                    yield limit, Shortage(self.limits[limit], m, capacity - others, units, (), m)
                    break

    def _overflows(self, node: int, month: int, *, first: bool) -> list[Overflow]:
        """The capped years `node` would break starting at `month`, beside the others."""
        cost, size = self.problem.tasks[node].cost, self.duration[node]
        if not cost or node in self.exempt or not self.problem.caps:
            return []
        mine = node in self.placed
        if mine:
            self.ledger.add(self.start[node], size, -cost)
        found = self.ledger.overflows(month, size, cost, first=first)
        if mine:
            self.ledger.add(self.start[node], size, cost)
        return found

    def ready(self, node: int) -> int:
        """The first month dependencies and the task's own lower bounds allow."""
        ready = self.problem.tasks[node].lower
        for pred, lag in self.problem.predecessors[node]:
            ready = max(ready, self.start[pred] + self.duration[pred] + lag)
        return ready

    def finish(self) -> int:
        """The plan finish."""
        return max(s + d for s, d in zip(self.start, self.duration, strict=True))

    def schedule(self, never_fits: dict[int, Overflow]) -> Schedule:
        """The plan as it stands, each start with its reasons."""
        finish = [s + d for s, d in zip(self.start, self.duration, strict=True)]
        reasons = [start_reasons(self, node) for node in range(len(self.start))]
        return Schedule(self.start, finish, reasons, never_fits)


def left_shift(occupancy: Occupancy, kept: list[int]) -> None:
    """Move each task of `kept` (not fixed) to its earliest free month, until none moves."""
    problem, start = occupancy.problem, occupancy.start
    moved = True
    while moved:
        moved = False
        for node in sorted(kept, key=lambda n: (start[n], n)):
            if problem.tasks[node].fixed is not None:
                continue
            ready = occupancy.ready(node)
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
    ready = occupancy.ready(node)
    binding = [
        dependency_reason(ready, problem.tasks[pred].id, lag)
        for pred, lag in problem.predecessors[node]
        if start[pred] + duration[pred] + lag == ready
    ]
    released = tuple(binding) if binding else task.lower_reasons
    if start[node] == ready:
        return released
    held = next(occupancy.blockers(node, start[node] - 1), None)
    if held is None:
        detail = say("why.optimized", ready=format_month(ready))
        held = Reason("optimized", start[node], detail)
    return (held, *released)


IMPROVE_ROUNDS = 20
"""At most this many rounds of double justification; each ends the plan a month earlier."""


def improve(problem: Problem, placed: Schedule, *others: Schedule) -> Schedule:
    """The best of `placed` and `others` after double justification (Valls et al., 2005)
    if it ends earlier than `placed`, else `placed`: each round moves every action as late
    as it can go without moving the plan finish, then as early as the others allow, which
    closes gaps that a pool of several units leaves in a one-pass plan."""
    movable = [n for n, task in enumerate(problem.tasks) if task.fixed is None]
    if not problem.pools or not movable:
        return placed
    exempt = frozenset(placed.never_fits)
    best, kept = max(placed.finish), None
    for candidate in (placed, *others):
        occupancy = Occupancy(problem, list(candidate.start), exempt)
        current, snapshot = occupancy.finish(), list(occupancy.start)
        for _ in range(IMPROVE_ROUNDS):
            _right_shift(occupancy, movable, current)
            left_shift(occupancy, movable)
            if occupancy.finish() >= current:
                break
            current, snapshot = occupancy.finish(), list(occupancy.start)
        if current < best:
            best, kept = current, snapshot
    if kept is None:
        return placed
    return Occupancy(problem, kept, exempt).schedule(placed.never_fits)


def _right_shift(occupancy: Occupancy, movable: list[int], finish: int) -> None:
    """Move each action as late as it can go without moving the plan finish."""
    problem, start, duration = occupancy.problem, occupancy.start, occupancy.duration
    tasks = problem.tasks
    for node in sorted(movable, key=lambda n: (-(start[n] + duration[n]), -n)):
        task, size = tasks[node], duration[node]
        last = finish
        for succ, lag in problem.successors[node]:
            if tasks[succ].fixed is None:
                last = min(last, start[succ] - lag)
        own = start[node] + size
        for bound in (task.deadline, problem.end):
            if bound is not None and own <= bound + 1:
                last = min(last, bound + 1)
        pin_end = problem.pin_end(task.pin)
        if pin_end is not None and start[node] < pin_end:
            last = min(last, pin_end - 1 + size)
        for month in range(last - size, start[node], -1):
            if occupancy.fits(node, month):
                occupancy.move(node, month)
                break
