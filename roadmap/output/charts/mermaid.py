"""Mermaid diagrams of the plan: a gantt chart and a dependency flowchart.

User text never reaches Mermaid's grammar as it is. Node and task ids are generated
(`n1`, `t1`), flowchart labels are quoted with Mermaid's entity escapes (`#quot;`,
`#lt;`), and gantt texts, which have no quoting at all, have the characters that end or
comment a statement replaced by look-alikes. tests/output/charts/test_mermaid_cli.py proves it by
rendering hostile titles with the real Mermaid.
"""

from __future__ import annotations

import re

from roadmap.months import format_month, parse_month
from roadmap.output.context import RoadmapContext
from roadmap.texts import label

GANTT_KEYWORDS = (
    "title", "section", "dateformat", "axisformat", "tickinterval", "excludes",
    "includes", "todaymarker", "inclusiveenddates", "topaxis", "weekday", "weekend",
    "acctitle", "accdescr", "click", "displaymode", "gantt",
)  # fmt: skip
"""Words that start a gantt statement; a task text must not begin with one."""

_GANTT_REPLACEMENTS = str.maketrans(":#;%{}<>", "∶＃,٪()‹›")
"""Look-alikes for what ends a task's text (`:`), a statement (`;`), starts an entity or a
comment (`#`, `%%`), and what Mermaid strips as a tag from some texts (`<`, `>`)."""
_LABEL_ENTITIES = {
    "#": "#35;", '"': "#quot;", "&": "#amp;", "<": "#lt;", ">": "#gt;", "`": "#96;",
    "%": "#37;", "|": "#124;",
}  # fmt: skip
_WHITESPACE = re.compile(r"\s+")
GANTT_TEXT_LIMIT = 80


def one_line(text: str) -> str:
    """Collapse every run of whitespace, newlines included, into one space."""
    return _WHITESPACE.sub(" ", text).strip()


def gantt_text(text: str, limit: int = GANTT_TEXT_LIMIT) -> str:
    """Text that Mermaid's gantt grammar reads as plain text, whatever it held."""
    clean = one_line(text).translate(_GANTT_REPLACEMENTS)
    if len(clean) > limit:
        clean = clean[: limit - 1].rstrip() + "…"
    first = clean.split(" ", 1)[0].lower()
    if first in GANTT_KEYWORDS:
        clean = "› " + clean
    return clean or "—"


def quoted_label(text: str) -> str:
    """A flowchart label in double quotes, with Mermaid's entity escapes."""
    escaped = "".join(_LABEL_ENTITIES.get(ch, ch) for ch in one_line(text))
    return f'"{escaped or "—"}"'


def _day(month: int) -> str:
    return f"{format_month(month)}-01"


def gantt(ctx: RoadmapContext, title: str) -> str:
    """A Mermaid gantt with explicit dates, a section per priority area, crit and done."""
    plan = ctx.plan
    span = max(plan.finish, plan.horizon_end + 1) - plan.horizon_start
    lines = [
        "gantt",
        f"    title {gantt_text(title)}",
        "    dateFormat YYYY-MM-DD",
        "    axisFormat %Y-%m",
        f"    tickInterval {3 if span <= 36 else 6}month",
        "    todayMarker off",
    ]
    task = 0
    for area_id, pairs in ctx.by_area:
        lines.append(f"    section {gantt_text(ctx.area_title(area_id) or '—')}")
        for action, placement in pairs:
            task += 1
            status = {"done": ["done"], "in_progress": ["active"]}.get(ctx.status(action), [])
            tags = status + ["crit"] * placement.critical
            text = gantt_text(f"{action.id} {ctx.text(action.title)}")
            fields = ", ".join([*tags, f"t{task}", _day(placement.start), _day(placement.finish)])
            lines.append(f"    {text} :{fields}")
            if action.deadline is not None:
                due = parse_month(action.deadline) + 1
                missed = "crit, " if placement.finish > due else ""
                name = gantt_text(f"{label('deadline', ctx.lang)} {action.id}")
                lines.append(f"    {name} :{missed}milestone, d{task}, {_day(due)}, 0d")
    return "\n".join(lines) + "\n"


def dependency_graph(ctx: RoadmapContext) -> str:
    """A Mermaid flowchart: a subgraph per priority area, an arrow per dependency."""
    node = {action.id: f"n{i}" for i, (action, _p) in enumerate(ctx.scheduled, start=1)}
    lines = ["flowchart LR"]
    for group, (area_id, pairs) in enumerate(ctx.by_area, start=1):
        lines.append(f"    subgraph g{group}[{quoted_label(ctx.area_title(area_id) or '—')}]")
        for action, _placement in pairs:
            title = f"{action.id} {ctx.text(action.title)}"
            lines.append(f"        {node[action.id]}[{quoted_label(title)}]")
        lines.append("    end")
    months = label("months_abbr", ctx.lang)
    for action, _placement in ctx.scheduled:
        for dep in action.dependencies():
            if dep.id not in node or dep.id == action.id:
                continue
            arrow = f'-->|"+{dep.lag_months} {months}"|' if dep.lag_months else "-->"
            lines.append(f"    {node[dep.id]} {arrow} {node[action.id]}")
    critical = [node[a.id] for a, p in ctx.scheduled if p.critical]
    done = [node[a.id] for a, _p in ctx.scheduled if ctx.status(a) == "done"]
    lines.append("    classDef critical stroke:#b91c1c,stroke-width:3px")
    lines.append("    classDef done fill:#dcfce7,stroke:#15803d")
    if done:
        lines.append(f"    class {','.join(done)} done")
    if critical:
        lines.append(f"    class {','.join(critical)} critical")
    return "\n".join(lines) + "\n"
