"""Annual budget caps: an action's cost is spread evenly over its months, in exact
fractions of a euro. An action that costs nothing is never held back by a cap, even in a
year that an action too large for any cap (P604) has already overrun."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from roadmap.months import format_month
from roadmap.planning.result import Reason
from roadmap.texts import current, money, say


@dataclass(frozen=True)
class Overflow:
    """A year whose cap the action would break: what it needs there, what is left."""

    year: int
    start: int
    """The start month that was tried."""
    need: Fraction
    left: Fraction
    cap: int


def budget_reason(over: Overflow, month: int) -> Reason:
    """Why an action waited for a year's budget until `month`."""
    lang = current()
    left, need, cap = (money(int(x), lang) for x in (over.left, over.need, over.cap))
    start = format_month(over.start)
    detail = say("why.budget", year=over.year, cap=cap, left=left, need=need, start=start)
    return Reason("budget", month, detail, year=over.year)


def overlap(start: int, duration: int, year: int) -> int:
    """The months an action of `duration` starting at `start` runs in `year`."""
    return max(0, min(start + duration, (year + 1) * 12) - max(start, year * 12))


class Ledger:
    """What is left of each capped year's cap after the booked actions' spending.

    Booking a negative cost takes an action's spending out again.
    """

    def __init__(self, caps: dict[int, int]) -> None:
        self.caps = caps
        self.left: dict[int, Fraction] = {year: Fraction(cap) for year, cap in caps.items()}
        self.smallest_cap = min(caps.values()) if caps else 0

    def overflows(
        self, start: int, duration: int, cost: int, *, first: bool = True, alone: bool = False
    ) -> list[Overflow]:
        """The capped years the action would break starting at `start` (only the first
        with `first`). With `alone`, the other actions' spending is left out."""
        if not self.caps or cost == 0 or (alone and cost <= self.smallest_cap):
            # Alone, an action never spends more than `cost` in a year.
            return []
        found = []
        for year in range(start // 12, (start + duration - 1) // 12 + 1):
            cap = self.caps.get(year)
            if cap is None:
                continue
            need = Fraction(cost * overlap(start, duration, year), duration)
            left = Fraction(cap) if alone else self.left[year]
            if need > left:
                found.append(Overflow(year, start, need, left, cap))
                if first:
                    break
        return found

    def overflow(
        self, start: int, duration: int, cost: int, *, alone: bool = False
    ) -> Overflow | None:
        """The first capped year the action would break starting at `start`, if any."""
        found = self.overflows(start, duration, cost, alone=alone)
        return found[0] if found else None

    def next_chance(self, month: int, duration: int, cost: int, blocked: Overflow) -> int:
        """The first month after `month` at which the action's share of the year that
        blocked it fits what is left of it now (which only shrinks)."""
        left = self.left[blocked.year] * duration
        start = month + 1
        while start < (blocked.year + 1) * 12:
            months = overlap(start, duration, blocked.year)
            if not months or cost * months <= left:
                return start
            start += 1
        return start

    def never_fits(self, start: int, duration: int, cost: int) -> Overflow | None:
        """The year the action breaks on its own starting at `start`, if it breaks one at
        every later start too, until only leaving the capped years behind would do (P604)."""
        overflow = self.overflow(start, duration, cost, alone=True)
        if overflow is None:
            return None
        for month in range(start + 1, (max(self.caps) + 1) * 12):
            if self.overflow(month, duration, cost, alone=True) is None:
                return None
        return overflow

    def add(self, start: int, duration: int, cost: int) -> None:
        """Book an action's spending."""
        for year in range(start // 12, (start + duration - 1) // 12 + 1):
            if cost and year in self.left:
                self.left[year] -= Fraction(cost * overlap(start, duration, year), duration)
