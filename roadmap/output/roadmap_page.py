"""The roadmap page: every value the Markdown and HTML roadmaps show, formatted in one
language, its tables (traceability, KPIs, actors, funding) among them; the templates
(roadmap.md.j2, roadmap.html.j2) only loop and print."""

from __future__ import annotations

import os
from collections.abc import Iterable

from roadmap.models import Action, Funding, Kpi
from roadmap.models.actions import PHASES
from roadmap.monitoring.kpis import kpi_progress
from roadmap.months import parse_month
from roadmap.output.charts import pools
from roadmap.output.charts.gantt import gantt_chart
from roadmap.output.charts.mermaid import dependency_graph, gantt
from roadmap.output.context import RoadmapContext
from roadmap.output.plan_page import phase_months
from roadmap.output.provenance import provenance_summary
from roadmap.output.render import Row, Verbatim
from roadmap.planning.result import Placement
from roadmap.texts import (
    DASH,
    counted,
    format_int,
    format_number,
    label,
    labels,
    money,
    month_short,
    month_span,
    percent,
    unit,
)

FUNDING = ("secured", "applied", "planned")


def roadmap_page(ctx: RoadmapContext) -> Row:
    """The roadmap of `ctx.plan` in `ctx.lang`."""
    lang, strategy = ctx.lang, ctx.dataset.strategy
    title = ctx.text(strategy.name)
    return Row(
        lang=lang,
        labels=labels(lang),
        title=title,
        subtitle=ctx.text(strategy.subtitle),
        vision=ctx.text(strategy.vision),
        mission=ctx.text(strategy.mission),
        facts=_facts(ctx),
        phases=_phases(ctx),
        unscheduled=tuple(action_row(ctx, a, None) for a in ctx.unscheduled),
        gantt_mermaid=Verbatim(gantt(ctx, title)),
        graph_mermaid=Verbatim(dependency_graph(ctx)),
        traceability=traceability(ctx),
        kpis=tuple(kpi_row(ctx, g.id, kpi) for g in ctx.dataset.goals for kpi in g.kpis),
        actors=actors(ctx),
        responsibilities=tuple(
            action_row(ctx, a, ctx.plan.by_id.get(a.id)) for a in ctx.dataset.actions
        ),
        funding_by_source=by_source(ctx),
        funding_by_phase=by_phase(ctx),
        critical_path=tuple(
            action_row(ctx, ctx.actions[p.id], p)
            for p in (ctx.plan.by_id.get(i) for i in ctx.plan.critical_path)
            if p is not None and p.id in ctx.actions
        ),
        warnings=tuple(
            Row(
                code=d.code,
                severity=label(f"severity_{d.severity}", lang),
                where=f"{os.path.basename(d.file)}:{d.line}"
                if d.line
                else os.path.basename(d.file),
                message=d.message,
            )
            for d in ctx.warnings
        ),
        provenance=provenance_summary(ctx.dataset, lang),
        areas=tuple(Row(value=a, label=ctx.area_title(a)) for a in ctx.areas),
        phase_options=tuple(Row(value=p, label=label(f"phase_{p}", lang)) for p in PHASES),
        gantt_svg=gantt_chart(ctx, title),
        as_of_drawn=ctx.progress_month is not None,
        deferred=tuple(
            Row(
                id=d.id,
                title=ctx.text(ctx.actions[d.id].title),
                area=ctx.area_title(ctx.area_of(ctx.actions[d.id])),
                lead=ctx.actions[d.id].lead,
                cost=money(ctx.actions[d.id].cost_eur, lang),
                reason=d.reason,
            )
            for d in ctx.plan.deferred
        ),
        pool_table=pools.pool_table(ctx),
        pool_charts=pools.pool_charts(ctx),
    )


