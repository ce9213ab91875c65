"""The plan page: rows per phase with every value already formatted, which the text
report (roadmap.output.text) and the Markdown one (plan.md.j2) print."""

from __future__ import annotations

from roadmap.diagnostics import Severity
from roadmap.models import Dataset, text_in
from roadmap.models.actions import PHASES, Phase
from roadmap.months import format_month
from roadmap.output.i18n import counted, label, labels, money
from roadmap.output.render import Row
from roadmap.planning.result import Placement, Plan


def phase_span(plan: Plan, phase: Phase) -> str:
    """The months of `phase`, both inclusive: `2021-01 – 2021-12`."""
    short, medium = plan.phase_bounds
    first = plan.horizon_start + {"short": 0, "medium": short, "long": medium}[phase]
    last = {"short": short - 1, "medium": medium - 1}
    end = plan.horizon_start + last[phase] if phase in last else plan.horizon_end
    return f"{format_month(first)} – {format_month(end)}"


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
        critical=sum(p.critical for p in plan.placements),
        state=state,
    )
    if plan.as_of is not None:
        summary += label("plan_replanned", lang).format(month=format_month(plan.as_of))
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
    )


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


def plan_markdown(page: Row) -> str:
    """`roadmap plan --format markdown`."""
    from roadmap.output.render import render  # noqa: PLC0415

    return render("plan.md.j2", page)
