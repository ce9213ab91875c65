"""Parallel schedule generation: month by month, ready actions start in priority order.

An action is *released* when all its predecessors are placed, at the month its
dependencies (finish plus lag) and its lower bounds allow. From then on it waits in its
lead's queue, ordered by priority key (higher score, then less slack, then id). At each
month that something can change, the queues of leads with a free slot are merged by key,
and each action starts if its cost fits the budget caps. An action that does not fit
steps aside without blocking the actions behind it, until the first month at which its
share of the year it broke could fit what was left of that year's cap (what is left only
shrinks, so no month in between can take it).

Each action is queued once, and a month is visited only when an action is released, a
capacity-bound lead frees a slot, or a budget-bound action gets its next chance: the
work grows with
actions plus dependencies (times log for the heaps), not with actions times months.
Without capacity or caps every action starts at its release month, which is the plain
earliest-start schedule.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from roadmap.months import format_month
from roadmap.scheduling.budget import Ledger, Overflow
from roadmap.scheduling.problem import Problem
from roadmap.scheduling.result import Reason

Key = tuple[float, int, str]


@dataclass
class Schedule:
    """Starts, finishes and reasons of every placed action."""

    start: dict[str, int] = field(default_factory=dict)
    finish: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, tuple[Reason, ...]] = field(default_factory=dict)
    release: dict[str, int] = field(default_factory=dict)
    never_fits: dict[str, Overflow] = field(default_factory=dict)
    """Actions that fit no capped year on their own; placed ignoring the caps."""


def schedule(problem: Problem, keys: dict[str, Key]) -> Schedule:
    """Place every task of `problem`; `keys` order the tasks that compete."""
    return _Scheduler(problem, keys).run()


class _Scheduler:
    def __init__(self, problem: Problem, keys: dict[str, Key]) -> None:
        self.problem = problem
        self.keys = keys
        self.out = Schedule()
        self.ledger = Ledger(problem.caps)
        self.pending = {n: len(problem.graph.predecessors[n]) for n in problem.tasks}
        self.ready_at = {n: t.lower for n, t in problem.tasks.items()}
        self.binding_deps: dict[str, list[tuple[str, int]]] = {}
        self.releases: list[tuple[int, Key, str]] = []
        self.queues: dict[str, list[tuple[Key, str]]] = {}
        self.running: dict[str, list[tuple[int, str]]] = {}
        self.last_full: dict[str, tuple[int, tuple[str, ...]]] = {}
        self.budget_wait: dict[str, tuple[int, Overflow]] = {}
        self.retries: list[tuple[int, Key, str]] = []

    def run(self) -> Schedule:
        tasks = self.problem.tasks
        for node, task in tasks.items():
            if task.fixed is not None:
                reason = Reason("fixed", task.fixed[0], task.fixed_detail)
                self._place(node, task.fixed[0], task.fixed[1], (reason,))
        for node, task in tasks.items():
            if task.fixed is None and not self.problem.graph.predecessors[node]:
                heapq.heappush(self.releases, (self.ready_at[node], self.keys[node], node))
        month = self.releases[0][0] if self.releases else 0
        while self.releases or self.queues or self.retries:
            self._release_until(month)
            self._start_at(month)
            month = self._next_month(month)
        return self.out

    def _release_until(self, month: int) -> None:
        while self.retries and self.retries[0][0] <= month:
            _, key, node = heapq.heappop(self.retries)
            blocked = self.budget_wait[node]
            self.budget_wait[node] = (month - 1, blocked[1])
            heapq.heappush(self.queues.setdefault(self.problem.tasks[node].lead, []), (key, node))
        while self.releases and self.releases[0][0] <= month:
            ready, key, node = heapq.heappop(self.releases)
            task = self.problem.tasks[node]
            self.out.release[node] = ready
            if self.ledger.overflow(ready, task.duration, task.cost, alone=True) is not None:
                fit = self.ledger.first_fit_alone(ready, task.duration, task.cost)
                if fit is None:
                    overflow = self.ledger.overflow(ready, task.duration, task.cost, alone=True)
                    assert overflow is not None
                    self.out.never_fits[node] = overflow
            heapq.heappush(self.queues.setdefault(task.lead, []), (key, node))

    def _free(self, actor: str, month: int) -> float:
        running = self.running.setdefault(actor, [])
        while running and running[0][0] <= month:
            heapq.heappop(running)
        capacity = self.problem.capacity.get(actor)
        return float("inf") if capacity is None else capacity - len(running)

    def _start_at(self, month: int) -> None:
        free: dict[str, float] = {}
        heads: list[tuple[Key, str]] = []
        for actor, queue in self.queues.items():
            slots = self._free(actor, month)
            if slots > 0:
                free[actor] = slots
                heads.append((queue[0][0], actor))
        heapq.heapify(heads)
        waiting: list[tuple[str, Key, str]] = []
        while heads:
            _, actor = heapq.heappop(heads)
            queue = self.queues[actor]
            key, node = heapq.heappop(queue)
            task = self.problem.tasks[node]
            overflow = None
            if node not in self.out.never_fits:
                overflow = self.ledger.overflow(month, task.duration, task.cost)
            if overflow is None:
                self._place(node, month, month + task.duration, self._reasons(node, month))
                free[actor] -= 1
            else:
                waiting.append((actor, key, node))
                self.budget_wait[node] = (month, overflow)
            if free[actor] > 0 and queue:
                heapq.heappush(heads, (queue[0][0], actor))
        for _actor, key, node in waiting:
            task = self.problem.tasks[node]
            retry = self.ledger.next_chance(
                month, task.duration, task.cost, self.budget_wait[node][1]
            )
            heapq.heappush(self.retries, (retry, key, node))
        for actor, queue in self.queues.items():
            if queue and free.get(actor, 0) <= 0:
                holders = tuple(sorted(n for _, n in self.running[actor]))
                self.last_full[actor] = (month, holders)

    def _next_month(self, month: int) -> int:
        candidates = [self.releases[0][0]] if self.releases else []
        if self.retries:
            candidates.append(self.retries[0][0])
        for actor in [a for a, q in self.queues.items() if not q]:
            del self.queues[actor]
        for actor in self.queues:
            capacity = self.problem.capacity.get(actor)
            running = self.running[actor]
            if capacity is not None and len(running) >= capacity:
                candidates.append(running[0][0])
        return min(candidates, default=month + 1)

    def _place(self, node: str, start: int, finish: int, reasons: tuple[Reason, ...]) -> None:
        task = self.problem.tasks[node]
        self.out.start[node] = start
        self.out.finish[node] = finish
        self.out.reasons[node] = reasons
        self.ledger.add(start, finish - start, task.cost)
        if finish > start:
            heapq.heappush(self.running.setdefault(task.lead, []), (finish, node))
        for succ, lag in self.problem.graph.successors[node]:
            if self.problem.tasks[succ].fixed is not None:
                continue
            ready = finish + lag
            if ready > self.ready_at[succ]:
                self.ready_at[succ] = ready
                self.binding_deps[succ] = [(node, lag)]
            elif ready == self.ready_at[succ]:
                self.binding_deps.setdefault(succ, []).append((node, lag))
            self.pending[succ] -= 1
            if self.pending[succ] == 0:
                heapq.heappush(self.releases, (self.ready_at[succ], self.keys[succ], succ))

    def _released(self, node: str) -> tuple[Reason, ...]:
        """What set the release month: the binding predecessors, else the lower bounds."""
        deps = self.binding_deps.get(node)
        if not deps:
            return self.problem.tasks[node].lower_reasons
        ready = self.ready_at[node]
        reasons = []
        for pred, lag in deps:
            text = f"{pred} ends {format_month(ready - lag - 1)}" + (
                f", then a {lag}-month lag" if lag else ""
            )
            reasons.append(Reason("dependency", ready, text, predecessor=pred, lag=lag))
        return tuple(reasons)

    def _reasons(self, node: str, month: int) -> tuple[Reason, ...]:
        ready = self.ready_at[node]
        released = self._released(node)
        if month == ready:
            return released
        lead = self.problem.tasks[node].lead
        full = self.last_full.get(lead)
        waited = self.budget_wait.get(node)
        if waited is not None and waited[0] >= ready and (full is None or waited[0] >= full[0]):
            over = waited[1]
            detail = (
                f"the {over.year} budget cap of {over.cap:,} EUR had {int(over.left):,} left, "
                f"less than the {int(over.need):,} it needs in {over.year} "
                f"if it starts {format_month(over.start)}"
            )
            return (Reason("budget", month, detail, year=over.year), *released)
        holders = full[1] if full is not None else ()
        capacity = self.problem.capacity.get(lead, 0)
        detail = f"lead {lead} was at capacity {capacity} until {format_month(month)}" + (
            f" ({', '.join(holders)})" if holders else ""
        )
        return (Reason("capacity", month, detail, actor=lead, holders=holders), *released)
