"""The plan for other tools, as bytes that are the same for the same data: JSON with
every fact of each action; CSV (UTF-8 with a BOM for Excel, CRLF, no cell a spreadsheet
would read as a formula); iCalendar (RFC 5545, all-day events, stable UIDs, the
horizon's first day as DTSTAMP). TaskJuggler is in roadmap.output.taskjuggler.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable

from roadmap.models import Action
from roadmap.months import format_month, parse_month
from roadmap.output.context import RoadmapContext
from roadmap.output.json_reports import json_lines, plan_payload
from roadmap.output.plan_page import phase_months
from roadmap.output.roadmap_page import pledged_by_status
from roadmap.output.taskjuggler import export_tjp, export_tjp_problem, month_date
from roadmap.planning.result import Placement
from roadmap.texts import label


def export_json(ctx: RoadmapContext) -> bytes:
    """Every key of the plan JSON, with titles, areas, goals, actors, money and progress."""
    payload = plan_payload(ctx.plan)
    strategy = ctx.dataset.strategy
    payload["strategy"] = {"id": strategy.id, "name": ctx.text(strategy.name), "lang": ctx.lang}
    phases = phase_months(ctx.plan)
    payload["phase_bounds"] = {p: format_month(phases[p][0]) for p in ("medium", "long")}
    for item in payload["actions"]:
        action = ctx.actions[item["id"]]
        item |= {
            "title": ctx.text(action.title),
            "area": ctx.area_of(action),
            "goals": list(action.goals),
            "participants": list(action.participants),
            "depends_on": [{"id": d.id, "lag_months": d.lag_months} for d in action.dependencies()],
            "deadline": action.deadline,
            "status": ctx.status(action),
            "percent": ctx.percent(action),
            "funding": [f.model_dump() for f in action.funding],
            "funded_eur": sum(f.amount_eur for f in action.funding),
            "kpis": list(action.kpis),
        }
    payload["unscheduled"] = [
        {"id": a.id, "title": ctx.text(a.title), "status": ctx.status(a)} for a in ctx.unscheduled
    ]
    return json_lines(payload).encode("utf-8")


BOM = "\ufeff"
COLUMNS = (
    "id", "title", "area", "goals", "lead", "participants", "depends_on", "start",
    "finish", "end", "duration_months", "phase", "slack_months", "critical",
    "deadline", "cost_eur", "secured_eur", "applied_eur", "planned_eur", "status",
    "percent",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_csv(ctx: RoadmapContext, delimiter: str | None = None) -> bytes:
    """One row per planned action, then the actions the plan leaves out (no dates).
    `end` is the last month of an action (inclusive), `finish` the month after it. The
    delimiter defaults to what spreadsheets in the language expect: "," for en, ";" for bg."""
    buffer = io.StringIO()
    delimiter = delimiter or (";" if ctx.lang == "bg" else ",")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    rows: list[tuple[Action, Placement | None]] = [*ctx.scheduled]
    for action, placement in rows + [(a, None) for a in ctx.unscheduled]:
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
            *pledged_by_status(action.funding).values(),  # in the order of FUNDING
            ctx.status(action),
            ctx.percent(action),
        ]
        writer.writerow([_cell(v) for v in row])
    return (BOM + buffer.getvalue()).encode("utf-8")


LINE_LIMIT = 75
DAY = datetime.timedelta(days=1)


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma, newline."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character (section 3.1);
    the space that starts each continuation line counts."""
    parts: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > LINE_LIMIT - bool(parts):
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    return "\r\n ".join([*parts, current])


def _day(value: datetime.date) -> str:
    return value.strftime("%Y%m%d")


def export_ics(ctx: RoadmapContext) -> bytes:
    """A VCALENDAR: a start, a finish and a deadline (where set) per action, the starts of
    the medium and long-term phases, and the horizon's last day."""
    strategy = ctx.dataset.strategy
    lang = ctx.lang
    name = ctx.text(strategy.name)
    stamp = _day(month_date(ctx.plan.horizon_start)) + "T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//roadmap//roadmap export//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]

    def event(uid: str, day: datetime.date, summary: str, description: str) -> None:
        lines.extend(
            [
                "BEGIN:VEVENT",
                f"UID:{uid}@{strategy.id}.roadmap",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{_day(day)}",
                f"DTEND;VALUE=DATE:{_day(day + DAY)}",
                f"SUMMARY:{escape_text(summary)}",
                f"DESCRIPTION:{escape_text(description)}",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        )

    for action, placement in ctx.scheduled:
        title = f"{action.id} {ctx.text(action.title)}"
        about = f"{title}\n{label('lead', lang)}: {ctx.actor_name(action.lead)}"
        days = [
            ("start", "start", month_date(placement.start)),
            ("finish", "end", month_date(placement.finish) - DAY),
        ]
        if action.deadline is not None:
            due = month_date(parse_month(action.deadline) + 1) - DAY
            days.append(("deadline", "deadline", due))
        for key, word, day in days:
            event(f"{action.id}-{key}", day, f"{label(word, lang)}: {title}", about)
    phases = phase_months(ctx.plan)
    for phase in ("medium", "long"):
        if phases[phase][0] <= ctx.plan.horizon_end:
            event(
                f"phase-{phase}", month_date(phases[phase][0]), label(f"phase_{phase}", lang), name
            )
    last_day = month_date(ctx.plan.horizon_end + 1) - DAY
    event("horizon-end", last_day, label("horizon_end", lang), name)
    lines.append("END:VCALENDAR")
    return ("".join(fold(line) + "\r\n" for line in lines)).encode("utf-8")


EXPORTERS: dict[str, Callable[[RoadmapContext], bytes]] = {
    "json": export_json,
    "csv": export_csv,
    "ics": export_ics,
    "tjp": export_tjp,
    "tjp-problem": export_tjp_problem,
}
"""Each export format and the function that writes it."""
