"""Assemble the roadmap's view from a checked dataset and its plan."""

from __future__ import annotations

import os

from roadmap.diagnostics import Diagnostic, Severity
from roadmap.models.actions import PHASES
from roadmap.months import parse_month
from roadmap.views import money, pools, tables
from roadmap.views.context import RoadmapContext
from roadmap.views.gantt_svg import build_gantt
from roadmap.views.i18n import Labels, format_int, format_money, label, month_short, month_span
from roadmap.views.mermaid import dependency_graph, gantt
from roadmap.views.model import Fact, FilterOption, RoadmapView, Verbatim, WarningRow


def _facts(ctx: RoadmapContext) -> tuple[Fact, ...]:
    lang, plan, strategy = ctx.lang, ctx.plan, ctx.dataset.strategy
    live = [a for a in ctx.dataset.actions if ctx.status(a) != "cancelled"]
    cost = sum(a.cost_eur for a in live)
    pledged = {"secured": 0, "applied": 0, "planned": 0}
    for action in live:
        for funding in action.funding:
            pledged[funding.status] += funding.amount_eur
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
        ("total_cost", format_money(cost, lang)),
        ("funding_secured", format_money(pledged["secured"], lang)),
        ("funding_applied", format_money(pledged["applied"], lang)),
        ("funding_planned", format_money(pledged["planned"], lang)),
        ("funding_gap", format_money(max(0, cost - sum(pledged.values())), lang)),
        ("plan_finish", month_short(plan.finish - 1, lang)),
        ("feasible", label("yes" if plan.feasible else "no", lang)),
    ]
    objective = plan.objective
    if objective is not None and objective.status != "heuristic":
        value = format_int(round(objective.value), lang)
        facts.append(
            (
                "optimised_for",
                f"{label('objective_' + objective.name, lang)}: {value}"
                f" ({label('objective_' + objective.status, lang)})",
            )
        )
    if plan.deferred:
        facts.append(("deferred", format_int(len(plan.deferred), lang)))
    if ctx.dataset.progress is not None:
        facts.append(("as_of", month_short(parse_month(ctx.dataset.progress.as_of), lang)))
    return tuple(Fact(label(key, lang), value) for key, value in facts)


def _warnings(ctx: RoadmapContext) -> tuple[WarningRow, ...]:
    def where(d: Diagnostic) -> str:
        name = os.path.basename(d.file) if d.file else ""
        return f"{name}:{d.line}" if d.line else name

    return tuple(
        WarningRow(
            code=d.code,
            severity=label(
                "severity_error" if d.severity is Severity.ERROR else "severity_warning", ctx.lang
            ),
            where=where(d),
            message=d.message,
        )
        for d in ctx.warnings
    )


def build_view(ctx: RoadmapContext) -> RoadmapView:
    """Every value the Markdown and HTML roadmaps show, formatted for `ctx.lang`."""
    lang = ctx.lang
    strategy = ctx.dataset.strategy
    title = ctx.text(strategy.name)
    return RoadmapView(
        lang=lang,
        labels=Labels(lang),
        title=title,
        subtitle=ctx.text(strategy.subtitle),
        vision=ctx.text(strategy.vision),
        mission=ctx.text(strategy.mission),
        facts=_facts(ctx),
        phases=tables.phases(ctx),
        unscheduled=tables.unscheduled(ctx),
        gantt_mermaid=Verbatim(gantt(ctx, title)),
        graph_mermaid=Verbatim(dependency_graph(ctx)),
        traceability=tables.traceability(ctx),
        kpis=tables.kpis(ctx),
        actors=tables.actors(ctx),
        responsibilities=tables.responsibilities(ctx),
        funding_by_source=money.by_source(ctx),
        funding_by_phase=money.by_phase(ctx),
        critical_path=tables.critical_path(ctx),
        warnings=_warnings(ctx),
        areas=tuple(FilterOption(a, ctx.area_title(a)) for a in ctx.areas),
        phase_options=tuple(FilterOption(p, label(f"phase_{p}", lang)) for p in PHASES),
        gantt_svg=build_gantt(ctx, title),
        deferred=pools.deferred_rows(ctx),
        pool_table=pools.pool_table(ctx),
        pool_charts=pools.pool_charts(ctx),
    )
