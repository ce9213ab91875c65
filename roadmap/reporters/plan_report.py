"""The plan as JSON (the fixed interface of spec section 8) and as Markdown."""

from __future__ import annotations

import json
from typing import Any

from roadmap.models import Dataset
from roadmap.months import format_month
from roadmap.reporters.plan_view import plan_view
from roadmap.scheduling.result import Placement, Plan, Reason


def plan_json(plan: Plan) -> str:
    """One JSON object: horizon, actions, critical_path, plus finish and diagnostics.

    Each action has the fixed keys (id, start, finish, phase, slack_months, critical) and
    the facts behind them (lead, duration, cost, earliest start, score, binding reasons).
    """
    payload = {
        "horizon": {
            "start": format_month(plan.horizon_start),
            "end": format_month(plan.horizon_end),
        },
        "as_of": None if plan.as_of is None else format_month(plan.as_of),
        "finish": format_month(plan.finish),
        "feasible": plan.feasible,
        "actions": [_action(p) for p in plan.placements],
        "critical_path": list(plan.critical_path),
        "diagnostics": [d.as_dict() for d in plan.diagnostics],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _action(placement: Placement) -> dict[str, Any]:
    return {
        "id": placement.id,
        "start": format_month(placement.start),
        "finish": format_month(placement.finish),
        "phase": placement.phase,
        "slack_months": placement.slack,
        "critical": placement.critical,
        "lead": placement.lead,
        "duration_months": placement.duration,
        "cost_eur": placement.cost,
        "earliest_start": format_month(placement.earliest),
        "priority_score": round(placement.score, 4),
        "fixed": placement.fixed,
        "reasons": [_reason(r) for r in placement.reasons],
    }


def _reason(reason: Reason) -> dict[str, Any]:
    out: dict[str, Any] = {
        "binding": reason.binding,
        "month": format_month(reason.month),
        "detail": reason.detail,
    }
    if reason.predecessor is not None:
        out["predecessor"] = reason.predecessor
        out["lag_months"] = reason.lag
    if reason.actor is not None:
        out["actor"] = reason.actor
        out["holders"] = list(reason.holders)
    if reason.year is not None:
        out["year"] = reason.year
    return out


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def plan_markdown(plan: Plan, dataset: Dataset, lang: str = "en") -> str:
    """The plan as Markdown: a summary, a table per phase, the critical path, problems."""
    view = plan_view(plan, dataset, lang)
    out = [f"# {_cell(view.name)}: plan", "", f"Horizon {view.horizon}. {view.summary}.", ""]
    for section in view.sections:
        out += [f"## {section.title} ({section.span})", ""]
        if not section.rows:
            out += ["No actions start in this phase.", ""]
            continue
        out += [
            "| Action | Title | Months | Lead | Cost (EUR) | Slack | Critical |",
            "|---|---|---|---|---:|---:|:---:|",
        ]
        for row in section.rows:
            mark = "yes" if row.critical else ""
            title = _cell(row.title) + (" (as recorded)" if row.fixed else "")
            out.append(
                f"| {row.id} | {title} | {row.months} | {row.lead} | {row.cost} "
                f"| {row.slack} | {mark} |"
            )
        out += ["", f"Phase cost: {section.cost} EUR.", ""]
    out += ["## Critical path", "", view.critical_path, ""]
    if plan.diagnostics:
        out += ["## Problems", ""]
        for d in plan.diagnostics:
            where = f"{d.file}:{d.line}" if d.line else d.file
            out.append(f"- **{d.severity} {d.code}** `{where}`: {_cell(d.message)}")
        out.append("")
    return "\n".join(out)
