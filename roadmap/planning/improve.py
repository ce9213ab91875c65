"""Forward-backward improvement of the priority-rule plan where shared pools make it loose.

A pool with several units leaves gaps in a one-pass plan: an action that needs three
units waits while smaller ones start, and everything behind it waits too. Double
justification (Valls, Ballestín and Quintanilla, 2005) closes many: each round moves
every action as late as its successors, dates and limits allow without moving the plan
finish, then as early as the others allow (`left_shift`), while the finish gets earlier.
The result is kept only when it ends earlier; plans without pools are never changed.
"""

from __future__ import annotations

from roadmap.planning.occupancy import Occupancy, left_shift, start_reasons
from roadmap.planning.problem import Problem
from roadmap.planning.sgs import Schedule

ROUNDS = 20
"""At most this many rounds; each must end the plan at least a month earlier."""


def improve(problem: Problem, placed: Schedule, *others: Schedule) -> Schedule:
    """The best of `placed` and `others`, each after double justification, if it ends
    earlier than `placed`; else `placed` itself."""
    movable = [n for n, task in enumerate(problem.tasks) if task.fixed is None]
    if not problem.pools or not movable:
        return placed
    exempt = frozenset(placed.never_fits)
    best, kept = max(placed.finish), None
    for candidate in (placed, *others):
        occupancy = Occupancy(problem, list(candidate.start), exempt)
        current, snapshot = _finish(occupancy), list(occupancy.start)
        for _ in range(ROUNDS):
            _right_shift(occupancy, movable, current)
            left_shift(occupancy, movable)
            if _finish(occupancy) >= current:
                break
            current, snapshot = _finish(occupancy), list(occupancy.start)
        if current < best:
            best, kept = current, snapshot
    if kept is None:
        return placed
    occupancy = Occupancy(problem, kept, exempt)
    finishes = [s + d for s, d in zip(kept, occupancy.duration, strict=True)]
    reasons = [start_reasons(occupancy, node) for node in range(len(kept))]
    return Schedule(kept, finishes, reasons, placed.never_fits)


def _finish(occupancy: Occupancy) -> int:
    return max(s + d for s, d in zip(occupancy.start, occupancy.duration, strict=True))


def _right_shift(occupancy: Occupancy, movable: list[int], finish: int) -> None:
    """Move each action as late as it can go without moving the plan finish."""
    problem, start, duration = occupancy.problem, occupancy.start, occupancy.duration
    tasks = problem.tasks
    ends = {"short": problem.start + problem.bounds[0], "medium": problem.start + problem.bounds[1]}
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
        pin_end = ends.get(task.pin or "long")
        if pin_end is not None and start[node] < pin_end:
            last = min(last, pin_end - 1 + size)
        for month in range(last - size, start[node], -1):
            if occupancy.fits(node, month):
                occupancy.move(node, month)
                break
