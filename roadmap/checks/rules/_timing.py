"""Why an action can start no earlier than it does, in words, for time and money rules."""

from __future__ import annotations

from roadmap.checks.context import CheckContext, phase_offsets
from roadmap.models import Action
from roadmap.months import format_month, parse_month


def start_reason(ctx: CheckContext, action: Action) -> str:
    """`after A03 finishes`, `its earliest_start`, ... : what sets the earliest start."""
    binding = ctx.binding_predecessor(action)
    if binding is not None:
        pred, lag = binding
        last = format_month(ctx.earliest[pred] + ctx.actions[pred].duration_months - 1)
        lag_text = f", plus a {lag}-month lag" if lag else ""
        return f"after {pred} ends in {last}{lag_text}"
    assert ctx.horizon is not None
    bound = ctx.own_lower_bound(action)
    if action.earliest_start is not None and parse_month(action.earliest_start) == bound:
        return "its earliest_start"
    if action.phase is not None and ctx.horizon[0] + phase_offsets(ctx, action.phase)[0] == bound:
        return f"its pinned {action.phase} phase"
    return "the horizon start"


def binding_field(ctx: CheckContext, action: Action) -> str:
    """The field of `action` that best explains a start that is too late."""
    reason = start_reason(ctx, action)
    if reason == "its earliest_start":
        return "earliest_start"
    if reason.startswith("its pinned"):
        return "phase"
    return "duration_months"


def phase_at(ctx: CheckContext, month: int) -> str:
    """The phase a start in `month` falls in."""
    assert ctx.horizon is not None
    offset = month - ctx.horizon[0]
    phases = ctx.dataset.strategy.phases
    if offset < phases.short:
        return "short"
    return "medium" if offset < phases.medium else "long"
