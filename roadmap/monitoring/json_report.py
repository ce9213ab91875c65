"""The status report as one JSON object.

The fixed interface (spec section 8) is `actions: [{id, state}]` and
`kpis: [{id, progress, light}]`; every other key is an extra for readers who want more.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from roadmap.monitoring.report import Rollup, StatusReport
from roadmap.months import format_month


def status_json(report: StatusReport) -> dict[str, Any]:
    """The JSON object of `roadmap status --format json`."""
    return {
        "as_of": format_month(report.as_of),
        "actions": [
            {
                "id": a.id,
                "state": a.state,
                "reason": a.reason,
                "planned_start": format_month(a.start),
                "planned_finish": format_month(a.finish),
                "expected": a.expected,
                "percent": a.percent,
                "last_record": None if a.last_record is None else format_month(a.last_record),
                "lead": a.lead,
            }
            for a in report.actions
        ],
        "kpis": [
            {
                "id": k.id,
                "progress": k.progress,
                "light": k.light,
                "expected": k.expected,
                "value": k.value,
                "date": None if k.date is None else format_month(k.date),
                "goal": k.goal,
                "direction": k.direction,
                "baseline": k.baseline,
                "target": k.target,
            }
            for k in report.kpis
        ],
        "cancelled": list(report.cancelled),
        "unplanned": list(report.unplanned),
        "rollups": {
            "goals": [_rollup(r) for r in report.goals],
            "areas": [_rollup(r) for r in report.areas],
            "actors": [_rollup(r) for r in report.actors],
        },
        "budget": asdict(report.budget),
        "thresholds": {
            "kpi_green": report.kpi_green,
            "kpi_amber": report.kpi_amber,
            "at_risk_lag": report.at_risk_lag,
        },
    }


def _rollup(rollup: Rollup) -> dict[str, Any]:
    return {
        "id": rollup.id,
        "states": dict(rollup.states),
        "cancelled": rollup.cancelled,
        "kpis": rollup.kpis,
        "measured": rollup.measured,
        "kpi_progress": rollup.kpi_progress,
        "lights": dict(rollup.lights),
        "cost": rollup.cost,
    }
