"""Stage 3 rules: areas have goals, goals have actions, actions have goals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from roadmap.checks import CheckContext
from roadmap.checks.rules import coverage as c
from tests.checks.conftest import action, findings

Make = Callable[..., CheckContext]


def _second_goal(f: dict[str, Any]) -> None:
    goal = dict(f["goals"]["goals"][0], id="G2", kpis=[])
    f["goals"]["goals"].append(goal)


def test_clean_base(make_context: Make) -> None:
    ctx = make_context()
    for rule in (
        c.action_without_goal,
        c.goal_without_action,
        c.area_without_goal,
        c.objective_without_goal,
    ):
        assert findings(rule, ctx) == []


def test_action_without_goal_points_at_the_empty_list(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["actions"]["actions"][0]["goals"] = []

    [found] = findings(c.action_without_goal, make_context(edit))
    assert found.loc == ("actions", 0, "goals")
    assert "A01 serves no goal" in found.message


def test_goal_without_action_tells_cancelled_apart(make_context: Make) -> None:
    def nothing(f: dict[str, Any]) -> None:
        _second_goal(f)

    def cancelled(f: dict[str, Any]) -> None:
        _second_goal(f)
        f["actions"]["actions"].append(action("A02", goals=["G2"], status="cancelled"))

    [none] = findings(c.goal_without_action, make_context(nothing))
    assert none.loc == ("goals", 1, "id")
    assert none.message.startswith("no action serves goal G2")
    [only] = findings(c.goal_without_action, make_context(cancelled))
    assert only.message.startswith("only cancelled actions serve goal G2")


def test_area_and_objective_without_goal(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["strategy"]["areas"].append({"id": "PA2", "title": "Two", "side": "supply"})
        f["strategy"]["objectives"].append({"id": "SO2", "title": "Two"})

    ctx = make_context(edit)
    [area] = findings(c.area_without_goal, ctx)
    assert (area.kind, area.loc) == ("strategy", ("areas", 1, "id"))
    [objective] = findings(c.objective_without_goal, ctx)
    assert (objective.kind, objective.loc) == ("strategy", ("objectives", 1, "id"))
