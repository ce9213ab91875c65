"""Stage 5 time rules: horizon, phases, caps, windows, deadlines and pins."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from roadmap.checks import CheckContext
from roadmap.checks.rules import timing as t
from tests.checks.conftest import action, findings

Make = Callable[..., CheckContext]


def _actions(*items: dict[str, Any]) -> Callable[[dict[str, Any]], None]:
    def edit(f: dict[str, Any]) -> None:
        f["actions"]["actions"] = list(items)

    return edit


def test_horizon_inverted_silences_horizon_based_rules(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["strategy"]["horizon"] = {"start": "2025-01", "end": "2021-12"}
        f["strategy"]["budget_caps"] = {2019: 1}

    ctx = make_context(edit)
    [found] = findings(t.horizon_inverted, ctx)
    assert found.loc == ("horizon", "end")
    assert ctx.earliest == {}
    for rule in (t.phases_beyond_horizon, t.budget_cap_outside_horizon, t.beyond_horizon):
        assert findings(rule, ctx) == []


def test_phase_boundaries_against_a_short_horizon(make_context: Make) -> None:
    def horizon(end: str) -> Callable[[dict[str, Any]], None]:
        def edit(f: dict[str, Any]) -> None:
            f["strategy"]["horizon"]["end"] = end

        return edit

    [short] = findings(t.phases_beyond_horizon, make_context(horizon("2021-10")))
    assert short.loc == ("phases", "short")
    [medium] = findings(t.phases_beyond_horizon, make_context(horizon("2023-12")))
    assert medium.loc == ("phases", "medium")
    assert findings(t.phases_beyond_horizon, make_context(horizon("2024-01"))) == []


def test_budget_caps_outside_the_horizon_point_at_the_year(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["strategy"]["budget_caps"] = {2020: 5, 2021: 5, 2025: 5, 2026: 5}

    found = findings(t.budget_cap_outside_horizon, make_context(edit))
    assert [(x.loc, x.at_key) for x in found] == [
        (("budget_caps", 2020), True),
        (("budget_caps", 2026), True),
    ]


def test_window_inverted(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["strategy"]["funding_sources"][0]["window"] = {"start": "2022-01", "end": "2021-12"}

    [found] = findings(t.window_inverted, make_context(edit))
    assert found.loc == ("funding_sources", 0, "window", "end")


def test_earliest_start_after_deadline_is_its_own_rule(make_context: Make) -> None:
    ctx = make_context(_actions(action("A01", earliest_start="2023-02", deadline="2023-01")))
    [found] = findings(t.earliest_start_after_deadline, ctx)
    assert found.loc == ("actions", 0, "deadline")
    assert findings(t.deadline_unmeetable, ctx) == []


def test_deadline_boundary_is_the_last_active_month(make_context: Make) -> None:
    def chain(deadline: str) -> Callable[[dict[str, Any]], None]:
        return _actions(
            action("A01", duration_months=6),
            action(
                "A02",
                depends_on=[{"id": "A01", "lag_months": 2}],
                duration_months=4,
                deadline=deadline,
            ),
        )

    # A01 runs 2021-01..2021-06; A02 starts 2021-09 and runs to 2021-12.
    assert findings(t.deadline_unmeetable, make_context(chain("2021-12"))) == []
    [late] = findings(t.deadline_unmeetable, make_context(chain("2021-11")))
    assert late.loc == ("actions", 1, "deadline")
    assert (
        "can start in 2021-09 at the earliest (after A01 ends in 2021-06, plus a "
        "2-month lag)" in late.message
    )
    assert "to 2021-12; move the deadline to 2021-12 or later" in late.message


def test_deadline_before_the_horizon_names_the_horizon(make_context: Make) -> None:
    ctx = make_context(_actions(action("A01", deadline="2020-06")))
    [found] = findings(t.deadline_unmeetable, ctx)
    assert "(the horizon start)" in found.message


def test_cancelled_actions_neither_bind_nor_are_checked(make_context: Make) -> None:
    ctx = make_context(
        _actions(
            action("A01", duration_months=200, status="cancelled", deadline="2021-01"),
            action("A02", depends_on=["A01"], deadline="2021-06"),
        )
    )
    assert ctx.horizon is not None
    assert ctx.earliest == {"A02": ctx.horizon[0]}
    assert findings(t.deadline_unmeetable, ctx) == []
    assert findings(t.beyond_horizon, ctx) == []


def test_beyond_horizon_points_at_the_binding_field(make_context: Make) -> None:
    ctx = make_context(
        _actions(
            action("A01", duration_months=60),
            action("A02", earliest_start="2025-08", duration_months=6),
            action("A03", duration_months=61),
        )
    )
    found = findings(t.beyond_horizon, ctx)
    assert [x.loc for x in found] == [
        ("actions", 1, "earliest_start"),
        ("actions", 2, "duration_months"),
    ]
    assert "runs to 2026-01 at the earliest, past the horizon end 2025-12" in found[0].message


def test_phase_pins_are_lower_bounds_and_upper_bounds(make_context: Make) -> None:
    ctx = make_context(
        _actions(
            action("A01", phase="medium", duration_months=30),
            action("A02", depends_on=["A01"], phase="medium"),
            action("A03", depends_on=["A01"], phase="long"),
        )
    )
    assert ctx.horizon is not None
    offsets = {ident: month - ctx.horizon[0] for ident, month in ctx.earliest.items()}
    assert offsets == {"A01": 12, "A02": 42, "A03": 42}
    [found] = findings(t.phase_pin_too_early, ctx)
    assert found.loc == ("actions", 1, "phase")
    assert "pinned to the medium phase (starts 2022-01 to 2023-12)" in found.message
    assert "in the long phase; pin it to long" in found.message


def test_long_pin_that_leaves_no_room_is_beyond_the_horizon(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["strategy"]["phases"] = {"short": 12, "medium": 58}
        f["actions"]["actions"] = [action("A01", phase="long", duration_months=3)]

    ctx = make_context(edit)
    [found] = findings(t.beyond_horizon, ctx)
    assert found.loc == ("actions", 0, "phase")
    assert "(its pinned long phase)" in found.message
