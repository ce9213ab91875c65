"""Stage 3: the strategy's layers are linked: areas have goals, goals have actions."""

from __future__ import annotations

from collections.abc import Iterator

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.diagnostics import Severity
from roadmap.texts import say


@rule("R111", "Action with no goal", Stage.REFERENCES)
def action_without_goal(ctx: CheckContext) -> Iterator[Finding]:
    """Every action must serve at least one operational goal, or nothing justifies it."""
    for i, action in enumerate(ctx.dataset.actions):
        if not action.goals:
            yield Finding(("actions", i, "goals"), say("R111", id=action.id))


@rule("R112", "Goal with no action", Stage.REFERENCES, Severity.WARNING)
def goal_without_action(ctx: CheckContext) -> Iterator[Finding]:
    """A goal that no (non-cancelled) action serves will not be reached by the plan."""
    served = {goal for action in ctx.active_actions for goal in action.goals}
    anyone = {goal for action in ctx.dataset.actions for goal in action.goals}
    for i, goal in enumerate(ctx.dataset.goals):
        if goal.id in served:
            continue
        who = say("R112.cancelled" if goal.id in anyone else "R112.none")
        yield Finding(("goals", i, "id"), say("R112", who=who, id=goal.id))


@rule("R113", "Priority area with no goal", Stage.REFERENCES)
def area_without_goal(ctx: CheckContext) -> Iterator[Finding]:
    """A priority area is implemented through its goals; one without goals is a gap."""
    used = {g.area for g in ctx.dataset.goals}
    for i, area in enumerate(ctx.dataset.strategy.areas):
        if area.id not in used:
            yield Finding(("areas", i, "id"), say("R113", id=area.id))


@rule("R114", "Strategic objective with no goal", Stage.REFERENCES, Severity.WARNING)
def objective_without_goal(ctx: CheckContext) -> Iterator[Finding]:
    """An objective that no goal serves cannot be traced to any action."""
    used = {o for g in ctx.dataset.goals for o in g.objectives}
    for i, objective in enumerate(ctx.dataset.strategy.objectives):
        if objective.id not in used:
            yield Finding(("objectives", i, "id"), say("R114", id=objective.id))
