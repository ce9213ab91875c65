"""Stage 5 KPI rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from roadmap.checks import CheckContext
from roadmap.checks.rules import kpis as k
from tests.checks.conftest import findings, kpi

Make = Callable[..., CheckContext]


def _kpis(*items: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def edit(f: dict[str, Any]) -> None:
        f["goals"]["goals"][0]["kpis"] = list(items)

    return edit


def test_goal_without_kpi(make_context: Make) -> None:
    [found] = findings(k.goal_without_kpi, make_context(_kpis()))
    assert found.loc == ("goals", 0, "id")


def test_baseline_year_after_target_year(make_context: Make) -> None:
    ctx = make_context(
        _kpis(
            kpi("K1", baseline={"value": 1, "year": 2026}),
            kpi("K2", baseline={"value": 1, "year": 2025}),
        )
    )
    [found] = findings(k.baseline_after_target, ctx)
    assert found.loc == ("goals", 0, "kpis", 0, "baseline", "year")


@pytest.mark.parametrize(
    ("direction", "target", "wrong"),
    [
        ("increase", 9, True),
        ("increase", 11, False),
        ("decrease", 11, True),
        ("decrease", 9, False),
        ("increase", 10, False),
        ("decrease", 10, False),
    ],
)
def test_target_against_direction(
    make_context: Make, direction: str, target: float, wrong: bool
) -> None:
    ctx = make_context(
        _kpis(kpi("K1", direction=direction, target={"value": target, "year": 2025}))
    )
    found = findings(k.target_against_direction, ctx)
    assert bool(found) is wrong
    equal = findings(k.target_equals_baseline, ctx)
    assert bool(equal) is (target == 10)


def test_messages_print_numbers_plainly(make_context: Make) -> None:
    ctx = make_context(
        _kpis(
            kpi("K1", baseline={"value": 0.5, "year": 2020}, target={"value": 0.25, "year": 2025})
        )
    )
    [found] = findings(k.target_against_direction, ctx)
    assert "target 0.25 is below its baseline 0.5" in found.message
    assert "set direction: decrease" in found.message
