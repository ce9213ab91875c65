"""Shared pools in the heuristic plan: the units each running action holds.

The schedule generation fills months in order, and every placed action started no
later than the month being filled, so a pool's use only falls from then on: an action
that fits its pools in its first month fits them while it runs, and one that does not
must wait for the next running action of the pool to finish. So each pool is one
counter and one heap.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from roadmap.months import format_month
from roadmap.planning.result import Reason
from roadmap.texts import say


@dataclass(frozen=True)
class Shortage:
    """A pool that had too few units free for an action in a month."""

    pool: str
    month: int
    capacity: int
    free: int
    need: int
    holders: tuple[int, ...]
    """The task indices running in the pool then."""
    retry: int
    """The first month a running action frees units of the pool."""


class PoolLedger:
    """What each pool has in use, and which actions hold it until when.

    `needs[node]` lists (pool index, units) for every pool of the problem the action
    needs; a need above the pool's capacity (which `roadmap check` rejects as R116) is
    left out, so that such an action cannot wait for ever.
    """

    def __init__(self, capacity: dict[str, int], needs: list[tuple[tuple[str, int], ...]]) -> None:
        self.names = list(capacity)
        index = {name: i for i, name in enumerate(self.names)}
        self.capacity = [capacity[name] for name in self.names]
        self.needs = [
            tuple((index[p], units) for p, units in need if p in index and units <= capacity[p])
            for need in needs
        ]
        self.used = [0] * len(self.names)
        self.running: list[list[tuple[int, int, int]]] = [[] for _ in self.names]
        """Per pool, a heap of (finish, node, units)."""

    def _release(self, pool: int, month: int) -> None:
        running = self.running[pool]
        while running and running[0][0] <= month:
            _, _, units = heapq.heappop(running)
            self.used[pool] -= units

    def shortage(self, node: int, month: int) -> Shortage | None:
        """The first pool the action needs more of than is free at `month`, if any."""
        for pool, units in self.needs[node]:
            self._release(pool, month)
            free = self.capacity[pool] - self.used[pool]
            if units > free:
                running = self.running[pool]
                holders = tuple(n for _, n, _ in running)
                name, capacity = self.names[pool], self.capacity[pool]
                return Shortage(name, month, capacity, free, units, holders, running[0][0])
        return None

    def add(self, node: int, finish: int) -> None:
        """Book the units the action holds until `finish`."""
        for pool, units in self.needs[node]:
            self.used[pool] += units
            heapq.heappush(self.running[pool], (finish, node, units))


def pool_reason(shortage: Shortage, month: int, ids: list[str]) -> Reason:
    """Why an action waited for a pool until `month`, naming who held the pool."""
    holders = tuple(sorted(ids[n] for n in shortage.holders))
    held = f" ({', '.join(holders)})" if holders else ""
    month_text, pool = format_month(month), shortage.pool
    free, capacity, need = shortage.free, shortage.capacity, shortage.need
    detail = say(
        "why.pool", pool=pool, free=free, capacity=capacity, month=month_text, need=need, held=held
    )
    return Reason("pool", month, detail, holders=holders, pool=shortage.pool)
