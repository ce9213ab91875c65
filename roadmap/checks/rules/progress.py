"""progress.yaml: records name known actions and KPIs, are dated sensibly, and agree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.checks.rules._text import did_you_mean
from roadmap.models import ActionRecord
from roadmap.texts import say

RANK = {"proposed": 0, "planned": 1, "in_progress": 2, "done": 3}
"""Statuses in the order an action moves through them; `cancelled` stands apart."""


def history(ctx: CheckContext) -> dict[str, list[tuple[int, ActionRecord]]]:
    """Each action's records with their index in the file, oldest first."""
    progress = ctx.dataset.progress
    history: dict[str, list[tuple[int, ActionRecord]]] = defaultdict(list)
    if progress is not None:
        for k, record in enumerate(progress.actions):
            history[record.id].append((k, record))
    for records in history.values():
        records.sort(key=lambda item: (item[1].date, item[0]))
    return history


def current_status(ctx: CheckContext) -> dict[str, tuple[str, str | None]]:
    """Each action's status now, with the month of the record it comes from (None: none).

    That is the status of its latest record dated on or before `as_of` (the later one in
    the file where two share a month); without records, the status in actions.yaml.
    """
    status: dict[str, tuple[str, str | None]] = {
        a.id: (a.status, None) for a in ctx.dataset.actions
    }
    progress = ctx.dataset.progress
    if progress is None:
        return status
    for ident, records in history(ctx).items():
        dated = [r for _, r in records if r.date <= progress.as_of]
        if ident in status and dated:
            status[ident] = (dated[-1].status, dated[-1].date)
    return status


@rule("M501", "Progress record for an unknown action", Stage.REFERENCES)
def unknown_action_record(ctx: CheckContext) -> Iterator[Finding]:
    """Every action record in progress.yaml names an action of actions.yaml."""
    yield from _unknown(ctx, "actions", ctx.actions, "M501")


@rule("M502", "Measurement of an unknown KPI", Stage.REFERENCES)
def unknown_kpi_record(ctx: CheckContext) -> Iterator[Finding]:
    """Every KPI measurement in progress.yaml names a KPI of goals.yaml."""
    yield from _unknown(ctx, "kpis", ctx.kpis, "M502")


def _unknown(
    ctx: CheckContext, field: str, known: Mapping[str, object], key: str
) -> Iterator[Finding]:
    for k, record in enumerate(getattr(ctx.dataset.progress, field, [])):
        if record.id not in known:
            message = say(key, id=record.id) + did_you_mean(record.id, known)
            yield Finding((field, k, "id"), message, "progress")


@rule("M503", "Action record dated after as_of", Stage.TIME_AND_MONEY)
def action_record_after_as_of(ctx: CheckContext) -> Iterator[Finding]:
    """`as_of` is the month the records are current to; none can come from later."""
    yield from _after_as_of(ctx, "actions", "M503")


@rule("M504", "KPI measurement dated after as_of", Stage.TIME_AND_MONEY)
def measurement_after_as_of(ctx: CheckContext) -> Iterator[Finding]:
    """A measurement cannot come from after the month the records are current to."""
    yield from _after_as_of(ctx, "kpis", "M504")


@rule("M510", "Progress as_of outside the horizon", Stage.TIME_AND_MONEY)
def as_of_outside_horizon(ctx: CheckContext) -> Iterator[Finding]:
    """`status` judges progress against the plan, which exists only within the horizon;
    `--as-of` outside it is refused, and so is an `as_of` written there.
    """
    progress, horizon = ctx.dataset.progress, ctx.dataset.strategy.horizon
    if horizon.start > horizon.end or progress is None:
        return  # an inverted horizon is T301's
    if not horizon.start <= progress.as_of <= horizon.end:
        text = say("M510", as_of=progress.as_of, first=horizon.start, last=horizon.end)
        yield Finding(("as_of",), text, "progress")


def _after_as_of(ctx: CheckContext, field: str, key: str) -> Iterator[Finding]:
    progress = ctx.dataset.progress
    for k, record in enumerate(getattr(progress, field, [])):
        if progress is not None and record.date > progress.as_of:
            text = say(key, id=record.id, date=record.date, as_of=progress.as_of)
            yield Finding((field, k, "date"), text, "progress")


@rule("M505", "KPI measurement before its baseline year", Stage.TIME_AND_MONEY)
def measurement_before_baseline(ctx: CheckContext) -> Iterator[Finding]:
    """Progress is measured from the baseline on; an earlier value belongs in the baseline."""
    for k, record in enumerate(getattr(ctx.dataset.progress, "kpis", [])):
        kpi = ctx.kpis.get(record.id)
        if kpi is not None and int(record.date[:4]) < kpi.baseline.year:
            text = say("M505", id=record.id, date=record.date, year=kpi.baseline.year)
            yield Finding(("kpis", k, "date"), text, "progress")
