"""progress.yaml over time: each action's records tell a story that moves forward."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from roadmap.checks.context import CheckContext
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.checks.rules.progress import RANK, current_status, history
from roadmap.diagnostics import Severity
from roadmap.models import ActionRecord
from roadmap.texts import say


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

    Statuses are the current ones (see the module docstring). A dependency on a
    cancelled action is left to G204.
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
