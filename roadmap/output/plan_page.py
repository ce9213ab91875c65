"""The plan page: rows per phase with every value already formatted, which the text
report (roadmap.output.text) and the Markdown one (plan.md.j2) print."""

from __future__ import annotations

from roadmap.diagnostics import Severity
from roadmap.models import Dataset, text_in
from roadmap.models.actions import PHASES, Phase
from roadmap.months import format_month
from roadmap.output.i18n import counted, label, money
from roadmap.output.render import Row
from roadmap.scheduling.result import Placement, Plan


def phase_span(plan: Plan, phase: Phase) -> str:
    """The months of `phase`, both inclusive: `2021-01 – 2021-12`."""
    short, medium = plan.phase_bounds
    first = plan.horizon_start + {"short": 0, "medium": short, "long": medium}[phase]
    last = {"short": short - 1, "medium": medium - 1}
    end = plan.horizon_start + last[phase] if phase in last else plan.horizon_end
    return f"{format_month(first)} – {format_month(end)}"


def plan_page(plan: Plan, dataset: Dataset, lang: str = "en") -> Row:
    """The page of `plan`, titles in `lang`; money and counts are written in English."""
    titles = {a.id: text_in(a.title, lang) for a in dataset.actions}
    sections = []
    for phase in PHASES:
        placed = [p for p in plan.placements if p.phase == phase]
        sections.append(
            Row(
                title=label(f"phase_{phase}", lang),
                span=phase_span(plan, phase),
                rows=tuple(_row(p, titles.get(p.id, p.id)) for p in placed),
                cost=money(sum(p.cost for p in placed)),
            )
        )
    errors = sum(d.severity is Severity.ERROR for d in plan.diagnostics)
    state = "feasible" if plan.feasible else f"infeasible ({counted(errors, 'error')})"
    summary = (
        f"{counted(len(plan.placements), 'action')}, ending {format_month(plan.finish - 1)}, "
        f"cost {money(sum(p.cost for p in plan.placements))}, "
        f"{sum(p.critical for p in plan.placements)} critical; {state}"
    )
    if plan.as_of is not None:
        summary += f"; re-planned as of {format_month(plan.as_of)}"
    return Row(
        name=text_in(dataset.strategy.name, lang),
        horizon=f"{format_month(plan.horizon_start)} – {format_month(plan.horizon_end)}",
        sections=tuple(sections),
        summary=summary,
        critical_path=" → ".join(plan.critical_path) or "(none)",
        feasible=plan.feasible,
        diagnostics=tuple(plan.diagnostics),
    )


def _row(placement: Placement, title: str) -> Row:
    last = format_month(placement.finish - 1)
    return Row(
        id=placement.id,
        title=title,
        months=f"{format_month(placement.start)} → {last} ({placement.duration})",
        lead=placement.lead,
        cost=money(placement.cost),
        slack=str(placement.slack),
        critical=placement.critical,
        fixed=placement.fixed,
    )


def plan_markdown(page: Row) -> str:
    """`roadmap plan --format markdown`."""
    from roadmap.output.render import render  # noqa: PLC0415

    return render("plan.md.j2", page)
