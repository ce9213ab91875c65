"""Facts from progress.yaml for re-planning with `--as-of` (docs/planning.md): the latest
record dated by the as-of month gives an action's status; a done action keeps its
dates, an in-progress one its start and runs at least through the as-of month. The
`status` in actions.yaml is today's, so it stands in for a missing record only when the
as-of month is not before progress.yaml's own `as_of`."""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.models import Action, ActionRecord, ProgressFile
from roadmap.months import format_month, parse_month
from roadmap.texts import say


@dataclass(frozen=True)
class Fact:
    """What progress.yaml says about one action on the as-of month."""

    status: str
    start: int | None = None
    finish: int | None = None
    detail: str = ""


def facts_as_of(
    actions: list[Action], progress: ProgressFile | None, as_of: int
) -> dict[str, Fact]:
    """The fact for each action that has dated records up to `as_of`."""
    records: dict[str, list[tuple[int, ActionRecord]]] = {}
    for record in progress.actions if progress is not None else []:
        month = parse_month(record.date)
        if month <= as_of:
            records.setdefault(record.id, []).append((month, record))
    durations = {a.id: a.duration_months for a in actions}
    facts: dict[str, Fact] = {}
    for action_id, dated in records.items():
        if action_id not in durations:
            continue
        dated.sort(key=lambda item: item[0])  # stable: file order within a month
        facts[action_id] = _fact(dated, durations[action_id], as_of)
    return facts


def _fact(dated: list[tuple[int, ActionRecord]], duration: int, as_of: int) -> Fact:
    """Done: it finishes the month after its first `done` record, and started at its first
    `in_progress` record before that, else `duration` earlier. In progress: it started at
    its first `in_progress` record, and finishes at the latest of its planned finish, its
    latest record plus the months its percent leaves, and the month after the as-of."""
    month, latest = dated[-1]
    started = next((m for m, r in dated if r.status == "in_progress"), None)
    if latest.status == "done":
        done_at = next(m for m, r in dated if r.status == "done")
        finish = done_at + 1
        start = started if started is not None and started < finish else finish - duration
        detail = say("why.done", month=format_month(done_at))
        return Fact("done", start, finish, detail)
    if latest.status == "in_progress":
        start = started if started is not None else month
        left = 0 if latest.percent is None else duration - duration * latest.percent // 100
        finish = max(start + duration, month + left, as_of + 1)
        detail = say("why.in_progress", month=format_month(start))
        if latest.percent is not None:
            detail += say("why.percent", percent=latest.percent, month=format_month(month))
        return Fact("in_progress", start, finish, detail)
    return Fact(latest.status)
