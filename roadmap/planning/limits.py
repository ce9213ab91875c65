"""Leads' capacities and shared pools: the limits an action holds units of while it runs.

The scheduler fills months in order and every action placed started by the month being
filled, so a limit's use only falls from then on: an action that fits its first month
fits its whole run. So each limit is one counter and one heap of running actions.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from roadmap.months import format_month
from roadmap.planning.problem import Problem
from roadmap.planning.result import Reason
from roadmap.texts import say


@dataclass(frozen=True)
class Limit:
    """A lead's capacity (`kind` "lead") or a shared pool (`kind` "pool")."""

    kind: str
    name: str
    capacity: int


def limits_of(problem: Problem) -> tuple[list[Limit], list[list[tuple[int, int]]]]:
    """The problem's limits, and each task's (limit index, units), its lead's first; a need
    above the pool's capacity (R117) is left out, so that no action waits for ever."""
    limits = [Limit("lead", name, units) for name, units in problem.capacity.items()]
    limits += [Limit("pool", name, units) for name, units in problem.pools.items()]
    index = {(limit.kind, limit.name): i for i, limit in enumerate(limits)}
    needs = []
    for task in problem.tasks:
        lead = index.get(("lead", task.lead))
        need = [] if lead is None else [(lead, 1)]
        for pool, units in task.needs:
            found = index.get(("pool", pool))
            if found is not None and units <= limits[found].capacity:
                need.append((found, units))
        needs.append(need)
    return limits, needs


@dataclass(frozen=True)
class Shortage:
    """A limit that had too few units free for an action in a month."""

    limit: Limit
    month: int
    free: int
    need: int
    holders: tuple[int, ...]
    """The task indices running under the limit then."""
    retry: int
    """The first month a running action frees units of the limit."""


class LimitLedger:
    """What each limit has in use, and which actions hold it until when."""

    def __init__(self, problem: Problem) -> None:
        self.limits, self.needs = limits_of(problem)
        self.used = [0] * len(self.limits)
        self.running: list[list[tuple[int, int, int]]] = [[] for _ in self.limits]
        """Per limit, a heap of (finish, node, units)."""

    def free(self, limit: int, month: int) -> int:
        """The units of `limit` free at `month`."""
        running = self.running[limit]
        while running and running[0][0] <= month:
            _, _, units = heapq.heappop(running)
            self.used[limit] -= units
        return self.limits[limit].capacity - self.used[limit]

    def shortage(self, limit: int, month: int, need: int) -> Shortage:
        """The shortage of `limit` at `month` for an action that needs `need` units."""
        running = self.running[limit]
        holders = tuple(n for _, n, _ in running)
        free = self.limits[limit].capacity - self.used[limit]
        return Shortage(self.limits[limit], month, free, need, holders, running[0][0])

    def short(self, node: int, month: int) -> Shortage | None:
        """The first limit the action needs more of than is free at `month`, if any."""
        for limit, units in self.needs[node]:
            if units > self.free(limit, month):
                return self.shortage(limit, month, units)
        return None

    def add(self, node: int, finish: int) -> None:
        """Book the units the action holds until `finish`."""
        for limit, units in self.needs[node]:
            self.used[limit] += units
            heapq.heappush(self.running[limit], (finish, node, units))


def limit_reason(shortage: Shortage, month: int, ids: list[str]) -> Reason:
    """Why an action waited for its lead or a pool until `month`, naming who held it."""
    holders = tuple(sorted(ids[n] for n in shortage.holders))
    held = f" ({', '.join(holders)})" if holders else ""
    limit = shortage.limit
    detail = say(
        "why.capacity" if limit.kind == "lead" else "why.pool",
        lead=limit.name,
        pool=limit.name,
        free=shortage.free,
        capacity=limit.capacity,
        month=format_month(month),
        need=shortage.need,
        held=held,
    )
    if limit.kind == "lead":
        return Reason("capacity", month, detail, actor=limit.name, holders=holders)
    return Reason("pool", month, detail, holders=holders, pool=limit.name)
