"""Stage 4 rules: self-dependency, cycles, redundant and cancelled dependencies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from roadmap.checks import CheckContext
from roadmap.checks.rules import graph as g
from tests.checks.conftest import action, findings

Make = Callable[..., CheckContext]


def _actions(*items: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def edit(f: dict[str, Any]) -> None:
        f["actions"]["actions"] = list(items)

    return edit


def test_self_dependency(make_context: Make) -> None:
    ctx = make_context(_actions(action("A01", depends_on=[{"id": "A01", "lag_months": 1}])))
    [found] = findings(g.self_dependency, ctx)
    assert found.loc == ("actions", 0, "depends_on", 0, "id")
    assert findings(g.dependency_cycle, ctx) == []


def test_cycle_is_named_in_dependency_order_from_its_smallest_id(make_context: Make) -> None:
    ctx = make_context(
        _actions(
            action("C", depends_on=["B"]),
            action("A", depends_on=["C"]),
            action("B", depends_on=["A"]),
            action("D", depends_on=["A"]),
        )
    )
    [found] = findings(g.dependency_cycle, ctx)
    assert "dependency cycle A -> C -> B -> A" in found.message
    assert "A depends on C, C on B, B on A" in found.message
    assert found.loc == ("actions", 1, "depends_on", 0, "id")


def test_two_separate_cycles_give_two_findings(make_context: Make) -> None:
    ctx = make_context(
        _actions(
            action("A", depends_on=["B"]),
            action("B", depends_on=["A"]),
            action("X", depends_on=["Y"]),
            action("Y", depends_on=["X"]),
        )
    )
    messages = [f.message for f in findings(g.dependency_cycle, ctx)]
    assert [m.split(" (")[0] for m in messages] == [
        "dependency cycle A -> B -> A",
        "dependency cycle X -> Y -> X",
    ]


def test_redundant_dependency_names_the_chain(make_context: Make) -> None:
    ctx = make_context(
        _actions(
            action("A01"),
            action("A02", depends_on=["A01"]),
            action("A03", depends_on=["A02"]),
            action("A04", depends_on=["A01", "A03"]),
        )
    )
    [found] = findings(g.redundant_dependency, ctx)
    assert found.loc == ("actions", 3, "depends_on", 0, "id")
    assert "through A03 (A04 -> A03 -> A02 -> A01)" in found.message


def test_lag_that_the_chain_does_not_imply_keeps_the_dependency(make_context: Make) -> None:
    def chain(lag: int) -> Callable[[dict[str, Any]], None]:
        return _actions(
            action("A01", duration_months=3),
            action("A02", depends_on=["A01"], duration_months=4),
            action("A03", depends_on=[{"id": "A01", "lag_months": lag}, "A02"]),
        )

    assert len(findings(g.redundant_dependency, make_context(chain(4)))) == 1
    assert findings(g.redundant_dependency, make_context(chain(5))) == []


@pytest.mark.parametrize("first", ["A02", "A04"])
def test_a_lagged_dependency_counts_the_longest_chain_in_any_order(
    make_context: Make, first: str
) -> None:
    # Through A02 the wait is 1 month, through A04 10: the 5-month lag on A01 is implied
    # by the longer chain, whichever of the two depends_on lists first.
    others = ["A02", "A04"] if first == "A02" else ["A04", "A02"]
    ctx = make_context(
        _actions(
            action("A01", duration_months=2),
            action("A02", depends_on=["A01"], duration_months=1),
            action("A04", depends_on=["A01"], duration_months=10),
            action("A03", depends_on=[*others, {"id": "A01", "lag_months": 5}]),
        )
    )
    [found] = findings(g.redundant_dependency, ctx)
    assert found.loc == ("actions", 3, "depends_on", 2, "id")
    assert "through A04 (A03 -> A04 -> A01)" in found.message


@pytest.mark.parametrize(("lag", "redundant"), [(7, False), (6, True)])
def test_a_lag_counts_against_the_longest_chain(
    make_context: Make, lag: int, redundant: bool
) -> None:
    # The longest other chain, A05 -> A04 -> A01, waits 1 + 3 + 2 = 6 months.
    ctx = make_context(
        _actions(
            action("A01"),
            action("A02", depends_on=["A01"], duration_months=1),
            action("A04", depends_on=[{"id": "A01", "lag_months": 2}], duration_months=3),
            action("A05", depends_on=["A04"], duration_months=1),
            action("A03", depends_on=["A02", "A05", {"id": "A01", "lag_months": lag}]),
        )
    )
    messages = [f.message for f in findings(g.redundant_dependency, ctx)]
    assert len(messages) == int(redundant)
    assert all("(A03 -> A05 -> A04 -> A01)" in m for m in messages)


def test_no_redundancy_between_independent_branches(make_context: Make) -> None:
    ctx = make_context(
        _actions(
            action("A01"),
            action("A02"),
            action("A03", depends_on=["A01"]),
            action("A04", depends_on=["A02", "A03"]),
        )
    )
    assert findings(g.redundant_dependency, ctx) == []


def test_redundancy_check_scales_to_long_chains(make_context: Make) -> None:
    items = [action("N0000")]
    for k in range(1, 800):
        deps = [f"N{k - 1:04d}"] + ([f"N{k - 2:04d}"] if k >= 2 else [])
        items.append(action(f"N{k:04d}", depends_on=deps))
    found = findings(g.redundant_dependency, make_context(_actions(*items)))
    assert len(found) == 798


def test_dependency_on_cancelled_action(make_context: Make) -> None:
    ctx = make_context(
        _actions(
            action("A12", status="cancelled"),
            action("A07", depends_on=["A12"]),
            action("A08", depends_on=["A12"], status="cancelled"),
        )
    )
    [found] = findings(g.cancelled_dependency, ctx)
    assert found.message == (
        "action A07 depends on A12, which is cancelled; remove the dependency or reinstate A12"
    )
