"""The plan page: rows per phase with every value already formatted, which the text
report (roadmap.output.text) and the Markdown one (plan.md.j2) print."""

from __future__ import annotations

from roadmap.diagnostics import Severity
from roadmap.models import Dataset, text_in
from roadmap.models.actions import PHASES, Phase
from roadmap.months import format_month
from roadmap.output.render import Row
from roadmap.planning.result import Objective, Placement, Plan
from roadmap.texts import counted, label, labels, money


def phase_months(plan: Plan) -> dict[Phase, tuple[int, int]]:
    """The first and last month of each phase; the long term ends with the horizon."""
    start, (short, medium) = plan.horizon_start, plan.phase_bounds
    return {
        "short": (start, start + short - 1),
        "medium": (start + short, start + medium - 1),
        "long": (start + medium, plan.horizon_end),
    }


def phase_span(plan: Plan, phase: Phase) -> str:
    """The months of `phase`, both inclusive: `2021-01 – 2021-12`."""
    first, last = phase_months(plan)[phase]
    return f"{format_month(first)} – {format_month(last)}"


def plan_page(plan: Plan, dataset: Dataset, lang: str = "en") -> Row:
    """The page of `plan`, every label, title, sum and count in `lang`."""
    titles = {a.id: text_in(a.title, lang) for a in dataset.actions}
    sections = []
    for phase in PHASES:
        placed = [p for p in plan.placements if p.phase == phase]
        sections.append(
            Row(
                title=label(f"phase_{phase}", lang),
                span=phase_span(plan, phase),
                rows=tuple(_row(p, titles.get(p.id, p.id), lang) for p in placed),
                cost=money(sum(p.cost for p in placed), lang),
            )
        )
    errors = sum(d.severity is Severity.ERROR for d in plan.diagnostics)
    state = label("plan_feasible", lang)
    if not plan.feasible:
        state = label("plan_infeasible", lang).format(errors=counted(errors, "error", lang))
    summary = label("plan_summary", lang).format(
        actions=counted(len(plan.placements), "action", lang),
        finish=format_month(plan.finish - 1),
        cost=money(sum(p.cost for p in plan.placements), lang),
        critical=counted(sum(p.critical for p in plan.placements), "critical", lang),
        state=state,
    )
    if not plan.placements:
        summary = label("plan_empty", lang)
    if plan.as_of is not None:
        summary += label("plan_replanned", lang).format(month=format_month(plan.as_of))
    costs = {a.id: a.cost_eur for a in dataset.actions}
    deferred = tuple(
        Row(id=d.id, title=titles.get(d.id, d.id), reason=d.reason, cost=money(costs[d.id], lang))
        for d in plan.deferred
    )
    deferred_summary = ""
    if deferred:
        summary += label("plan_deferred", lang).format(
            count=counted(len(deferred), "deferred", lang)
        )
        deferred_summary = label("deferred_summary", lang).format(
            actions=counted(len(deferred), "action", lang),
            cost=money(sum(costs[d.id] for d in plan.deferred), lang),
        )
    return Row(
        lang=lang,
        labels=labels(lang),
        name=text_in(dataset.strategy.name, lang),
        horizon=f"{format_month(plan.horizon_start)} – {format_month(plan.horizon_end)}",
        sections=tuple(sections),
        summary=summary,
        critical_path=" → ".join(plan.critical_path) or label("none_paren", lang),
        feasible=plan.feasible,
        diagnostics=tuple(plan.diagnostics),
        deferred=deferred,
        deferred_summary=deferred_summary,
        objective=objective_text(plan.objective, lang),
    )


def objective_text(objective: Objective | None, lang: str = "en") -> str:
    """`Optimised for the plan finish: 64 months, proven optimal`, or the bound reached;
    empty for the priority rule's plan."""
    if objective is None or objective.status == "heuristic":
        return ""

    def shown(value: float) -> str:
        if objective.name == "finish":
            return counted(round(value), "month", lang)
        return f"{value:,.2f}".replace(",", " ") if lang == "bg" else f"{value:,.2f}"

    what = label(f"plan_objective_{objective.name}", lang)
    head = label("optimised_for_text", lang).format(what=what, value=shown(objective.value))
    if objective.status == "optimal":
        return f"{head}, {label('objective_optimal', lang)}"
    bound = objective.value if objective.bound is None else objective.bound
    if bound >= objective.value:
        return f"{head}, {label('best_for_kept', lang)}"
    return f"{head}, {label('best_found', lang).format(bound=shown(bound))}"


def _row(placement: Placement, title: str, lang: str) -> Row:
    last = format_month(placement.finish - 1)
    return Row(
        id=placement.id,
        title=title,
        months=f"{format_month(placement.start)} → {last} ({placement.duration})",
        lead=placement.lead,
        cost=money(placement.cost, lang),
        slack=str(placement.slack),
        critical=placement.critical,
        fixed=placement.fixed,
    )