def _facts(ctx: RoadmapContext) -> tuple[Row, ...]:
    lang, plan, strategy = ctx.lang, ctx.plan, ctx.dataset.strategy
    live = [a for a in ctx.dataset.actions if ctx.status(a) != "cancelled"]
    cost = sum(a.cost_eur for a in live)
    pledged = pledged_by_status(f for a in live for f in a.funding)
    horizon = strategy.horizon
    facts = [("horizon", month_span(parse_month(horizon.start), parse_month(horizon.end), lang))]
    if strategy.adopted:
        facts.append(("adopted", month_short(parse_month(strategy.adopted), lang)))
    facts += [
        ("objectives", format_int(len(strategy.objectives), lang)),
        ("areas", format_int(len(strategy.areas), lang)),
        ("goals", format_int(len(ctx.goals), lang)),
        ("kpis", format_int(sum(len(g.kpis) for g in ctx.dataset.goals), lang)),
        ("actions", format_int(len(ctx.dataset.actions), lang)),
        ("actors", format_int(len(ctx.actors), lang)),
        ("total_cost", money(cost, lang)),
        *((f"funding_{s}", money(pledged[s], lang)) for s in FUNDING),
        ("funding_gap", money(max(0, cost - sum(pledged.values())), lang)),
        ("plan_finish", month_short(plan.finish - 1, lang)),
        ("feasible", label("yes" if plan.feasible else "no", lang)),
    ]
    objective = plan.objective
    if objective is not None and objective.status != "heuristic":
        value = format_int(round(objective.value), lang)
        status = label(f"objective_{objective.status}", lang)
        facts.append(
            ("optimised_for", f"{label('objective_' + objective.name, lang)}: {value} ({status})")
        )
    if plan.deferred:
        facts.append(("deferred", format_int(len(plan.deferred), lang)))
    if ctx.progress_month is not None:
        facts.append(("as_of", month_short(ctx.progress_month, lang)))
    return tuple(Row(value=value, label=label(key, lang)) for key, value in facts)


def action_row(ctx: RoadmapContext, action: Action, placement: Placement | None) -> Row:
    """One action with its planned dates, or dashes when the plan leaves it out."""
    lang = ctx.lang
    area_id = ctx.area_of(action)
    status = ctx.status(action)
    done = ctx.percent(action)
    abbr = label("months_abbr", lang)
    roles = dict.fromkeys(action.participants, label("participant_mark", lang))
    roles[action.lead] = label("lead_mark", lang)
    depends = [
        f"{d.id} (+{d.lag_months} {abbr})" if d.lag_months else d.id for d in action.dependencies()
    ]
    return Row(
        id=action.id,
        title=ctx.text(action.title),
        area_id=area_id,
        area=ctx.area_title(area_id),
        phase=placement.phase if placement else "",
        lead=ctx.actor_name(action.lead),
        start=month_short(placement.start, lang) if placement else DASH,
        finish=month_short(placement.finish - 1, lang) if placement else DASH,
        duration=counted(
            placement.finish - placement.start if placement else action.duration_months,
            "month",
            lang,
        ),
        cost=money(action.cost_eur, lang),
        status=status,
        status_label=label(f"status_{status}", lang),
        slack=counted(placement.slack, "month", lang) if placement else DASH,
        critical=bool(placement and placement.critical),
        progress=percent(None if done is None else done / 100, lang),
        depends_on=", ".join(depends) or DASH,
        roles=tuple(roles.get(a, "") for a in ctx.actors),
    )


def _phases(ctx: RoadmapContext) -> tuple[Row, ...]:
    phases = []
    for key, (first, end) in phase_months(ctx.plan).items():
        last = max(end, ctx.plan.finish - 1) if key == "long" else end
        placed = [(a, p) for a, p in ctx.scheduled if p.phase == key]
        phases.append(
            Row(
                key=key,
                title=label(f"phase_{key}", ctx.lang),
                span=month_span(first, max(first, last), ctx.lang),
                cost=money(sum(a.cost_eur for a, _p in placed), ctx.lang),
                actions=tuple(action_row(ctx, a, p) for a, p in placed),
            )
        )
    return tuple(phases)


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
        **{status: money(pledged[status], lang) for status in FUNDING},
        total=money(total, lang),
        gap=DASH if cost is None else money(cost - total, lang),
    )


def by_source(ctx: RoadmapContext) -> tuple[Row, ...]:
    """Per funding source: its window and amount, what actions draw from it, and what
    remains of its amount (negative when overdrawn)."""
    live = [a for a in ctx.dataset.actions if ctx.status(a) != "cancelled"]
    rows = []
    for source in ctx.dataset.strategy.funding_sources:
        note = DASH
        if source.window is not None:
            window = source.window
            note = month_span(parse_month(window.start), parse_month(window.end), ctx.lang)
        drawn = pledged_by_status(f for a in live for f in a.funding if f.source == source.id)
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
