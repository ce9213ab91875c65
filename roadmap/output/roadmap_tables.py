"""The roadmap page's tables beside the phases: traceability, KPIs, actors and funding."""

from __future__ import annotations

from collections.abc import Iterable

from roadmap.models import Funding, Kpi
from roadmap.models.actions import PHASES
from roadmap.monitoring.kpis import kpi_progress
from roadmap.months import parse_month
from roadmap.output.context import RoadmapContext
from roadmap.output.i18n import (
    DASH,
    format_number,
    label,
    money,
    month_short,
    month_span,
    percent,
    unit,
)
from roadmap.output.render import Row

FUNDING = ("secured", "applied", "planned")


def traceability(ctx: RoadmapContext) -> tuple[Row, ...]:
    """Each goal with its area, objectives, the actions that serve it and its KPIs."""
    serving: dict[str, list[str]] = {g: [] for g in ctx.goals}
    for action in ctx.dataset.actions:
        for goal_id in dict.fromkeys(action.goals):
            serving.setdefault(goal_id, []).append(action.id)
    return tuple(
        Row(
            id=goal.id,
            title=ctx.text(goal.title),
            area=ctx.area_title(goal.area),
            objectives=", ".join(goal.objectives) or DASH,
            actions=tuple(serving[goal.id]),
            kpis=tuple(k.id for k in goal.kpis),
        )
        for goal in ctx.goals.values()
    )


def kpi_row(ctx: RoadmapContext, goal: str, kpi: Kpi) -> Row:
    """A KPI with its baseline, target, and latest measurement and progress."""
    lang = ctx.lang
    record = ctx.latest_measurements.get(kpi.id)
    latest = progress = DASH
    if record is not None:
        when = month_short(parse_month(record.date), lang)
        latest = f"{format_number(record.value, lang)} ({when})"
        progress = percent(float(kpi_progress(kpi, record.value)), lang)
    return Row(
        id=kpi.id,
        name=ctx.text(kpi.name),
        goal=goal,
        unit=unit(kpi.unit, lang),
        direction=label(f"direction_{kpi.direction}", lang),
        baseline=f"{format_number(kpi.baseline.value, lang)} ({kpi.baseline.year})",
        target=f"{format_number(kpi.target.value, lang)} ({kpi.target.year})",
        latest=latest,
        progress=progress,
    )


def actors(ctx: RoadmapContext) -> tuple[Row, ...]:
    """Every actor with the actions it leads and takes part in."""
    leads: dict[str, list[str]] = {a: [] for a in ctx.actors}
    takes_part: dict[str, list[str]] = {a: [] for a in ctx.actors}
    for action in ctx.dataset.actions:
        leads.setdefault(action.lead, []).append(action.id)
        for actor_id in dict.fromkeys(action.participants):
            if actor_id != action.lead:
                takes_part.setdefault(actor_id, []).append(action.id)
    return tuple(
        Row(
            id=actor.id,
            name=ctx.text(actor.name),
            leads=", ".join(leads[actor.id]) or DASH,
            takes_part=", ".join(takes_part[actor.id]) or DASH,
            capacity=DASH if actor.capacity is None else str(actor.capacity),
        )
        for actor in ctx.actors.values()
    )


def pledged_by_status(fundings: Iterable[Funding]) -> dict[str, int]:
    """The amounts of `fundings` summed by the status of each."""
    amounts = dict.fromkeys(FUNDING, 0)
    for funding in fundings:
        amounts[funding.status] += funding.amount_eur
    return amounts


def _money_row(lang: str, name: str, note: str, pledged: dict[str, int], cost: int | None) -> Row:
    """`cost` is what the row is measured against: a source's amount or a phase's cost."""
    total = sum(pledged.values())
    return Row(
        name=name,
        note=note,
        cost=DASH if cost is None else money(cost, lang),
        secured=money(pledged["secured"], lang),
        applied=money(pledged["applied"], lang),
        planned=money(pledged["planned"], lang),
        total=money(total, lang),
        gap=DASH if cost is None else money(cost - total, lang),
    )


def by_source(ctx: RoadmapContext) -> tuple[Row, ...]:
    """Per funding source: its window and amount, what actions draw from it, and what
    remains of its amount (negative when overdrawn)."""
    live = [a for a in ctx.dataset.actions if ctx.status(a) != "cancelled"]
    rows = []
    for source_id, source in ctx.sources.items():
        note = DASH
        if source.window is not None:
            window = source.window
            note = month_span(parse_month(window.start), parse_month(window.end), ctx.lang)
        drawn = pledged_by_status(f for a in live for f in a.funding if f.source == source_id)
        rows.append(_money_row(ctx.lang, ctx.text(source.name), note, drawn, source.amount_eur))
    every = pledged_by_status(f for a in live for f in a.funding)
    rows.append(_money_row(ctx.lang, label("total", ctx.lang), "", every, None))
    return tuple(rows)


def by_phase(ctx: RoadmapContext) -> tuple[Row, ...]:
    """Per phase: the cost of its actions, their funding, and the gap left unfunded."""
    groups = [(f"phase_{p}", [a for a, q in ctx.scheduled if q.phase == p]) for p in PHASES]
    groups.append(("total", [a for a, _p in ctx.scheduled]))
    return tuple(
        _money_row(
            ctx.lang,
            label(key, ctx.lang),
            "",
            pledged_by_status(f for a in actions for f in a.funding),
            sum(a.cost_eur for a in actions),
        )
        for key, actions in groups
    )
