"""Facts from progress.yaml for re-planning with `--as-of`.

The records dated on or before the as-of month are read in date order (file order within
a month). The latest one gives the action's status. Then:

- **done**: it finishes the month after its first `done` record; it started at its first
  `in_progress` record when there is one before that, otherwise `duration_months` before
  its finish;
- **in_progress**: it started at its first `in_progress` record. It finishes at the
  latest of: its planned finish (start + duration); the date of its latest record plus
  the months its percent complete leaves (of `duration_months`); the month after the
  as-of month (it is not done yet, so it runs at least through that month);
- **cancelled**: it is not planned;
- anything else is planned from the as-of month on.

The `status` in actions.yaml is the status now, that is on progress.yaml's own `as_of`.
It stands in for a missing record only when the as-of month is not earlier than that
(or there is no progress.yaml): re-planning as of an earlier month must not use what
happened later.
"""

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
    record: int | None = None
    """The position of the deciding record in progress.yaml's `actions` list."""
    detail: str = ""


def facts_as_of(
    actions: list[Action], progress: ProgressFile | None, as_of: int
) -> dict[str, Fact]:
    """The fact for each action that has dated records up to `as_of`."""
    records: dict[str, list[tuple[int, int, ActionRecord]]] = {}
    if progress is not None:
        for position, record in enumerate(progress.actions):
            month = parse_month(record.date)
            if month <= as_of:
                records.setdefault(record.id, []).append((month, position, record))
    durations = {a.id: a.duration_months for a in actions}
    facts: dict[str, Fact] = {}
    for action_id, dated in records.items():
        if action_id not in durations:
            continue
        dated.sort(key=lambda item: (item[0], item[1]))
        facts[action_id] = _fact(dated, durations[action_id], as_of)
    return facts


def _fact(dated: list[tuple[int, int, ActionRecord]], duration: int, as_of: int) -> Fact:
    month, position, latest = dated[-1]
    started = next((m for m, _, r in dated if r.status == "in_progress"), None)
    if latest.status == "done":
        done_at = next(m for m, _, r in dated if r.status == "done")
        finish = done_at + 1
        start = started if started is not None and started < finish else finish - duration
        detail = say("why.done", month=format_month(done_at))
        return Fact("done", start, finish, position, detail)
    if latest.status == "in_progress":
        start = started if started is not None else month
        left = 0 if latest.percent is None else duration - duration * latest.percent // 100
        finish = max(start + duration, month + left, as_of + 1)
        detail = say("why.in_progress", month=format_month(start))
        if latest.percent is not None:
            detail += say("why.percent", percent=latest.percent, month=format_month(month))
        return Fact("in_progress", start, finish, position, detail)
    return Fact(latest.status, record=position)
