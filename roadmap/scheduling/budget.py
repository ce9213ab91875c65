"""Annual budget caps: an action's cost is spread evenly over its months.

Amounts are exact fractions of a euro, so that a cap is never broken or refused by a
rounding error.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from roadmap.months import month_year


@dataclass(frozen=True)
class Overflow:
    """A year whose cap the action would break: what it needs there, what is left."""

    year: int
    need: Fraction
    left: Fraction
    cap: int


def shares(start: int, duration: int, cost: int) -> list[tuple[int, Fraction]]:
    """The cost an action spends in each calendar year it runs in."""
    result = []
    finish = start + duration
    for year in range(month_year(start), month_year(finish - 1) + 1):
        months = min(finish, (year + 1) * 12) - max(start, year * 12)
        result.append((year, Fraction(cost * months, duration)))
    return result


class Ledger:
    """What the placed actions spend per capped year."""

    def __init__(self, caps: dict[int, int]) -> None:
        self.caps = caps
        self.spent: dict[int, Fraction] = {}
        self.last_capped = max(caps) if caps else None

    def overflow(
        self, start: int, duration: int, cost: int, *, alone: bool = False
    ) -> Overflow | None:
        """The first capped year the action would break starting at `start`, if any.

        With `alone`, the other actions' spending is left out: does it fit at all?
        """
        if not self.caps or cost == 0:
            return None
        for year, need in shares(start, duration, cost):
            cap = self.caps.get(year)
            if cap is None:
                continue
            left = cap - (Fraction(0) if alone else self.spent.get(year, Fraction(0)))
            if need > left:
                return Overflow(year, need, left, cap)
        return None

    def first_fit_alone(self, start: int, duration: int, cost: int) -> int | None:
        """The first start from `start` at which the action fits every cap on its own.

        Once the action starts after the last capped year it fits trivially, so the
        search ends there: None means only leaving the capped years behind would do.
        """
        if self.last_capped is None:
            return start
        for month in range(start, (self.last_capped + 1) * 12):
            if self.overflow(month, duration, cost, alone=True) is None:
                return month
        return None

    def add(self, start: int, duration: int, cost: int) -> None:
        """Book an action's spending."""
        if not self.caps:
            return
        for year, amount in shares(start, duration, cost):
            if year in self.caps:
                self.spent[year] = self.spent.get(year, Fraction(0)) + amount
