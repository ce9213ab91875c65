"""The state of each action at the as-of month against its planned dates, by the rules of
docs/monitoring.md (first match wins; the reason names it). Comparisons are exact, so a
gap of exactly `at_risk_lag` is on track."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from roadmap.models import Action, ActionRecord
from roadmap.models.strategy import Monitoring
from roadmap.monitoring.kpis import exact, share
from roadmap.monitoring.result import ActionState, ActionStatus, Reason
from roadmap.months import parse_month
from roadmap.planning.result import Placement


def is_cancelled(action: Action, known: Sequence[ActionRecord], *, yaml_status_holds: bool) -> bool:
    """True when the action is cancelled (rule 1), by its `known` records in date order."""
    latest = known[-1].status if known else None
    return latest == "cancelled" or (yaml_status_holds and action.status == "cancelled")


def action_status(
    action: Action,
    placement: Placement,
    known: Sequence[ActionRecord],
    as_of: int,
    thresholds: Monitoring,
    *,
    yaml_status_holds: bool,
) -> ActionStatus:
    """The state at `as_of` of an action that is not cancelled (rules 2 to 7), from
    `known`: its records up to then, in date order."""
    latest = known[-1] if known else None
    declared = action.status if yaml_status_holds else None
    done = "done" in (declared, latest.status if latest is not None else None)
    percent = next((r.percent for r in reversed(known) if r.percent is not None), None)
    if done:
        percent = 100
    started = (
        done
        or declared == "in_progress"
        or any(r.status in ("in_progress", "done") or (r.percent or 0) > 0 for r in known)
    )
    start, finish = placement.start, placement.finish
    expected = share(as_of, start, finish)
    state: ActionState
    reason: Reason
    if done:
        state, reason = "done", "done"
    elif finish <= as_of:
        state, reason = "late", "finish_passed"
    elif not started:
        state, reason = (
            ("not_started", "not_due") if start >= as_of else ("at_risk", "start_missed")
        )
    elif percent is not None and expected - Fraction(percent, 100) > exact(thresholds.at_risk_lag):
        state, reason = "at_risk", "behind"
    else:
        state, reason = "on_track", "started_early" if start > as_of else "on_schedule"
    return ActionStatus(
        id=action.id,
        state=state,
        reason=reason,
        start=start,
        finish=finish,
        expected=float(expected),
        percent=percent,
        started=started,
        last_record=parse_month(latest.date) if latest is not None else None,
        lead=action.lead,
        cost=action.cost_eur,
    )
