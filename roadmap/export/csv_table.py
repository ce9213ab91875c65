"""The plan as CSV, one row per action, that spreadsheet programs open right.

UTF-8 with a byte-order mark (so Excel reads Cyrillic as Cyrillic), CRLF line ends
(RFC 4180), every field quoted where it needs to be, and cells that would start with
`=`, `+`, `-` or `@` prefixed with an apostrophe so that no title becomes a formula.
"""

from __future__ import annotations

import csv
import io

from roadmap.months import format_month, parse_month
from roadmap.views.context import RoadmapContext

BOM = "\ufeff"
COLUMNS = (
    "id",
    "title",
    "area",
    "goals",
    "lead",
    "participants",
    "depends_on",
    "start",
    "finish",
    "last_month",
    "duration_months",
    "phase",
    "slack_months",
    "critical",
    "deadline",
    "cost_eur",
    "secured_eur",
    "applied_eur",
    "planned_eur",
    "status",
    "percent",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_csv(ctx: RoadmapContext) -> bytes:
    """One row per planned action, then the actions the plan leaves out (no dates)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    rows = [(a, ctx.plan.by_id.get(a.id)) for a, _p in ctx.scheduled]
    rows += [(a, None) for a in ctx.unscheduled]
    for action, placement in rows:
        money = {"secured": 0, "applied": 0, "planned": 0}
        for funding in action.funding:
            money[funding.status] += funding.amount_eur
        deps = " ".join(
            f"{d.id}+{d.lag_months}" if d.lag_months else d.id for d in action.dependencies()
        )
        dates: list[object] = ["", "", "", action.duration_months, "", "", ""]
        if placement is not None:
            dates = [
                format_month(placement.start),
                format_month(placement.finish),
                format_month(placement.finish - 1),
                placement.finish - placement.start,
                placement.phase,
                placement.slack,
                "yes" if placement.critical else "no",
            ]
        deadline = format_month(parse_month(action.deadline)) if action.deadline else ""
        row = [
            action.id,
            ctx.text(action.title),
            ctx.area_of(action),
            " ".join(action.goals),
            action.lead,
            " ".join(action.participants),
            deps,
            *dates,
            deadline,
            action.cost_eur,
            money["secured"],
            money["applied"],
            money["planned"],
            ctx.status(action),
            ctx.percent(action),
        ]
        writer.writerow([_cell(v) for v in row])
    return (BOM + buffer.getvalue()).encode("utf-8")
