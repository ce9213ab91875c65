"""Rows of the roadmap's tables: actions per phase, traceability, KPIs, responsibilities."""

from __future__ import annotations

from roadmap.models import Action, Kpi
from roadmap.models.actions import PHASES
from roadmap.months import parse_month
from roadmap.scheduling.result import Placement
from roadmap.views.context import RoadmapContext
from roadmap.views.i18n import (
    duration,
    format_money,
    format_number,
    format_percent,
    label,
    month_short,
    month_span,
)
from roadmap.views.model import (
    ActionRow,
    ActorColumn,
    KpiRow,
    PathStep,
    PhaseView,
    Responsibility,
    TraceRow,
)

DASH = "—"


def action_row(ctx: RoadmapContext, action: Action, placement: Placement | None) -> ActionRow:
    """One action with its planned dates, or dashes when the plan leaves it out."""
    lang = ctx.lang
    area_id = ctx.area_of(action)
    status = ctx.status(action)
    percent = ctx.percent(action)
    phase = placement.phase if placement else ""
    return ActionRow(
        id=action.id,
        title=ctx.text(action.title),
        area_id=area_id,
        area=ctx.area_title(area_id),
        phase=phase,
        phase_label=label(f"phase_{phase}", lang) if phase else DASH,
        lead=ctx.actor_name(action.lead),
        start=month_short(placement.start, lang) if placement else DASH,
        finish=month_short(placement.finish - 1, lang) if placement else DASH,
        duration=duration(action.duration_months, lang),
        cost=format_money(action.cost_eur, lang),
        funded=format_money(ctx.funded(action), lang),
        status=status,
        status_label=label(f"status_{status}", lang),
        slack=duration(placement.slack, lang) if placement else DASH,
        critical=bool(placement and placement.critical),
        deadline=month_short(parse_month(action.deadline), lang) if action.deadline else DASH,
        progress=format_percent(percent / 100, lang) if percent is not None else DASH,
        depends_on=_dependencies(action, lang),
    )


def _dependencies(action: Action, lang: str) -> str:
    months = label("months_abbr", lang)
    parts = [
        f"{d.id} (+{d.lag_months} {months})" if d.lag_months else d.id
        for d in action.dependencies()
    ]
    return ", ".join(parts) or DASH


def phases(ctx: RoadmapContext) -> tuple[PhaseView, ...]:
    """The three phases, each with its months and the actions that start in it."""
    plan = ctx.plan
    short, medium = plan.phase_bounds
    last = max(plan.horizon_end, plan.finish - 1)
    bounds = {
        "short": (plan.horizon_start, plan.horizon_start + short - 1),
        "medium": (plan.horizon_start + short, plan.horizon_start + medium - 1),
        "long": (plan.horizon_start + medium, last),
    }
    result = []
    for key in PHASES:
        rows = [action_row(ctx, a, p) for a, p in ctx.scheduled if p.phase == key]
        cost = sum(a.cost_eur for a, p in ctx.scheduled if p.phase == key)
        first, final = bounds[key]
        result.append(
            PhaseView(
                key=key,
                title=label(f"phase_{key}", ctx.lang),
                span=month_span(first, max(first, final), ctx.lang),
                cost=format_money(cost, ctx.lang),
                actions=tuple(rows),
            )
        )
    return tuple(result)


def unscheduled(ctx: RoadmapContext) -> tuple[ActionRow, ...]:
    """Actions the plan leaves out, such as cancelled ones."""
    return tuple(action_row(ctx, a, None) for a in ctx.unscheduled)


def traceability(ctx: RoadmapContext) -> tuple[TraceRow, ...]:
    """Each goal with its area, objectives, the actions that serve it and its KPIs."""
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


def _progress(kpi: Kpi, value: float) -> float:
    span = kpi.target.value - kpi.baseline.value
    if span == 0:
        return 1.0
    return max(0.0, min(1.0, (value - kpi.baseline.value) / span))


def kpis(ctx: RoadmapContext) -> tuple[KpiRow, ...]:
    """Every KPI: baseline, target and the latest measurement with its progress."""
    lang = ctx.lang
    rows = []
    for kpi_id, (goal, kpi) in ctx.kpis.items():
        record = ctx.latest_measurements.get(kpi_id)
        latest = DASH
        progress = DASH
        if record is not None:
            when = month_short(parse_month(record.date), lang)
            latest = f"{format_number(record.value, lang)} ({when})"
            progress = format_percent(_progress(kpi, record.value), lang)
        rows.append(
            KpiRow(
                id=kpi.id,
                name=ctx.text(kpi.name),
                goal=goal.id,
                unit=kpi.unit,
                direction=label(f"direction_{kpi.direction}", lang),
                baseline=f"{format_number(kpi.baseline.value, lang)} ({kpi.baseline.year})",
                target=f"{format_number(kpi.target.value, lang)} ({kpi.target.year})",
                latest=latest,
                progress=progress,
            )
        )
    return tuple(rows)


def actors(ctx: RoadmapContext) -> tuple[ActorColumn, ...]:
    """Every actor with the actions it leads and takes part in."""
    leads: dict[str, list[str]] = {a: [] for a in ctx.actors}
    takes_part: dict[str, list[str]] = {a: [] for a in ctx.actors}
    for action in ctx.dataset.actions:
        leads.setdefault(action.lead, []).append(action.id)
        for actor_id in dict.fromkeys(action.participants):
            if actor_id != action.lead:
                takes_part.setdefault(actor_id, []).append(action.id)
    return tuple(
        ActorColumn(
            id=actor.id,
            name=ctx.text(actor.name),
            leads=", ".join(leads[actor.id]) or DASH,
            takes_part=", ".join(takes_part[actor.id]) or DASH,
            capacity=str(actor.capacity) if actor.capacity is not None else DASH,
        )
        for actor in ctx.actors.values()
    )


def responsibilities(ctx: RoadmapContext) -> tuple[Responsibility, ...]:
    """The actor × action matrix: L where the actor leads, P where it takes part."""
    lead_mark = label("lead_mark", ctx.lang)
    part_mark = label("participant_mark", ctx.lang)
    rows = []
    for action in ctx.dataset.actions:
        participants = set(action.participants)
        cells = tuple(
            lead_mark if actor_id == action.lead else part_mark if actor_id in participants else ""
            for actor_id in ctx.actors
        )
        placement = ctx.plan.by_id.get(action.id)
        rows.append(
            Responsibility(
                id=action.id,
                title=ctx.text(action.title),
                area_id=ctx.area_of(action),
                phase=placement.phase if placement else "",
                cells=cells,
            )
        )
    return tuple(rows)


def critical_path(ctx: RoadmapContext) -> tuple[PathStep, ...]:
    """The actions of the critical path, in order."""
    steps = []
    for action_id in ctx.plan.critical_path:
        placement = ctx.plan.by_id.get(action_id)
        action = ctx.actions.get(action_id)
        if placement is None or action is None:
            continue
        steps.append(
            PathStep(
                id=action_id,
                title=ctx.text(action.title),
                start=month_short(placement.start, ctx.lang),
                finish=month_short(placement.finish - 1, ctx.lang),
                duration=duration(placement.finish - placement.start, ctx.lang),
            )
        )
    return tuple(steps)
