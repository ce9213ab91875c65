"""Parallel schedule generation: month by month, ready actions start in priority order.

An action is released once its predecessors are placed and waits in its lead's queue by
rank; one that does not fit its lead, its pools or the budget caps steps aside without
blocking the ones behind it. Only months where something can change are visited.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from roadmap.months import format_month
from roadmap.planning.budget import Ledger, Overflow, budget_reason
from roadmap.planning.limits import LimitLedger, Shortage, limit_reason
from roadmap.planning.problem import Problem
from roadmap.planning.result import Reason
from roadmap.texts import say


@dataclass
class Schedule:
    """Starts, finishes and reasons of every placed action, by task index."""

    start: list[int]
    finish: list[int]
    reasons: list[tuple[Reason, ...]]
    never_fits: dict[int, Overflow]
    """Actions that fit no capped year on their own; placed ignoring the caps."""


def schedule(problem: Problem, priority: list[int]) -> Schedule:
    """Place every task; `priority` lists the task indices, first first."""
    return _Scheduler(problem, priority).run()


class _Scheduler:
    """The state of one run; its heaps hold ranks in `priority`, not the tasks' keys."""

    def __init__(self, problem: Problem, priority: list[int]) -> None:
        tasks = problem.tasks
        count = len(tasks)
        self.problem = problem
        self.ids = [task.id for task in tasks]
        self.nodes = priority
        """The tasks in priority order: `nodes[rank]`."""
        self.rank = [0] * count
        for rank, node in enumerate(priority):
            self.rank[node] = rank
        self.out = Schedule([0] * count, [0] * count, [()] * count, {})
        self.ledger = Ledger(problem.caps)
        self.limits = LimitLedger(problem)
        self.lead = [t.lead for t in tasks]
        self.lead_limit = {
            limit.name: i for i, limit in enumerate(self.limits.limits) if limit.kind == "lead"
        }
        """The limit of each lead with a capacity."""
        self.successors = problem.successors
        self.duration = [t.duration for t in tasks]
        self.cost = [t.cost for t in tasks]
        self.fixed = [t.fixed is not None for t in tasks]
        self.pending = list(map(len, problem.predecessors))
        self.ready_at = [t.lower for t in tasks]
        self.binding_deps: list[list[tuple[int, int]]] = [[] for _ in range(count)]
        self.releases: list[tuple[int, int]] = []
        """(month, rank) of the actions whose predecessors are all placed."""
        self.queues: dict[str, list[int]] = {}
        """Each lead's released actions waiting to start, by rank."""
        self.last_full: dict[str, Shortage] = {}
        """The last month each lead was at capacity with actions waiting."""
        self.held: dict[int, tuple[int, Overflow | Shortage]] = {}
        """The last month an action was held back by a budget cap or a pool, and which."""
        self.retries: list[tuple[int, int]] = []

    def run(self) -> Schedule:
        tasks = self.problem.tasks
        for node, task in enumerate(tasks):
            if task.fixed is not None:
                reason = Reason("fixed", task.fixed[0], task.fixed_detail)
                self._place(node, task.fixed[0], task.fixed[1], (reason,))
        # Actions with no predecessors at all; the others are released by `_place` (a
        # fixed predecessor's included) once their last predecessor is placed.
        predecessors = self.problem.predecessors
        fixed, ready_at, rank = self.fixed, self.ready_at, self.rank
        for node in range(len(tasks)):
            if not fixed[node] and not predecessors[node]:
                self.releases.append((ready_at[node], rank[node]))
        heapq.heapify(self.releases)
        month = self.releases[0][0] if self.releases else 0
        while self.releases or self.queues or self.retries:
            self._release_until(month)
            month = self._next_month(month, self._start_at(month))
        return self.out

    def _release_until(self, month: int) -> None:
        queues, lead, nodes = self.queues, self.lead, self.nodes
        retries, releases, ledger = self.retries, self.releases, self.ledger
        while retries and retries[0][0] <= month:
            _, rank = heapq.heappop(retries)
            node = nodes[rank]
            self.held[node] = (month - 1, self.held[node][1])
            heapq.heappush(queues.setdefault(lead[node], []), rank)
        while releases and releases[0][0] <= month:
            ready, rank = heapq.heappop(releases)
            node = nodes[rank]
            overflow = ledger.never_fits(ready, self.duration[node], self.cost[node])
            if overflow is not None:
                self.out.never_fits[node] = overflow
            heapq.heappush(queues.setdefault(lead[node], []), rank)

    def _start_at(self, month: int) -> int | None:
        """Start what fits at `month`; the first month a full lead frees a slot, if any."""
        queues, limits, lead_limit = self.queues, self.limits, self.lead_limit
        heappop, heappush = heapq.heappop, heapq.heappush
        free: dict[str, float] = {}
        heads: list[int] = []
        for actor, queue in queues.items():
            limit = lead_limit.get(actor)
            slots = float("inf") if limit is None else limits.free(limit, month)
            if slots > 0:
                free[actor] = slots
                heads.append(queue[0])
        heapq.heapify(heads)
        waiting: list[int] = []
        never_fits = self.out.never_fits
        ledger = self.ledger
        nodes, lead, duration, cost = self.nodes, self.lead, self.duration, self.cost
        while heads:
            rank = heappop(heads)
            node = nodes[rank]
            actor = lead[node]
            queue = queues[actor]
            heappop(queue)
            overflow: Overflow | Shortage | None = limits.short(node, month)
            if overflow is None and node not in never_fits:
                overflow = ledger.overflow(month, duration[node], cost[node])
            if overflow is None:
                self._place(node, month, month + duration[node], self._reasons(node, month))
                free[actor] -= 1
            else:
                waiting.append(rank)
                self.held[node] = (month, overflow)
            if queue and free[actor] > 0:
                heappush(heads, queue[0])
        for rank in waiting:
            node = nodes[rank]
            blocked = self.held[node][1]
            if isinstance(blocked, Shortage):
                retry = blocked.retry
            else:
                retry = ledger.next_chance(month, duration[node], cost[node], blocked)
            heappush(self.retries, (retry, rank))
        wake = None
        for actor, queue in queues.items():
            limit = lead_limit.get(actor)
            if queue and limit is not None and free.get(actor, 0) <= 0:
                full = self.last_full[actor] = limits.shortage(limit, month, 1)
                wake = full.retry if wake is None else min(wake, full.retry)
        return wake

    def _next_month(self, month: int, wake: int | None) -> int:
        candidates = [self.releases[0][0]] if self.releases else []
        if self.retries:
            candidates.append(self.retries[0][0])
        if wake is not None:
            candidates.append(wake)
        for actor in [a for a, q in self.queues.items() if not q]:
            del self.queues[actor]
        return min(candidates, default=month + 1)

    def _place(self, node: int, start: int, finish: int, reasons: tuple[Reason, ...]) -> None:
        out = self.out
        out.start[node] = start
        out.finish[node] = finish
        out.reasons[node] = reasons
        self.ledger.add(start, finish - start, self.cost[node])
        self.limits.add(node, finish)
        ready_at, pending, binding = self.ready_at, self.pending, self.binding_deps
        fixed = self.fixed
        for succ, lag in self.successors[node]:
            if fixed[succ]:
                continue
            ready = finish + lag
            if ready > ready_at[succ]:
                ready_at[succ] = ready
                binding[succ] = [(node, lag)]
            elif ready == ready_at[succ]:
                binding[succ].append((node, lag))
            pending[succ] -= 1
            if not pending[succ]:
                heapq.heappush(self.releases, (ready_at[succ], self.rank[succ]))

    def _reasons(self, node: int, month: int) -> tuple[Reason, ...]:
        """What made an action ready (its binding predecessors, else its lower bounds) and,
        if it starts later, what held it: the later of its lead's last full month and the
        last month a pool or budget cap held it back (it waited for one of the two)."""
        ready, deps = self.ready_at[node], self.binding_deps[node]
        released = self.problem.tasks[node].lower_reasons
        if deps:
            released = tuple([dependency_reason(ready, self.ids[p], lag) for p, lag in deps])
        if month == ready:
            return released
        full = self.last_full.get(self.lead[node])
        waited = self.held.get(node)
        blocked: Overflow | Shortage | None = full
        if waited is not None and (full is None or waited[0] >= full.month):
            blocked = waited[1]
        assert blocked is not None
        if isinstance(blocked, Shortage):
            return (limit_reason(blocked, month, self.ids), *released)
        return (budget_reason(blocked, month), *released)


def dependency_reason(ready: int, pred: str, lag: int) -> Reason:
    """A predecessor's finish (plus lag) as the reason for a start at `ready`."""
    detail = say(
        "why.lag" if lag else "why.after", pred=pred, month=format_month(ready - lag - 1), lag=lag
    )
    return Reason("dependency", ready, detail, pred, lag)
