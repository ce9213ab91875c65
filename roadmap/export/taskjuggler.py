"""The plan as a TaskJuggler project, so that `tj3` can cross-check it.

Each action becomes a task with its planned start and its length in days; each
dependency becomes `depends` with the lag as a gap in calendar days. tj3 then reports an
error if any start breaks a dependency, and schedules every task to the plan's dates
(tests/export/test_taskjuggler.py compares them when tj3 is installed). Running
`tj3 plan.tjp` writes plan-dates.csv with every task's start and end month.
"""

from __future__ import annotations

import datetime
import re

from roadmap.views.context import RoadmapContext
from roadmap.views.i18n import label

_NOT_ID = re.compile(r"[^A-Za-z0-9_]")


def date_report(name: str, timeformat: str) -> tuple[str, ...]:
    """A report that makes tj3 write `name`.csv: each task's id, name, start and end."""
    return (
        f'taskreport {name.replace("-", "_")} "{name}" {{',
        "  formats csv",
        "  columns id, name, start, end",
        f'  timeformat "{timeformat}"',
        "}",
    )


REPORT = date_report("plan-dates", "%Y-%m")
"""A report of each task's dates, `plan-dates.csv`, to compare with `roadmap plan`."""


def month_date(month: int) -> datetime.date:
    """The first day of a month index."""
    year, month0 = divmod(month, 12)
    return datetime.date(year, month0 + 1, 1)


def _days(first: int, last: int) -> int:
    return (month_date(last) - month_date(first)).days


def quote(text: str) -> str:
    """A TaskJuggler string: double-quoted, with no character that could end or expand it."""
    clean = " ".join(text.split()).replace("\\", "/").replace('"', "'").replace("$", "＄")
    return f'"{clean}"'


def project_id(text: str) -> str:
    """`text` as a TaskJuggler id: each character other than a letter, digit or `_` is `_`,
    and `p_` goes before a leading digit, which TaskJuggler does not take."""
    clean = _NOT_ID.sub("_", text)
    return f"p_{clean}" if clean[:1].isdigit() else clean


def task_ids(action_ids: list[str], prefix: str = "a_") -> dict[str, str]:
    """A TaskJuggler id for each of `action_ids`: letters, digits and `_`, unique."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    for action_id in action_ids:
        base = prefix + _NOT_ID.sub("_", action_id)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}_{n}"
        taken.add(candidate)
        result[action_id] = candidate
    return result


def _milestones(ctx: RoadmapContext, end: int) -> list[str]:
    """The phase boundaries and the horizon's end before `end`, as TaskJuggler milestones."""
    plan, lang = ctx.plan, ctx.lang
    short, medium = plan.phase_bounds
    points = [
        ("m_medium", label("phase_medium", lang), plan.horizon_start + short),
        ("m_long", label("phase_long", lang), plan.horizon_start + medium),
        ("m_horizon_end", label("horizon_end", lang), plan.horizon_end + 1),
    ]
    return [
        f"task {key} {quote(name)} {{ start {month_date(month)} milestone }}"
        for key, name, month in points
        if month < end
    ]


def export_tjp(ctx: RoadmapContext) -> bytes:
    """A complete .tjp project: the horizon, the actors as resources, a task per action."""
    plan = ctx.plan
    strategy = ctx.dataset.strategy
    end = max(plan.finish, plan.horizon_end + 1) + 1
    ids = task_ids([a.id for a, _p in ctx.scheduled])
    resource_ids = task_ids(list(ctx.actors), "r_")
    lines = [
        f"project {project_id(strategy.id)} {quote(ctx.text(strategy.name))} "
        f"{month_date(plan.horizon_start)} - {month_date(end)} {{",
        '  timezone "UTC"',
        '  currency "EUR"',
        f"  now {month_date(min(max(ctx.today, plan.horizon_start), end - 1))}",
        "}",
        "",
    ]
    for actor_id, actor in ctx.actors.items():
        lines.append(f"resource {resource_ids[actor_id]} {quote(ctx.text(actor.name))}")
    lines.append("")
    lines += _milestones(ctx, end)
    for action, placement in ctx.scheduled:
        lines.append(f"task {ids[action.id]} {quote(action.id + ' ' + ctx.text(action.title))} {{")
        lines.append(f"  start {month_date(placement.start)}")
        lines.append(f"  duration {_days(placement.start, placement.finish)}d")
        for dep in action.dependencies():
            before = plan.by_id.get(dep.id)
            if before is None or dep.id not in ids:
                continue
            gap = _days(before.finish, before.finish + dep.lag_months)
            suffix = f" {{ gapduration {gap}d }}" if gap else ""
            lines.append(f"  depends {ids[dep.id]}{suffix}")
        if action.lead in resource_ids:
            lines.append(f"  responsible {resource_ids[action.lead]}")
        lines.append(f"  note {quote(f'{action.id}: {action.cost_eur} EUR; {placement.phase}')}")
        lines.append("}")
    lines += ["", *REPORT]
    return ("\n".join(lines) + "\n").encode("utf-8")
