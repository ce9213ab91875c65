"""The plan's milestones as iCalendar (RFC 5545): starts, finishes, deadlines, phases.

Every event is an all-day event. The output is byte-for-byte deterministic: UIDs are
built from the strategy and action ids, and DTSTAMP, which RFC 5545 requires, is the
first day of the horizon rather than the time of the run.
"""

from __future__ import annotations

import datetime

from roadmap.months import parse_month
from roadmap.views.context import RoadmapContext
from roadmap.views.i18n import label

LINE_LIMIT = 75


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma, newline."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character (section 3.1)."""
    if len(line) * 4 <= LINE_LIMIT or len(line.encode("utf-8")) <= LINE_LIMIT:
        return line
    out: list[str] = []
    current = b""
    limit = LINE_LIMIT
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
            limit = LINE_LIMIT - 1
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _date(month: int, day_offset: int = 0) -> datetime.date:
    year, month0 = divmod(month, 12)
    return datetime.date(year, month0 + 1, 1) + datetime.timedelta(days=day_offset)


def _day(value: datetime.date) -> str:
    return value.strftime("%Y%m%d")


def export_ics(ctx: RoadmapContext) -> bytes:
    """A VCALENDAR: a start, a finish and a deadline (where set) per action, the starts of
    the medium and long-term phases, and the horizon's last day."""
    strategy = ctx.dataset.strategy
    lang = ctx.lang
    stamp = _day(_date(ctx.plan.horizon_start)) + "T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//roadmap//roadmap export//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(ctx.text(strategy.name))}",
    ]

    def event(uid: str, day: datetime.date, summary: str, description: str) -> None:
        lines.extend(
            [
                "BEGIN:VEVENT",
                f"UID:{uid}@{strategy.id}.roadmap",
                f"DTSTAMP:{stamp}",
                f"DTSTART;VALUE=DATE:{_day(day)}",
                f"DTEND;VALUE=DATE:{_day(day + datetime.timedelta(days=1))}",
                f"SUMMARY:{escape_text(summary)}",
                f"DESCRIPTION:{escape_text(description)}",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        )

    for action, placement in ctx.scheduled:
        title = f"{action.id} {ctx.text(action.title)}"
        about = f"{title}\n{label('lead', lang)}: {ctx.actor_name(action.lead)}"
        event(
            f"{action.id}-start", _date(placement.start), f"{label('start', lang)}: {title}", about
        )
        last_day = _date(placement.finish, -1)
        event(f"{action.id}-finish", last_day, f"{label('end', lang)}: {title}", about)
        if action.deadline is not None:
            due = _date(parse_month(action.deadline) + 1, -1)
            event(f"{action.id}-deadline", due, f"{label('deadline', lang)}: {title}", about)
    short, medium = ctx.plan.phase_bounds
    milestones = [
        ("phase-medium", label("phase_medium", lang), ctx.plan.horizon_start + short),
        ("phase-long", label("phase_long", lang), ctx.plan.horizon_start + medium),
    ]
    for uid, name, month in milestones:
        if month <= ctx.plan.horizon_end:
            event(uid, _date(month), name, ctx.text(strategy.name))
    horizon_end = _date(ctx.plan.horizon_end + 1, -1)
    event("horizon-end", horizon_end, label("horizon_end", lang), ctx.text(strategy.name))
    lines.append("END:VCALENDAR")
    return ("".join(fold(line) + "\r\n" for line in lines)).encode("utf-8")
