"""Mermaid diagrams of the plan (gantt.mmd.j2, graph.mmd.j2): a gantt and a flowchart.

User text never reaches Mermaid's grammar as it is: ids are generated, labels quoted with
entity escapes, gantt texts (which have no quoting) get look-alikes for what ends or
comments a statement; tests/output/charts/test_mermaid_cli.py proves it with Mermaid."""

from __future__ import annotations

import re
from typing import Any

from roadmap.months import format_month, parse_month
from roadmap.output.context import RoadmapContext
from roadmap.output.render import environment
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


def _mermaid(template: str, ctx: RoadmapContext, **values: Any) -> str:
    """`template` (a .mmd.j2) on `ctx`, with the escapes and the month helpers."""
    return (
        environment()
        .get_template(template)
        .render(ctx=ctx, gantt_text=gantt_text, quoted_label=quoted_label, **values)
    )


def gantt(ctx: RoadmapContext, title: str) -> str:
    """A Mermaid gantt with explicit dates, a section per priority area, crit and done."""
    plan = ctx.plan
    span = max(plan.finish, plan.horizon_end + 1) - plan.horizon_start
    return _mermaid(
        "gantt.mmd.j2",
        ctx,
        title=title,
        tick=3 if span <= 36 else 6,
        deadline=label("deadline", ctx.lang),
        day=lambda month: f"{format_month(month)}-01",
        month=parse_month,
    )


def dependency_graph(ctx: RoadmapContext) -> str:
    """A Mermaid flowchart: a subgraph per priority area, an arrow per dependency."""
    node = {action.id: f"n{i}" for i, (action, _p) in enumerate(ctx.scheduled, start=1)}
    return _mermaid(
        "graph.mmd.j2",
        ctx,
        node=node,
        months=label("months_abbr", ctx.lang),
        critical=[node[a.id] for a, p in ctx.scheduled if p.critical],
        done=[node[a.id] for a, _p in ctx.scheduled if ctx.status(a) == "done"],
    )
