"""The JSON reports of `plan`, `explain`, `status` and `diff`.

The fixed interface (spec section 8) is a subset of each; every other key is an extra
for readers who want more. The plan is written one action per line (`json_lines`), so
that a large plan stays readable and two plans diff line by line.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from roadmap.diagnostics import Severity, count
from roadmap.models.actions import PHASES
from roadmap.months import format_month
from roadmap.planning.result import Objective

if TYPE_CHECKING:
    from roadmap.diffing.compare import Diff, Money
    from roadmap.diffing.snapshot import Snapshot
    from roadmap.monitoring.result import StatusResult
    from roadmap.planning.explain import Explanation
    from roadmap.planning.result import Placement, Plan, Reason

_compact = json.JSONEncoder(ensure_ascii=False).encode


def json_lines(payload: dict[str, Any]) -> str:
    """`payload` as JSON, a key a line, and each item of a list of objects on its own."""

    def value(item: object) -> str:
        if isinstance(item, list) and item and all(isinstance(i, dict) for i in item):
            return "[\n    " + ",\n    ".join(map(_compact, item)) + "\n  ]"
        return _compact(item)

    return "{\n" + ",\n".join(f"  {_compact(k)}: {value(v)}" for k, v in payload.items()) + "\n}\n"


def dumps(payload: object) -> str:
    """`payload` as indented JSON, non-ASCII characters kept, ending with a newline."""
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def plan_payload(plan: Plan) -> dict[str, Any]:
    """The plan: horizon, actions (the fixed keys, then the facts behind them: lead,
    duration, cost, earliest start, score, binding reasons), critical path, objective,
    deferred actions, problems. A plan made without an objective reports its finish, as
    the priority rule does."""
    finish = plan.finish - plan.horizon_start
    objective = plan.objective or Objective("finish", finish, None, "heuristic")
    return {
        "horizon": {
            "start": format_month(plan.horizon_start),
            "end": format_month(plan.horizon_end),
        },
        "as_of": _month(plan.as_of),
        "finish": format_month(plan.finish),
        "feasible": plan.feasible,
        "actions": [action_payload(p) for p in plan.placements],
        "critical_path": list(plan.critical_path),
        "objective": {
            "name": objective.name,
            "value": _number(objective.value),
            "bound": None if objective.bound is None else _number(objective.bound),
            "status": objective.status,
        },
        "deferred": [{"id": d.id, "reason": d.reason} for d in plan.deferred],
        "diagnostics": [d.as_dict() for d in plan.diagnostics],
    }


def _number(value: float) -> int | float:
    """A whole number as an int (months), anything else rounded to 4 places."""
    return int(value) if float(value).is_integer() else round(value, 4)


def plan_json(plan: Plan) -> str:
    """`roadmap plan --format json`."""
    return json_lines(plan_payload(plan))


def action_payload(p: Placement) -> dict[str, Any]:
    """One action of the plan."""
    return {
        "id": p.id,
        "start": format_month(p.start),
        "finish": format_month(p.finish),
        "phase": p.phase,
        "slack_months": p.slack,
        "critical": p.critical,
        "lead": p.lead,
        "duration_months": p.finish - p.start,
        "cost_eur": p.cost,
        "earliest_start": format_month(p.earliest),
        "priority_score": round(p.score, 4),
        "fixed": p.fixed,
        "reasons": [_reason(r) for r in p.reasons],
    }


def _reason(reason: Reason) -> dict[str, Any]:
    """One binding reason; the keys after `detail` depend on its kind."""
    payload: dict[str, Any] = {
        "binding": reason.binding,
        "month": format_month(reason.month),
        "detail": reason.detail,
    }
    if reason.predecessor is not None:
        payload |= {"predecessor": reason.predecessor, "lag_months": reason.lag}
    if reason.actor is not None:
        payload |= {"actor": reason.actor, "holders": list(reason.holders)}
    if reason.year is not None:
        payload["year"] = reason.year
    if reason.pool is not None:
        payload |= {"pool": reason.pool, "holders": list(reason.holders)}
    return payload


def explain_json(explanation: Explanation) -> str:
    """`roadmap explain --format json`: the facts of the text report."""
    facts = action_payload(explanation.placement)
    shown = ("id", "start", "finish", "phase", "slack_months", "critical", "earliest_start")
    return dumps(
        {
            **{key: facts[key] for key in shown},
            "reasons": [
                {"binding": r.binding, "detail": r.detail} for r in explanation.placement.reasons
            ],
            "chain": [link.id for link in explanation.chain],
            "depends_on": explanation.depends_on,
            "dependents": explanation.dependents,
            "what_ifs": [
                {"change": w.change, "start": format_month(w.start), "months_earlier": w.moved}
                for w in explanation.what_ifs
            ],
        }
    )


def _month(month: int | None) -> str | None:
    return None if month is None else format_month(month)


def status_json(result: StatusResult) -> str:
    """`roadmap status --format json`."""
    return dumps(
        {
            "as_of": format_month(result.as_of),
            "actions": [
                {
                    "id": a.id,
                    "state": a.state,
                    "reason": a.reason,
                    "planned_start": format_month(a.start),
                    "planned_finish": format_month(a.finish),
                    "expected": a.expected,
                    "percent": a.percent,
                    "last_record": _month(a.last_record),
                    "lead": a.lead,
                }
                for a in result.actions
            ],
            "kpis": [
                {
                    "id": k.id,
                    "progress": k.progress,
                    "light": k.light,
                    "expected": k.expected,
                    "value": k.value,
                    "date": _month(k.date),
                    "goal": k.goal,
                    "direction": k.direction,
                    "baseline": k.baseline,
                    "target": k.target,
                }
                for k in result.kpis
            ],
            "cancelled": list(result.cancelled),
            "unplanned": list(result.unplanned),
            "rollups": {
                "goals": [asdict(r) for r in result.goals],
                "areas": [asdict(r) for r in result.areas],
                "actors": [asdict(r) for r in result.actors],
            },
            "budget": asdict(result.budget),
            "thresholds": {
                "kpi_green": result.kpi_green,
                "kpi_amber": result.kpi_amber,
                "at_risk_lag": result.at_risk_lag,
            },
        }
    )


def diff_json(diff: Diff) -> str:
    """`roadmap diff --format json`: `added` and `removed` action ids and `moved`
    `{"id", "from": {start, finish, phase}, "to": {...}}` (spec section 8), then the rest
    of the review; `null` marks what a side cannot give (no data, or data that does
    not validate)."""
    return dumps(
        {
            "base": _side(diff.base, diff.finish_before),
            "head": _side(diff.head, diff.finish_after),
            "added": [a.id for a in diff.added],
            "removed": [a.id for a in diff.removed],
            "moved": [
                {"id": m.id, "title": m.title, "from": _slot(m.before), "to": _slot(m.after)}
                for m in diff.moved
            ],
            "actions": {
                key: [
                    {"id": a.id, "title": a.title, "plan": _slot(a.after or a.before)}
                    for a in found
                ]
                for key, found in (("added", diff.added), ("removed", diff.removed))
            },
            "changed": [asdict(c) for c in diff.changed],
            "critical_path": {
                "from": None if diff.critical_before is None else list(diff.critical_before),
                "to": None if diff.critical_after is None else list(diff.critical_after),
                "changed": diff.critical_changed,
            },
            "money": {
                "phases": [
                    {
                        "phase": phase,
                        "from": _money((diff.phases_before or {}).get(phase)),
                        "to": _money((diff.phases_after or {}).get(phase)),
                    }
                    for phase in PHASES
                ],
                "total": {"from": _money(diff.total_before), "to": _money(diff.total_after)},
            },
            "kpis": [
                {
                    "id": k.id,
                    "name": k.name,
                    "unit": k.unit,
                    "from": _target(k.before),
                    "to": _target(k.after),
                }
                for k in diff.kpis
            ],
            "diagnostics": {
                "new": [d.as_dict() for d in diff.new_diagnostics],
                "resolved": [d.as_dict() for d in diff.resolved_diagnostics],
            },
        }
    )


def _side(side: Snapshot, finish: int | None) -> dict[str, Any]:
    return {
        "revision": side.label,
        "commit": side.commit,
        "data": side.directory,
        "present": side.present,
        "valid": side.valid,
        "planned": side.plan is not None,
        "feasible": None if side.plan is None else side.plan.feasible,
        "finish": _month(finish),
        "errors": count(side.diagnostics, Severity.ERROR),
        "warnings": count(side.diagnostics, Severity.WARNING),
        "diagnostics": [d.as_dict() for d in side.diagnostics],
    }


def _slot(slot: Placement | None) -> dict[str, str] | None:
    if slot is None:
        return None
    return {
        "start": format_month(slot.start),
        "finish": format_month(slot.finish),
        "phase": slot.phase,
    }


def _target(target: tuple[float, int] | None) -> dict[str, float] | None:
    return None if target is None else {"value": target[0], "year": target[1]}


def _money(money: Money | None) -> dict[str, int] | None:
    if money is None:
        return None
    return {"cost_eur": money.cost, "funding_eur": money.funding, "secured_eur": money.secured}
