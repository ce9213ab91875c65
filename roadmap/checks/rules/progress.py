"""progress.yaml: records name known actions and KPIs, are dated sensibly, agree, and
tell for each action a story that moves forward."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.checks.rules._text import did_you_mean
from roadmap.diagnostics import Severity
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


def _backwards(
    ctx: CheckContext, field: str, key: str, rank: Callable[[ActionRecord], int | None]
) -> Iterator[Finding]:
    """A finding for each record whose `rank` is below the one of the record before it, in
    date order; records ranked None are passed over."""
    for records in history(ctx).values():
        previous: ActionRecord | None = None
        for k, record in records:
            now = rank(record)
            if now is None:
                continue
            if previous is not None and now < (rank(previous) or 0):
                before, after = getattr(previous, field), getattr(record, field)
                said = {"before": before, "then": previous.date, "after": after}
                text = say(key, id=record.id, **said, date=record.date)
                yield Finding(("actions", k, field), text, "progress")
            previous = record


@rule("M506", "Action status goes backwards", Stage.TIME_AND_MONEY)
def status_backwards(ctx: CheckContext) -> Iterator[Finding]:
    """Statuses move proposed, planned, in_progress, done; a later record cannot go back.

    Records are compared in date order; `cancelled` may come and go.
    """
    yield from _backwards(ctx, "status", "M506", lambda record: RANK.get(record.status))


@rule("M507", "Done action with a dependency not done", Stage.TIME_AND_MONEY)
def done_before_dependency(ctx: CheckContext) -> Iterator[Finding]:
    """An action cannot be done while an action it depends on is not.

    A status is the one of the action's latest progress record dated on or before
    `as_of`, or else the one in actions.yaml. A dependency on a cancelled action is left
    to G204.
    """
    now = current_status(ctx)
    for i, action in enumerate(ctx.dataset.actions):
        status, since = now[action.id]
        if status != "done":
            continue
        source = f"progress.yaml, {since}" if since else "actions.yaml"
        for j, dep in enumerate(ctx.dependencies[i]):
            dep_status = now.get(dep.id, ("", None))[0]
            if dep_status not in {"done", "cancelled", ""}:
                text = say("M507", id=action.id, source=source, dep=dep.id, status=dep_status)
                yield Finding(("actions", i, "depends_on", j, "id"), text)


@rule("M508", "Percent complete goes backwards", Stage.TIME_AND_MONEY, Severity.WARNING)
def percent_backwards(ctx: CheckContext) -> Iterator[Finding]:
    """Work done does not undo itself; a lower percent later is usually a typo."""
    yield from _backwards(ctx, "percent", "M508", lambda record: record.percent)


@rule("M509", "Done with less than 100 percent", Stage.TIME_AND_MONEY, Severity.WARNING)
def done_not_complete(ctx: CheckContext) -> Iterator[Finding]:
    """A record that says `done` and a percent below 100 contradict each other."""
    for k, record in enumerate(getattr(ctx.dataset.progress, "actions", [])):
        if record.status == "done" and record.percent is not None and record.percent < 100:
            text = say("M509", id=record.id, percent=record.percent)
            yield Finding(("actions", k, "percent"), text, "progress")
