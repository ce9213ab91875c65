"""Stage 3 rules on shared pools: unknown pools and needs above a pool's capacity."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from roadmap.checks import CheckContext
from roadmap.checks.rules import duplicates as d
from roadmap.checks.rules import pools as p
from tests.checks.conftest import findings

Make = Callable[..., CheckContext]

POOLS = [
    {"id": "it-staff", "name": "IT staff", "capacity": 6},
    {"id": "procurement", "name": "Procurement", "capacity": 2},
]


def _with(needs: dict[str, int], pools: list[dict[str, Any]] | None = None) -> Any:
    def edit(f: dict[str, Any]) -> None:
        f["strategy"]["resources"] = POOLS if pools is None else pools
        f["actions"]["actions"][0]["needs"] = needs

    return edit


def test_needs_within_known_pools_pass(make_context: Make) -> None:
    ctx = make_context(_with({"it-staff": 6, "procurement": 1}))
    assert findings(p.unknown_pool, ctx) == []
    assert findings(p.need_above_capacity, ctx) == []


def test_no_pools_and_no_needs_pass(make_context: Make) -> None:
    ctx = make_context()
    assert findings(p.unknown_pool, ctx) == []
    assert findings(p.need_above_capacity, ctx) == []


def test_unknown_pool_points_at_its_key_and_suggests(make_context: Make) -> None:
    [found] = findings(p.unknown_pool, make_context(_with({"it-staf": 1})))
    assert found.loc == ("actions", 0, "needs", "it-staf")
    assert found.at_key
    assert "did you mean 'it-staff'?" in found.message


def test_a_need_without_any_pool_is_unknown(make_context: Make) -> None:
    [found] = findings(p.unknown_pool, make_context(_with({"data-team": 1}, pools=[])))
    assert "pool 'data-team'" in found.message and "did you mean" not in found.message


def test_need_above_capacity_names_both_numbers(make_context: Make) -> None:
    ctx = make_context(_with({"procurement": 3, "it-staff": 7}))
    found = findings(p.need_above_capacity, ctx)
    assert [f.loc for f in found] == [
        ("actions", 0, "needs", "procurement"),
        ("actions", 0, "needs", "it-staff"),
    ]
    assert "needs 3 units of pool procurement, which has 2" in found[0].message
    assert findings(p.unknown_pool, ctx) == []


def test_duplicate_pool_ids(make_context: Make) -> None:
    ctx = make_context(_with({}, pools=[*POOLS, {"id": "it-staff", "name": "x", "capacity": 1}]))
    [found] = findings(d.duplicate_ids, ctx)
    assert found.loc == ("resources", 2, "id")
    assert "resource pool id 'it-staff'" in found.message
