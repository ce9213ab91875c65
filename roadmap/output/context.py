"""What every output reads: a checked dataset, its plan, the open warnings, the language
and the month drawn as today, with lookups over them; and how a directory becomes one."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from roadmap.diagnostics import Diagnostic
from roadmap.errors import UserError
from roadmap.models import (
    Action,
    ActionRecord,
    Actor,
    Area,
    Dataset,
    Goal,
    KpiRecord,
    LocalizedText,
    text_in,
)
from roadmap.models.actions import Status
from roadmap.months import is_month, parse_month
from roadmap.planning.result import Placement, Plan
from roadmap.texts import LANGUAGES, say


@dataclass
class RoadmapContext:
    """A checked dataset, its plan, and the language and month the output is for.

    `today` is the month index drawn as "today"; `warnings` are the pipeline's findings,
    errors included (the plan's among them), which the roadmap lists as open.
    """

    dataset: Dataset
    plan: Plan
    lang: str
    today: int
    warnings: tuple[Diagnostic, ...] = ()

    def text(self, value: str | LocalizedText | None) -> str:
        """A bilingual field in the output language (falling back to the other one)."""
        return text_in(value, self.lang)

    @cached_property
    def areas(self) -> dict[str, Area]:
        """Priority areas by id, in strategy order."""
        return {a.id: a for a in self.dataset.strategy.areas}

    @cached_property
    def goals(self) -> dict[str, Goal]:
        """Goals by id, in file order."""
        return {g.id: g for g in self.dataset.goals}

    @cached_property
    def actors(self) -> dict[str, Actor]:
        """Actors by id, in strategy order."""
        return {a.id: a for a in self.dataset.strategy.actors}

    @cached_property
    def actions(self) -> dict[str, Action]:
        """Actions by id, in file order."""
        return {a.id: a for a in self.dataset.actions}

    @cached_property
    def scheduled(self) -> list[tuple[Action, Placement]]:
        """Every planned action with its placement, in the plan's order."""
        return [(self.actions[p.id], p) for p in self.plan.placements if p.id in self.actions]

    @cached_property
    def by_area(self) -> list[tuple[str, list[tuple[Action, Placement]]]]:
        """Planned actions by priority area, areas in strategy order, as the charts show them."""
        groups: dict[str, list[tuple[Action, Placement]]] = {}
        for action, placement in self.scheduled:
            groups.setdefault(self.area_of(action), []).append((action, placement))
        order = {area_id: i for i, area_id in enumerate(self.areas)}
        return sorted(groups.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))

    @cached_property
    def unscheduled(self) -> list[Action]:
        """Actions the plan leaves out (cancelled ones), in file order; the ones `--select`
        deferred are listed apart, with their reasons."""
        deferred = {d.id for d in self.plan.deferred}
        return [
            a for a in self.dataset.actions if a.id not in self.plan.by_id and a.id not in deferred
        ]

    def area_of(self, action: Action) -> str:
        """The priority area of an action: the area of its first known goal, or ""."""
        for goal_id in action.goals:
            goal = self.goals.get(goal_id)
            if goal is not None:
                return goal.area
        return ""

    def area_title(self, area_id: str) -> str:
        """An area's title, or its id when it is unknown."""
        area = self.areas.get(area_id)
        return self.text(area.title) if area else area_id

    def actor_name(self, actor_id: str) -> str:
        """An actor's name, or its id when it is unknown."""
        actor = self.actors.get(actor_id)
        return self.text(actor.name) if actor else actor_id

    @cached_property
    def progress_month(self) -> int | None:
        """The month progress is known up to: the re-plan's `--as-of`, else progress.yaml's."""
        progress = self.dataset.progress
        if self.plan.as_of is not None:
            return self.plan.as_of
        return parse_month(progress.as_of) if progress is not None else None

    @cached_property
    def latest_records(self) -> dict[str, ActionRecord]:
        """The latest progress record of each action up to `progress_month`."""
        progress, month = self.dataset.progress, self.progress_month
        return _latest_by_id(progress.actions, month) if progress and month is not None else {}

    @cached_property
    def latest_measurements(self) -> dict[str, KpiRecord]:
        """The latest measurement of each KPI up to `progress_month`."""
        progress, month = self.dataset.progress, self.progress_month
        return _latest_by_id(progress.kpis, month) if progress and month is not None else {}

    def status(self, action: Action) -> Status:
        """The action's status: the latest progress record's, else its own."""
        record = self.latest_records.get(action.id)
        return record.status if record else action.status

    def percent(self, action: Action) -> int | None:
        """Percent complete from progress.yaml; 100 for done; None when not reported."""
        record = self.latest_records.get(action.id)
        if record is not None and record.percent is not None:
            return record.percent
        return 100 if self.status(action) == "done" else None


_Record = TypeVar("_Record", ActionRecord, KpiRecord)


def _latest_by_id(records: Iterable[_Record], limit: int) -> dict[str, _Record]:
    """Each id's latest record dated no later than `limit`; among equal dates, the last."""
    known = sorted((r for r in records if parse_month(r.date) <= limit), key=lambda r: r.date)
    return {r.id: r for r in known}


def roadmap_context(
    dataset: Dataset,
    plan: Plan,
    diagnostics: Iterable[Diagnostic],
    *,
    lang: str = "en",
    today: str | None = None,
) -> RoadmapContext:
    """The context of a planned dataset for output in `lang`.

    "Today" on the chart is `today` when given, else the `--as-of` month of a re-plan,
    else progress.yaml's `as_of`, else the current month; pass it (or keep an `as_of`)
    for output that does not change with the calendar.
    """
    if lang not in LANGUAGES:
        raise UserError(say("cli.lang", langs=", ".join(LANGUAGES), given=repr(lang)))
    if today is not None and not is_month(today):
        raise UserError(say("cli.today_month", given=repr(today)))
    ctx = RoadmapContext(dataset, plan, lang, 0, tuple(sorted(set(diagnostics))))
    if today is not None:
        ctx.today = parse_month(today)
    elif ctx.progress_month is not None:
        ctx.today = ctx.progress_month
    else:
        now = datetime.datetime.now(tz=datetime.UTC)
        ctx.today = now.year * 12 + now.month - 1
    return ctx
