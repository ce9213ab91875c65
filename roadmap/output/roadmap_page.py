"""The roadmap page: every value the Markdown and HTML roadmaps show, formatted in one
language; the templates (roadmap.md.j2, roadmap.html.j2) only loop and print."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from roadmap.models import Action, Funding, Kpi
from roadmap.models.actions import PHASES
from roadmap.months import parse_month
from roadmap.output.charts.gantt import GanttChart, gantt_chart
from roadmap.output.charts.mermaid import dependency_graph, gantt
from roadmap.output.context import RoadmapContext
from roadmap.output.i18n import (
    DASH,
    Labels,
    counted,
    format_int,
    format_number,
    label,
    money,
    month_short,
    month_span,
    percent,
)
from roadmap.output.render import Verbatim
from roadmap.scheduling.result import Placement

FUNDING = ("secured", "applied", "planned")


@dataclass(frozen=True)
class ActionRow:
    """One action, as the phase tables and the filter show it."""

    id: str
    title: str
    area_id: str
    area: str
    phase: str
    lead: str
    start: str
    finish: str
    cost: str
    status: str
    status_label: str
    slack: str
    critical: bool
    progress: str
    depends_on: str


@dataclass(frozen=True)
class Phase:
    """A phase with its months, cost and the actions that start in it."""

    key: str
    title: str
    span: str
    cost: str
    actions: tuple[ActionRow, ...]


@dataclass(frozen=True)
class TraceRow:
    """A goal and what serves and measures it."""

    id: str
    title: str
    area: str
    objectives: str
    actions: tuple[str, ...]
    kpis: tuple[str, ...]


@dataclass(frozen=True)
class KpiRow:
    """A KPI with its baseline, target and latest measurement."""

    id: str
    name: str
    goal: str
    unit: str
    direction: str
    baseline: str
    target: str
    latest: str
    progress: str


@dataclass(frozen=True)
class ResponsibilityRow:
    """One action's row of the responsibility matrix: a cell per actor."""

    id: str
    title: str
    area_id: str
    phase: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ActorRow:
    """An actor, a column of the responsibility matrix, with what it leads."""

    id: str
    name: str
    leads: str
    takes_part: str
    capacity: str


@dataclass(frozen=True)
class MoneyRow:
    """The funding of one source (against its amount) or one phase (against its cost)."""

    name: str
    note: str
    cost: str
    secured: str
    applied: str
    planned: str
    total: str
    gap: str


@dataclass(frozen=True)
class PathStep:
    """An action on the critical path."""

    id: str
    title: str
    start: str
    finish: str
    duration: str


@dataclass(frozen=True)
class WarningRow:
    """An open warning: what and where."""

    code: str
    severity: str
    where: str
    message: str


@dataclass(frozen=True)
class Option:
    """A choice of the area or phase filter, or a labelled value of the summary."""

    value: str
    label: str


@dataclass(frozen=True)
class RoadmapPage:
    """Everything the Markdown and the HTML roadmap print, in one language."""

    lang: str
    labels: Labels
    title: str
    subtitle: str
    vision: str
    mission: str
    facts: tuple[Option, ...]
    phases: tuple[Phase, ...]
    unscheduled: tuple[ActionRow, ...]
    gantt_mermaid: Verbatim
    graph_mermaid: Verbatim
    traceability: tuple[TraceRow, ...]
    kpis: tuple[KpiRow, ...]
    actors: tuple[ActorRow, ...]
    responsibilities: tuple[ResponsibilityRow, ...]
    funding_by_source: tuple[MoneyRow, ...]
    funding_by_phase: tuple[MoneyRow, ...]
    critical_path: tuple[PathStep, ...]
    warnings: tuple[WarningRow, ...]
    areas: tuple[Option, ...]
    phase_options: tuple[Option, ...]
    gantt_svg: GanttChart


def roadmap_page(ctx: RoadmapContext) -> RoadmapPage:
    """The roadmap of `ctx.plan` in `ctx.lang`."""
    lang, strategy = ctx.lang, ctx.dataset.strategy
    title = ctx.text(strategy.name)
    return RoadmapPage(
        lang=lang,
        labels=Labels(lang),
        title=title,
        subtitle=ctx.text(strategy.subtitle),
        vision=ctx.text(strategy.vision),
        mission=ctx.text(strategy.mission),
        facts=_facts(ctx),
        phases=_phases(ctx),
        unscheduled=tuple(action_row(ctx, a, None) for a in ctx.unscheduled),
        gantt_mermaid=Verbatim(gantt(ctx, title)),
        graph_mermaid=Verbatim(dependency_graph(ctx)),
        traceability=_traceability(ctx),
        kpis=tuple(_kpi_row(ctx, goal.id, kpi) for goal, kpi in ctx.kpis.values()),
        actors=_actors(ctx),
        responsibilities=_responsibilities(ctx),
        funding_by_source=_by_source(ctx),
        funding_by_phase=_by_phase(ctx),
        critical_path=tuple(
            PathStep(
                p.id,
                ctx.text(ctx.actions[p.id].title),
                month_short(p.start, lang),
                month_short(p.finish - 1, lang),
                counted(p.finish - p.start, "month", lang),
            )
            for p in (ctx.plan.by_id.get(i) for i in ctx.plan.critical_path)
            if p is not None and p.id in ctx.actions
        ),
        warnings=tuple(
            WarningRow(
                d.code,
                label(f"severity_{d.severity}", lang),
                f"{os.path.basename(d.file)}:{d.line}" if d.line else os.path.basename(d.file),
                d.message,
            )
            for d in ctx.warnings
        ),
        areas=tuple(Option(a, ctx.area_title(a)) for a in ctx.areas),
        phase_options=tuple(Option(p, label(f"phase_{p}", lang)) for p in PHASES),
        gantt_svg=gantt_chart(ctx, title),
    )


