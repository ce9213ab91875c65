"""The plan prepared for people: rows per phase with every value already formatted.

The text and Markdown reports print these values and decide nothing themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from roadmap.models import Dataset, text_in
from roadmap.models.actions import PHASES, Phase
from roadmap.months import format_month
from roadmap.scheduling.result import Objective, Placement, Plan

PHASE_TITLES = {
    "en": {"short": "Short term", "medium": "Medium term", "long": "Long term"},
    "bg": {"short": "Краткосрочни", "medium": "Средносрочни", "long": "Дългосрочни"},
}


class Row(NamedTuple):
    """One action as printed (a tuple: a large plan makes one per action, and a frozen
    dataclass took four times as long to make)."""

    id: str
    title: str
    months: str
    lead: str
    cost: str
    slack: str
    critical: bool
    fixed: bool


@dataclass(frozen=True)
class PhaseSection:
    """One phase: its title, month range, rows and totals."""

    phase: Phase
    title: str
    span: str
    rows: tuple[Row, ...]
    cost: str


class DeferredRow(NamedTuple):
    """An action `--select` left out, and the limit that pushed it out."""

    id: str
    title: str
    reason: str
    cost: str


@dataclass(frozen=True)
class PlanView:
    """Everything a plan report prints."""

    name: str
    horizon: str
    sections: tuple[PhaseSection, ...]
    summary: str
    critical_path: str
    deferred: tuple[DeferredRow, ...] = ()
    deferred_summary: str = ""
    objective: str = ""
    """How good the plan is, for an optimised plan; empty for the priority rule's."""


def money(amount: int) -> str:
    """`1,250,000` (euros; the unit is in the column title)."""
    return f"{amount:,}"


def plan_view(plan: Plan, dataset: Dataset, lang: str = "en") -> PlanView:
    """The view of `plan` in `lang`."""
    titles = {a.id: text_in(a.title, lang) for a in dataset.actions}
    short, medium = plan.phase_bounds
    first = {"short": 0, "medium": short, "long": medium}
    last = {"short": short - 1, "medium": medium - 1}
    sections = []
    for phase in PHASES:
        placements = [p for p in plan.placements if p.phase == phase]
        begin = format_month(plan.horizon_start + first[phase])
        end = plan.horizon_end if phase == "long" else plan.horizon_start + last[phase]
        sections.append(
            PhaseSection(
                phase=phase,
                title=PHASE_TITLES.get(lang, PHASE_TITLES["en"])[phase],
                span=f"{begin} – {format_month(end)}",
                rows=tuple(_row(p, titles.get(p.id, p.id)) for p in placements),
                cost=money(sum(p.cost for p in placements)),
            )
        )
    errors = sum(1 for d in plan.diagnostics if d.severity == "error")
    state = "feasible" if plan.feasible else f"infeasible ({errors} error{'s' * (errors != 1)})"
    count = len(plan.placements)
    summary = (
        f"{count} action{'s' * (count != 1)}, ending {format_month(plan.finish - 1)}, "
        f"cost {money(sum(p.cost for p in plan.placements))} EUR, "
        f"{sum(p.critical for p in plan.placements)} critical; {state}"
    )
    if plan.as_of is not None:
        summary += f"; re-planned as of {format_month(plan.as_of)}"
    actions = {a.id: a for a in dataset.actions}
    deferred = tuple(
        DeferredRow(d.id, titles.get(d.id, d.id), d.reason, money(actions[d.id].cost_eur))
        for d in plan.deferred
    )
    if deferred:
        lost = sum(actions[d.id].cost_eur for d in plan.deferred)
        summary += f"; {len(deferred)} deferred"
    return PlanView(
        name=text_in(dataset.strategy.name, lang),
        horizon=f"{format_month(plan.horizon_start)} – {format_month(plan.horizon_end)}",
        sections=tuple(sections),
        summary=summary,
        critical_path=" → ".join(plan.critical_path) or "(none)",
        deferred=deferred,
        deferred_summary=(
            f"{len(deferred)} action{'s' * (len(deferred) != 1)} deferred by --select, "
            f"{money(lost)} EUR, not in the plan"
            if deferred
            else ""
        ),
        objective=objective_text(plan.objective),
    )


def objective_text(objective: Objective | None) -> str:
    """`Optimised for the plan finish: 64 months, proven optimal`, or the bound reached."""
    if objective is None or objective.status == "heuristic":
        return ""
    if objective.name == "finish":
        what, unit = "the plan finish", " months"
    else:
        what, unit = "priority value (score x finish month)", ""
    value = f"{objective.value:,.4g}" if objective.name == "finish" else f"{objective.value:,.2f}"
    if objective.status == "optimal":
        return f"Optimised for {what}: {value}{unit}, proven optimal"
    bound = objective.bound if objective.bound is not None else objective.value
    shown = f"{bound:,.4g}" if objective.name == "finish" else f"{bound:,.2f}"
    if bound >= objective.value:
        return (
            f"Optimised for {what}: {value}{unit}, the best for the actions kept; the "
            "choice of what to defer is the best found in the time limit"
        )
    return (
        f"Optimised for {what}: {value}{unit}, the best found in the time limit; "
        f"no plan can do better than {shown}{unit}"
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
