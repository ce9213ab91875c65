"""Stage 5: every goal is measured, and each KPI's baseline, target and direction agree."""

from __future__ import annotations

from collections.abc import Iterator

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.diagnostics import Severity
from roadmap.models import Kpi
from roadmap.texts import say


def _kpis(ctx: CheckContext) -> Iterator[tuple[tuple[object, ...], Kpi]]:
    for i, goal in enumerate(ctx.dataset.goals):
        for j, kpi in enumerate(goal.kpis):
            yield ("goals", i, "kpis", j), kpi


@rule("K401", "Goal with no KPI", Stage.TIME_AND_MONEY, Severity.WARNING)
def goal_without_kpi(ctx: CheckContext) -> Iterator[Finding]:
    """A goal without a KPI cannot be monitored or evaluated."""
    for i, goal in enumerate(ctx.dataset.goals):
        if not goal.kpis:
            yield Finding(("goals", i, "id"), say("K401", id=goal.id))


@rule("K402", "KPI baseline year after its target year", Stage.TIME_AND_MONEY)
def baseline_after_target(ctx: CheckContext) -> Iterator[Finding]:
    """The baseline is where a KPI starts from; it must not come after the target year."""
    for loc, kpi in _kpis(ctx):
        if kpi.baseline.year > kpi.target.year:
            text = say("K402", id=kpi.id, base=kpi.baseline.year, target=kpi.target.year)
            yield Finding((*loc, "baseline", "year"), text)


@rule("K403", "KPI target contradicts its direction", Stage.TIME_AND_MONEY)
def target_against_direction(ctx: CheckContext) -> Iterator[Finding]:
    """A KPI meant to increase needs a target above its baseline, and the reverse."""
    for loc, kpi in _kpis(ctx):
        base, target = kpi.baseline.value, kpi.target.value
        if target < base if kpi.direction == "increase" else target > base:
            other = "decrease" if kpi.direction == "increase" else "increase"
            side, direction = say("below" if target < base else "above"), say(kpi.direction)
            said = {"id": kpi.id, "direction": direction, "side": side, "other": other}
            text = say("K403", target=f"{target:g}", base=f"{base:g}", **said)
            yield Finding((*loc, "target", "value"), text)


@rule("K404", "KPI target equals its baseline", Stage.TIME_AND_MONEY, Severity.WARNING)
def target_equals_baseline(ctx: CheckContext) -> Iterator[Finding]:
    """A target equal to the baseline asks for no change, so progress is undefined."""
    for loc, kpi in _kpis(ctx):
        if kpi.target.value == kpi.baseline.value:
            value, direction = f"{kpi.target.value:g}", say(kpi.direction)
            text = say("K404", id=kpi.id, value=value, direction=direction)
            yield Finding((*loc, "target", "value"), text)