def _facts(ctx: RoadmapContext) -> tuple[Option, ...]:
    lang, plan, strategy = ctx.lang, ctx.plan, ctx.dataset.strategy
    live = [a for a in ctx.dataset.actions if ctx.status(a) != "cancelled"]
    cost = sum(a.cost_eur for a in live)
    pledged = _pledged(f for a in live for f in a.funding)
    horizon = strategy.horizon
    facts = [("horizon", month_span(parse_month(horizon.start), parse_month(horizon.end), lang))]
    if strategy.adopted:
        facts.append(("adopted", month_short(parse_month(strategy.adopted), lang)))
    facts += [
        ("objectives", format_int(len(strategy.objectives), lang)),
        ("areas", format_int(len(strategy.areas), lang)),
        ("goals", format_int(len(ctx.goals), lang)),
        ("kpis", format_int(len(ctx.kpis), lang)),
        ("actions", format_int(len(ctx.dataset.actions), lang)),
        ("actors", format_int(len(ctx.actors), lang)),
        ("total_cost", money(cost, lang)),
        *((f"funding_{s}", money(pledged[s], lang)) for s in FUNDING),
        ("funding_gap", money(max(0, cost - sum(pledged.values())), lang)),
        ("plan_finish", month_short(plan.finish - 1, lang)),
        ("feasible", label("yes" if plan.feasible else "no", lang)),
    ]
    if ctx.dataset.progress is not None:
        facts.append(("as_of", month_short(parse_month(ctx.dataset.progress.as_of), lang)))
    return tuple(Option(value, label(key, lang)) for key, value in facts)


def action_row(ctx: RoadmapContext, action: Action, placement: Placement | None) -> ActionRow:
    """One action with its planned dates, or dashes when the plan leaves it out."""
    lang = ctx.lang
    area_id = ctx.area_of(action)
    status = ctx.status(action)
    done = ctx.percent(action)
    abbr = label("months_abbr", lang)
    depends = [
        f"{d.id} (+{d.lag_months} {abbr})" if d.lag_months else d.id for d in action.dependencies()
    ]
    return ActionRow(
        id=action.id,
        title=ctx.text(action.title),
        area_id=area_id,
        area=ctx.area_title(area_id),
        phase=placement.phase if placement else "",
        lead=ctx.actor_name(action.lead),
        start=month_short(placement.start, lang) if placement else DASH,
        finish=month_short(placement.finish - 1, lang) if placement else DASH,
        cost=money(action.cost_eur, lang),
        status=status,
        status_label=label(f"status_{status}", lang),
        slack=counted(placement.slack, "month", lang) if placement else DASH,
        critical=bool(placement and placement.critical),
        progress=percent(None if done is None else done / 100, lang),
        depends_on=", ".join(depends) or DASH,
    )


def _phases(ctx: RoadmapContext) -> tuple[Phase, ...]:
    plan = ctx.plan
    short, medium = plan.phase_bounds
    start = plan.horizon_start
    bounds = {
        "short": (start, start + short - 1),
        "medium": (start + short, start + medium - 1),
        "long": (start + medium, max(plan.horizon_end, plan.finish - 1)),
    }
    phases = []
    for key in PHASES:
        first, last = bounds[key]
        placed = [(a, p) for a, p in ctx.scheduled if p.phase == key]
        phases.append(
            Phase(
                key=key,
                title=label(f"phase_{key}", ctx.lang),
                span=month_span(first, max(first, last), ctx.lang),
                cost=money(sum(a.cost_eur for a, _p in placed), ctx.lang),
                actions=tuple(action_row(ctx, a, p) for a, p in placed),
            )
        )
    return tuple(phases)


def _traceability(ctx: RoadmapContext) -> tuple[TraceRow, ...]:
    serving: dict[str, list[str]] = {g: [] for g in ctx.goals}
    for action in ctx.dataset.actions:
        for goal_id in dict.fromkeys(action.goals):
            serving.setdefault(goal_id, []).append(action.id)
    return tuple(
        TraceRow(
            id=goal.id,
            title=ctx.text(goal.title),
            area=ctx.area_title(goal.area),
            objectives=", ".join(goal.objectives) or DASH,
            actions=tuple(serving[goal.id]),
            kpis=tuple(k.id for k in goal.kpis),
        )
        for goal in ctx.goals.values()
    )


