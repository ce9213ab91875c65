"""Spreading costs over months and calendar years."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.months import month_year, parse_month
from roadmap.planning.budget import Ledger


def shares(start: int, duration: int, cost: int) -> list[tuple[int, Fraction]]:
    """The oracle: the cost an action spends in each calendar year, as exact fractions."""
    finish = start + duration
    return [
        (year, Fraction(cost * (min(finish, (year + 1) * 12) - max(start, year * 12)), duration))
        for year in range(month_year(start), month_year(finish - 1) + 1)
    ]


def test_cost_is_spread_evenly_over_the_months_of_each_year() -> None:
    start = parse_month("2021-11")
    assert shares(start, 4, 400) == [(2021, Fraction(200)), (2022, Fraction(200))]
    assert shares(start, 3, 100) == [(2021, Fraction(200, 3)), (2022, Fraction(100, 3))]


def test_ledger_refuses_what_breaks_a_cap_and_ignores_uncapped_years() -> None:
    ledger = Ledger({2021: 300})
    start = parse_month("2021-07")
    assert ledger.overflow(start, 6, 300) is None
    ledger.add(start, 6, 300)
    over = ledger.overflow(start, 6, 1)
    assert over is not None
    assert over.year == 2021
    assert over.left == 0
    assert ledger.overflow(parse_month("2022-01"), 6, 10**9) is None


def test_ledger_takes_a_booking_out_and_names_every_broken_year() -> None:
    ledger = Ledger({2021: 100, 2022: 100})
    start = parse_month("2021-07")
    ledger.add(start, 12, 200)
    assert [o.year for o in ledger.overflows(start, 12, 2, first=False)] == [2021, 2022]
    assert [o.year for o in ledger.overflows(start, 12, 2)] == [2021]
    ledger.add(start, 12, -200)
    assert ledger.overflows(start, 12, 200, first=False) == []


def test_never_fits_looks_for_a_start_that_fits_the_caps_alone() -> None:
    ledger = Ledger({2021: 100, 2022: 100})
    assert ledger.never_fits(parse_month("2021-01"), 2, 150) is None  # from 2021-12 it fits
    over = ledger.never_fits(parse_month("2021-01"), 1, 150)
    assert over is not None and over.year == 2021


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(1, 30), st.integers(0, 10**7)),
        min_size=1,
        max_size=30,
    ),
    st.dictionaries(st.integers(2021, 2024), st.integers(0, 5 * 10**7), min_size=1),
)
def test_ledger_agrees_with_exact_fractions(
    bookings: list[tuple[int, int, int]], caps: dict[int, int]
) -> None:
    """Whatever durations come, the ledger refuses and keeps what the oracle's shares say."""
    ledger = Ledger(caps)
    left = {year: Fraction(cap) for year, cap in caps.items()}
    base = parse_month("2021-01")
    for offset, duration, cost in bookings:
        start = base + offset
        over = ledger.overflow(start, duration, cost)
        expected = next(
            (
                (year, left[year])
                for year, amount in shares(start, duration, cost)
                if year in left and cost and amount > left[year]
            ),
            None,
        )
        assert (None if over is None else (over.year, over.left)) == expected
        ledger.add(start, duration, cost)
        for year, amount in shares(start, duration, cost):
            if year in left:
                left[year] -= amount
        assert ledger.left == left
