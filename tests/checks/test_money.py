"""Stage 5 money rules: funding against cost, sources, amounts and windows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from roadmap.checks import CheckContext
from roadmap.checks.rules import money as m
from tests.checks.conftest import action, findings

Make = Callable[..., CheckContext]


def _fund(source: str, amount: int) -> dict[str, Any]:
    return {"source": source, "amount_eur": amount, "status": "planned"}


def _setup(
    *items: dict[str, Any], window: tuple[str, str] | None = None, amount: int | None = None
) -> Callable[[dict[str, Any]], None]:
    def edit(f: dict[str, Any]) -> None:
        eu: dict[str, Any] = {"id": "eu", "name": "EU"}
        if window:
            eu["window"] = {"start": window[0], "end": window[1]}
        if amount is not None:
            eu["amount_eur"] = amount
        f["strategy"]["funding_sources"].append(eu)
        f["actions"]["actions"] = list(items)

    return edit


def test_overfunded_and_underfunded(make_context: Make) -> None:
    ctx = make_context(
        _setup(
            action("A01", cost_eur=100, funding=[_fund("budget", 60), _fund("eu", 50)]),
            action("A02", cost_eur=100, funding=[_fund("budget", 60)]),
            action("A03", cost_eur=100, funding=[]),
            action("A04", cost_eur=0, funding=[]),
            action("A05", cost_eur=100, funding=[], status="cancelled"),
        )
    )
    [over] = findings(m.overfunded, ctx)
    assert over.loc == ("actions", 0, "funding")
    assert "has €110 of funding but costs €100" in over.message
    under = findings(m.underfunded, ctx)
    assert [x.loc for x in under] == [("actions", 1, "funding"), ("actions", 2, "cost_eur")]
    assert "covers €60 (60%); add funding for the other €40" in under[0].message
    assert "has no funding" in under[1].message


def test_funding_after_the_window_closes(make_context: Make) -> None:
    ctx = make_context(
        _setup(
            action("A01", duration_months=12),
            action("A02", depends_on=["A01"], funding=[_fund("budget", 500), _fund("eu", 500)]),
            window=("2021-01", "2021-12"),
        )
    )
    [found] = findings(m.funding_outside_window, ctx)
    assert found.loc == ("actions", 1, "funding", 1, "source")
    assert "whose window closes in 2021-12, but it can start in 2022-01" in found.message


def test_window_boundaries_are_inclusive(make_context: Make) -> None:
    ctx = make_context(
        _setup(
            action("A01", duration_months=11),
            action("A02", depends_on=["A01"], funding=[_fund("eu", 1000)], deadline="2022-06"),
            window=("2021-12", "2021-12"),
        )
    )
    assert findings(m.funding_outside_window, ctx) == []
    [closes] = findings(m.window_closes_early, ctx)
    assert "runs to 2022-05 at the earliest, past the end of eu's window (2021-12)" in (
        closes.message
    )


def test_funding_before_the_window_opens(make_context: Make) -> None:
    ctx = make_context(
        _setup(
            action("A01", funding=[_fund("eu", 1000)], deadline="2022-12"),
            action("A02", funding=[_fund("eu", 1000)]),
            window=("2023-01", "2030-12"),
        )
    )
    [found] = findings(m.funding_outside_window, ctx)
    assert found.loc == ("actions", 0, "funding", 0, "source")
    assert "must be over by 2022-12" in found.message


def test_inverted_window_is_left_to_t304(make_context: Make) -> None:
    ctx = make_context(
        _setup(action("A01", funding=[_fund("eu", 1000)]), window=("2024-01", "2021-01"))
    )
    assert findings(m.funding_outside_window, ctx) == []
    assert findings(m.window_closes_early, ctx) == []


def test_source_overallocated_lists_the_largest_draws(make_context: Make) -> None:
    ctx = make_context(
        _setup(
            action("A01", cost_eur=300, funding=[_fund("eu", 300)]),
            action("A02", cost_eur=500, funding=[_fund("eu", 500)]),
            action("A03", cost_eur=900, funding=[_fund("eu", 900)], status="cancelled"),
            amount=700,
        )
    )
    [found] = findings(m.source_overallocated, ctx)
    assert (found.kind, found.loc) == ("strategy", ("funding_sources", 1, "amount_eur"))
    assert "has €700 but actions draw €800 from it (A02 €500 and A01 €300)" in (found.message)


def test_caps_below_total_cost_only_when_every_year_is_capped(make_context: Make) -> None:
    def caps(values: dict[int, int]) -> Callable[[dict[str, Any]], None]:
        def edit(f: dict[str, Any]) -> None:
            f["strategy"]["horizon"] = {"start": "2021-07", "end": "2022-06"}
            f["strategy"]["phases"] = {"short": 3, "medium": 6}
            f["strategy"]["budget_caps"] = values
            f["actions"]["actions"] = [
                action("A01", cost_eur=600, funding=[]),
                action("A02", cost_eur=600, funding=[]),
                action("A03", cost_eur=5000, funding=[], status="cancelled"),
            ]

        return edit

    [found] = findings(m.caps_below_total_cost, make_context(caps({2021: 500, 2022: 500})))
    assert (found.kind, found.loc) == ("strategy", ("budget_caps",))
    assert "add up to €1,000, but the actions that are not cancelled cost €1,200" in (found.message)
    assert findings(m.caps_below_total_cost, make_context(caps({2021: 500}))) == []
    assert findings(m.caps_below_total_cost, make_context(caps({2021: 600, 2022: 600}))) == []
