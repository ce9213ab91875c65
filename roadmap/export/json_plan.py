"""The full plan as JSON: `roadmap plan --format json`, plus what the data says of each action."""

from __future__ import annotations

import json
from typing import Any

from roadmap.months import format_month
from roadmap.reporters.json_lines import Lines, encode, json_text
from roadmap.reporters.plan_report import plan_json
from roadmap.views.context import RoadmapContext


def export_json(ctx: RoadmapContext) -> bytes:
    """Every key of the plan JSON, with titles, areas, goals, actors, money and progress."""
    payload: dict[str, Any] = json.loads(plan_json(ctx.plan))
    strategy = ctx.dataset.strategy
    payload["strategy"] = {
        "id": strategy.id,
        "name": ctx.text(strategy.name),
        "lang": ctx.lang,
    }
    payload["phase_bounds"] = {
        "medium": format_month(ctx.plan.horizon_start + ctx.plan.phase_bounds[0]),
        "long": format_month(ctx.plan.horizon_start + ctx.plan.phase_bounds[1]),
    }
    for item in payload["actions"]:
        action = ctx.actions[item["id"]]
        item.update(
            {
                "title": ctx.text(action.title),
                "area": ctx.area_of(action),
                "goals": list(action.goals),
                "participants": list(action.participants),
                "depends_on": [
                    {"id": d.id, "lag_months": d.lag_months} for d in action.dependencies()
                ],
                "deadline": action.deadline,
                "status": ctx.status(action),
                "percent": ctx.percent(action),
                "funding": [f.model_dump() for f in action.funding],
                "funded_eur": ctx.funded(action),
                "kpis": list(action.kpis),
            }
        )
    payload["unscheduled"] = [
        {"id": a.id, "title": ctx.text(a.title), "status": ctx.status(a)} for a in ctx.unscheduled
    ]
    payload["actions"] = Lines(map(encode, payload["actions"]))
    payload["unscheduled"] = Lines(map(encode, payload["unscheduled"]))
    return json_text(payload).encode("utf-8")