def _kpi_row(ctx: RoadmapContext, goal: str, kpi: Kpi) -> KpiRow:
    lang = ctx.lang
    record = ctx.latest_measurements.get(kpi.id)
    latest = progress = DASH
    if record is not None:
        when = month_short(parse_month(record.date), lang)
        latest = f"{format_number(record.value, lang)} ({when})"
        span = kpi.target.value - kpi.baseline.value
        share = (record.value - kpi.baseline.value) / span if span else 1.0
        progress = percent(max(0.0, min(1.0, share)), lang)
    return KpiRow(
        id=kpi.id,
        name=ctx.text(kpi.name),
        goal=goal,
        unit=kpi.unit,
        direction=label(f"direction_{kpi.direction}", lang),
        baseline=f"{format_number(kpi.baseline.value, lang)} ({kpi.baseline.year})",
        target=f"{format_number(kpi.target.value, lang)} ({kpi.target.year})",
        latest=latest,
        progress=progress,
    )


def _actors(ctx: RoadmapContext) -> tuple[ActorRow, ...]:
    leads: dict[str, list[str]] = {a: [] for a in ctx.actors}
    takes_part: dict[str, list[str]] = {a: [] for a in ctx.actors}
    for action in ctx.dataset.actions:
        leads.setdefault(action.lead, []).append(action.id)
        for actor_id in dict.fromkeys(action.participants):
            if actor_id != action.lead:
                takes_part.setdefault(actor_id, []).append(action.id)
    return tuple(
        ActorRow(
            id=actor.id,
            name=ctx.text(actor.name),
            leads=", ".join(leads[actor.id]) or DASH,
            takes_part=", ".join(takes_part[actor.id]) or DASH,
            capacity=DASH if actor.capacity is None else str(actor.capacity),
        )
        for actor in ctx.actors.values()
    )


def _responsibilities(ctx: RoadmapContext) -> tuple[ResponsibilityRow, ...]:
    """The actor × action matrix: L where the actor leads, P where it takes part."""
    lead, part = label("lead_mark", ctx.lang), label("participant_mark", ctx.lang)
    rows = []
    for action in ctx.dataset.actions:
        placement = ctx.plan.by_id.get(action.id)
        cells = tuple(
            lead if a == action.lead else part if a in action.participants else ""
            for a in ctx.actors
        )
        rows.append(
            ResponsibilityRow(
                id=action.id,
                title=ctx.text(action.title),
                area_id=ctx.area_of(action),
                phase=placement.phase if placement else "",
                cells=cells,
            )
        )
    return tuple(rows)


def _pledged(fundings: Iterable[Funding]) -> dict[str, int]:
    amounts = dict.fromkeys(FUNDING, 0)
    for funding in fundings:
        amounts[funding.status] += funding.amount_eur
    return amounts


def _money_row(
    lang: str, name: str, note: str, pledged: dict[str, int], cost: int | None
) -> MoneyRow:
    """`cost` is what the row is measured against: a source's amount or a phase's cost."""
    total = sum(pledged.values())
    return MoneyRow(
        name=name,
        note=note,
        cost=DASH if cost is None else money(cost, lang),
        secured=money(pledged["secured"], lang),
        applied=money(pledged["applied"], lang),
        planned=money(pledged["planned"], lang),
        total=money(total, lang),
        gap=DASH if cost is None else money(cost - total, lang),
    )


def _by_source(ctx: RoadmapContext) -> tuple[MoneyRow, ...]:
    """Per funding source: its window and amount, what actions draw from it, and what
    remains of its amount (negative when overdrawn)."""
    live = [a for a in ctx.dataset.actions if ctx.status(a) != "cancelled"]
    rows = []
    for source_id, source in ctx.sources.items():
        note = DASH
        if source.window is not None:
            window = source.window
            note = month_span(parse_month(window.start), parse_month(window.end), ctx.lang)
        drawn = _pledged(f for a in live for f in a.funding if f.source == source_id)
        rows.append(_money_row(ctx.lang, ctx.text(source.name), note, drawn, source.amount_eur))
    every = _pledged(f for a in live for f in a.funding)
    rows.append(_money_row(ctx.lang, label("total", ctx.lang), "", every, None))
    return tuple(rows)


def _by_phase(ctx: RoadmapContext) -> tuple[MoneyRow, ...]:
    """Per phase: the cost of its actions, their funding, and the gap left unfunded."""
    groups = [(f"phase_{p}", [a for a, q in ctx.scheduled if q.phase == p]) for p in PHASES]
    groups.append(("total", [a for a, _p in ctx.scheduled]))
    return tuple(
        _money_row(
            ctx.lang,
            label(key, ctx.lang),
            "",
            _pledged(f for a in actions for f in a.funding),
            sum(a.cost_eur for a in actions),
        )
        for key, actions in groups
    )
