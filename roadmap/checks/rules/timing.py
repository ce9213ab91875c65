"""Stage 5, time: the horizon, phases, deadlines and pins can all hold together.

Earliest starts (CheckContext.earliest) ignore capacity and budget, so what these rules
find no schedule can fix. An action starting in month `s` that lasts `d` months is active
until month `s + d - 1` and finishes at `s + d` (months are indexes: roadmap.months).
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.diagnostics import Severity
from roadmap.models import Action
from roadmap.months import finish_month, format_month, meets, month_year, parse_month
from roadmap.texts import months, say


def _run(ctx: CheckContext, action: Action, start: int) -> dict[str, object]:
    """What messages say of an action's earliest run: its id, start, why, length and end."""
    return {
        "id": action.id,
        "start": format_month(start),
        "reason": ctx.start_reason(action),
        "months": months(action.duration_months),
        "last": format_month(start + action.duration_months - 1),
    }


@rule("T301", "Horizon ends before it starts", Stage.TIME_AND_MONEY)
def horizon_inverted(ctx: CheckContext) -> Iterator[Finding]:
    """The horizon's end month must not come before its start month."""
    horizon = ctx.dataset.strategy.horizon
    if ctx.horizon is None:
        yield Finding(("horizon", "end"), say("T301", end=horizon.end, start=horizon.start))


@rule("T302", "Phase boundary beyond the horizon", Stage.TIME_AND_MONEY, Severity.WARNING)
def phases_beyond_horizon(ctx: CheckContext) -> Iterator[Finding]:
    """A phase that begins after the horizon ends can never hold an action."""
    if ctx.horizon is None:
        return
    length = ctx.horizon[1] - ctx.horizon[0] + 1
    phases = ctx.dataset.strategy.phases
    for name, value, later in (
        ("short", phases.short, "medium"),
        ("medium", phases.medium, "long"),
    ):
        if value >= length:
            text = say("T302", name=name, value=value, length=length, later=later)
            yield Finding(("phases", name), text)
            return


@rule("T303", "Budget cap for a year outside the horizon", Stage.TIME_AND_MONEY, Severity.WARNING)
def budget_cap_outside_horizon(ctx: CheckContext) -> Iterator[Finding]:
    """A cap for a year the horizon does not touch limits nothing; it is likely a typo."""
    caps = ctx.dataset.strategy.budget_caps
    if ctx.horizon is None or not caps:
        return
    first, last = month_year(ctx.horizon[0]), month_year(ctx.horizon[1])
    for year in caps:
        if not first <= year <= last:
            text = say("T303", year=year, first=first, last=last)
            yield Finding(("budget_caps", year), text, at_key=True)


@rule("T304", "Funding window ends before it starts", Stage.TIME_AND_MONEY)
def window_inverted(ctx: CheckContext) -> Iterator[Finding]:
    """An eligibility window's end must not come before its start."""
    for i, source in enumerate(ctx.dataset.strategy.funding_sources):
        window = source.window
        if window is not None and parse_month(window.end) < parse_month(window.start):
            text = say("T304", id=source.id, end=window.end, start=window.start)
            yield Finding(("funding_sources", i, "window", "end"), text)


@rule("T305", "earliest_start after deadline", Stage.TIME_AND_MONEY)
def earliest_start_after_deadline(ctx: CheckContext) -> Iterator[Finding]:
    """An action may not be allowed to start only after it is due."""
    for i, action in enumerate(ctx.dataset.actions):
        if action.deadline is None or action.earliest_start is None:
            continue
        deadline = action.deadline
        if parse_month(action.earliest_start) > parse_month(deadline):
            text = say("T305", id=action.id, earliest=action.earliest_start, deadline=deadline)
            yield Finding(("actions", i, "deadline"), text)


@rule("T306", "Deadline cannot be met", Stage.TIME_AND_MONEY)
def deadline_unmeetable(ctx: CheckContext) -> Iterator[Finding]:
    """Even started as early as its dependencies and earliest_start allow, the action is late.

    A deadline is the last month the action may be active in: it is met when the action
    finishes (the first month after it) no later than the month after the deadline.
    """
    for action, start in ctx.starts:
        if action.deadline is None:
            continue
        if action.earliest_start is not None and action.earliest_start > action.deadline:
            continue
        if not meets(finish_month(start, action.duration_months), parse_month(action.deadline)):
            yield Finding(
                ("actions", ctx.action_index[action.id], "deadline"),
                say("T306", deadline=action.deadline, **_run(ctx, action, start)),
            )


@rule("T307", "Action beyond the horizon", Stage.TIME_AND_MONEY)
def beyond_horizon(ctx: CheckContext) -> Iterator[Finding]:
    """An action that cannot end within the horizon is outside the strategy."""
    for action, start in ctx.starts:
        assert ctx.horizon is not None
        end, finish = ctx.horizon[1], finish_month(start, action.duration_months)
        if not meets(finish, end):
            bound, field = ctx.own_bound(action)
            field = field if field and start == bound else "duration_months"
            text = say("T307", end=format_month(end), **_run(ctx, action, start))
            yield Finding(("actions", ctx.action_index[action.id], field), text)


@rule("T308", "Pinned phase earlier than possible", Stage.TIME_AND_MONEY)
def phase_pin_too_early(ctx: CheckContext) -> Iterator[Finding]:
    """A phase pin the dependencies (or earliest_start) make impossible.

    The action is pinned to a phase, but its earliest possible start, after its
    dependencies finish, already falls in a later phase.
    """
    for action, start in ctx.starts:
        if action.phase is None:
            continue
        first, end = ctx.phase_months[action.phase]
        if end is not None and start >= end:
            now = next(
                name
                for name, (_, until) in ctx.phase_months.items()
                if until is None or start < until
            )
            run = _run(ctx, action, start)
            del run["last"]
            span = {"first": format_month(first), "last": format_month(end - 1)}
            text = say("T308", phase=action.phase, now=now, **span, **run)
            yield Finding(("actions", ctx.action_index[action.id], "phase"), text)
