"""Reports for a terminal or a log: the plan and the status as rich tables, the
explanation of one action, and the diff of two revisions (diagnostics are in
roadmap.output.diagnostics).

Rich draws every table, in colour on a terminal and plain, `WIDTH` columns wide,
anywhere else. Tables wrap their cells (`overflow="fold"`) rather than drop a column.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from roadmap.diagnostics import Diagnostic
from roadmap.diffing.inputs import shown
from roadmap.models.actions import PHASES
from roadmap.months import format_month
from roadmap.output.diff_page import (
    delta,
    euros,
    field,
    side_name,
    side_state,
    slot_text,
    summary_items,
    target,
)
from roadmap.output.plan_page import phase_span
from roadmap.output.printable import printable
from roadmap.output.render import Row
from roadmap.texts import counted, label, money

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table

    from roadmap.diffing.compare import Diff, Money
    from roadmap.planning.explain import Explanation, Link

WIDTH = 120
"""The width of text that does not go to a terminal."""
MAX_CELL = 2000
"""The most characters of one piece of data that a text table shows."""
CRITICAL_MARK = "●"
FIXED_MARK = "✓"
STATE_STYLES = {
    "done": "bold blue",
    "on_track": "green",
    "at_risk": "yellow",
    "late": "bold red",
    "not_started": "dim",
}
HELD = ("capacity", "budget", "pool")
"""The reasons that hold a ready action back."""
LIGHT_STYLES = {"green": "green", "amber": "yellow", "red": "bold red", "none": "dim"}


def render_text(parts: list[RenderableType], stream: TextIO | None = None) -> str:
    """`parts` one below the other, no line ending in spaces. For a `stream`, coloured as
    rich colours it (a terminal, or FORCE_COLOR) and, on a terminal, as wide as it; else
    plain. Off a terminal the text is `WIDTH` columns wide. Nothing is read as markup."""
    from rich.console import Console  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    terminal = stream is not None and stream.isatty()
    plain: dict[str, Any] = {} if stream else {"force_terminal": False, "color_system": None}
    console = Console(
        file=stream or io.StringIO(),
        width=None if terminal else WIDTH,
        highlight=False,
        emoji=False,
        markup=False,
        **plain,
    )
    with console.capture() as captured:
        for part in parts:
            columns = part.columns if isinstance(part, Table) else []
            if sum(c.min_width or 1 for c in columns) + len(columns) - 1 > console.width:
                for column in columns:  # fold header words too: a column is never dropped
                    column.min_width = None
            console.print(part)
    return "".join(line.rstrip() + "\n" for line in captured.get().splitlines())


def table(
    headers: list[str],
    rows: Iterable[Iterable[RenderableType]] = (),
    title: str = "",
    caption: str = "",
    **options: Any,
) -> Table:
    """A rich table of `rows` whose cells wrap, folding a word longer than the column, so
    that every column fits; a header written `>Cost` heads a right-aligned column.

    A space sets the columns apart and a rule under each header shows its width; cells
    have no padding, which would double rich's work for each cell. A column is at least
    as wide as the longest word of its header, so that no header word breaks."""
    from rich.box import Box  # noqa: PLC0415
    from rich.table import Table  # noqa: PLC0415

    grid = Table(
        title=cell(title) or None,
        title_justify="left",
        caption=cell(caption) or None,
        caption_justify="left",
        box=Box("    \n    \n ─  \n    \n    \n    \n    \n    \n"),
        padding=0,
        show_edge=False,
        **options,
    )
    for header in headers:
        name = header.lstrip(">")
        grid.add_column(
            name,
            justify="right" if header[:1] == ">" else "left",
            overflow="fold",
            min_width=max(map(len, name.split()), default=1),
        )
    for row in rows:
        grid.add_row(*(cell(c) if isinstance(c, str) else c for c in row))
    return grid


def cell(text: str) -> str:
    """`text` for a table cell or a line, its control characters escaped; past `MAX_CELL`
    characters it is cut, since rich's cost of wrapping a cell grows with its length (the
    JSON and Markdown keep all of it)."""
    if len(text) > MAX_CELL:
        text = f"{text[:MAX_CELL]}… ({len(text) - MAX_CELL:,} more characters)"
    return printable(text)


def headers(labels: dict[str, str], keys: str) -> list[str]:
    """The labels of `keys` as column headers; a key written `>cost` heads a right-aligned
    column."""
    return [">" * (key[0] == ">") + labels[key.lstrip(">")] for key in keys.split()]


def line(text: str, style: str = "") -> RenderableType:
    """A line of plain text, in `style` on a terminal."""
    from rich.text import Text  # noqa: PLC0415

    return Text(cell(text), style=style)


def plan_text(page: Row) -> list[RenderableType]:
    """A table per phase, each action with its months, lead, cost, slack and mark."""
    lab, lang = page.labels, page.lang
    parts = [line(f"{page.name} · {lab['plan_horizon']} {page.horizon}", "bold")]
    if page.objective:
        parts.append(line(page.objective))
    if page.deferred:
        rows = ((row.id, f"{row.title}: {row.reason}", row.cost) for row in page.deferred)
        grid = table([lab["id"], lab["deferred_why"], ">" + lab["cost"]], rows)
        grid.columns[0].style = "bold"
        heading = f"{lab['deferred_short']} · {page.deferred_summary}"
        parts += [line(""), line(heading, "bold red"), grid]
    for section in page.sections:
        parts += [line(""), line(f"{section.title} · {section.span}", "bold cyan")]
        if not section.rows:
            parts.append(line(f"  {lab['no_actions_short']}", "dim"))
            continue
        caption = f"{counted(len(section.rows), 'action', lang)}, {section.cost}"
        grid = table(["", *headers(lab, "id title months lead >cost >slack")], caption=caption)
        grid.columns[0].width, grid.columns[1].style = 1, "bold"
        for row in section.rows:
            mark = CRITICAL_MARK if row.critical else FIXED_MARK if row.fixed else ""
            cells = (mark, row.id, row.title, row.months, row.lead, row.cost, row.slack)
            grid.add_row(*map(cell, cells), style="red" if row.critical else None)
        parts.append(grid)
    legend = f"{CRITICAL_MARK} {lab['critical_legend']}"
    if any(row.fixed for section in page.sections for row in section.rows):
        legend += f"   {FIXED_MARK} {lab['fixed_legend']}"
    parts += [line(""), line(legend, "dim")]
    parts.append(line(f"{lab['critical_path']}: {page.critical_path}"))
    parts.append(line(page.summary, "bold" if page.feasible else "bold red"))
    return parts


def status_text(page: Row) -> list[RenderableType]:
    """The status report: the summary lines, then a table of actions, of KPIs, of each
    roll-up and of the budget."""
    lab = page.labels
    states = " · ".join(f"{n} {name}" for _, name, n in page.summary)
    lights = " · ".join(f"{n} {name}" for _, name, n in page.light_summary)
    parts = [
        line(f"{lab['mon_title']} · {page.strategy} · {lab['mon_as_of']} {page.as_of}", "bold"),
        line(f"{lab['actions']}: {states}"),
        line(f"{lab['kpis']}: {lights}"),
        line(page.thresholds, "dim"),
    ]
    keys = "id action lead mon_planned >expected >done_pct state why"
    rows = []
    for a in page.actions:
        state = line(a.state_label, STATE_STYLES[a.state])
        rows.append((a.id, a.title, a.lead_id, a.planned, a.expected, a.percent, state, a.reason))
    actions = table(headers(lab, keys), rows, title=lab["actions"], expand=True)
    actions.columns[1].ratio, actions.columns[7].ratio = 3, 2
    parts.append(actions)
    for heading, named in ((lab["cancelled"], page.cancelled), (lab["unplanned"], page.unplanned)):
        if named:
            parts.append(line(f"{heading}: " + ", ".join(f"{i} {title}" for i, title in named)))
    rows = []
    for k in page.kpis:
        light = line(k.light_label, LIGHT_STYLES[k.light])
        kpi = f"{k.id} {k.name} ({k.unit})"
        rows.append((kpi, k.goal, k.baseline, k.target, k.latest, k.progress, k.expected, light))
    keys = "kpi goal baseline target latest progress expected light"
    parts.append(table(headers(lab, keys), rows, title=lab["kpis"]))
    per_state = [">" + name for _, name in page.states]
    keys = ">cancelled_count >kpi_mean light >cost"
    for heading, rollups in page.rollups:
        rows = []
        for r in rollups:
            counts = (*map(str, r.counts), str(r.cancelled))
            rows.append((f"{r.id} {r.name}", *counts, r.kpi_progress, r.lights, r.cost))
        rollup = table([lab["id"], *per_state, *headers(lab, keys)], rows, title=heading)
        for column, (state, _) in zip(rollup.columns[1:], page.states, strict=False):
            column.header_style = STATE_STYLES[state]
        parts.append(rollup)
    parts.append(table(headers(lab, "item >amount"), page.budget, title=lab["budget"]))
    return parts


def explain_text(explanation: Explanation) -> str:
    """Why an action starts when it does, what holds it, and what would move it."""
    p, plan = explanation.placement, explanation.plan
    out = [
        f"{p.id} · {explanation.title}",
        f"  planned {format_month(p.start)} → {format_month(p.finish - 1)} "
        f"({counted(p.duration, 'month')}), {label(f'phase_{p.phase}', 'en').lower()} "
        f"({phase_span(plan, p.phase)}), "
        f"lead {p.lead}, {money(p.cost)}, priority score {p.score:.3f}",
    ]
    held = [r.detail for r in p.reasons if r.binding in HELD]
    ready = [r for r in p.reasons if r.binding not in HELD]
    if not held:
        out.append(
            f"  starts {format_month(p.start)} because " + "; ".join(r.detail for r in ready)
        )
    else:
        if ready:
            since = format_month(ready[0].month)
            out.append(f"  ready {since} because " + "; ".join(r.detail for r in ready))
        out.append(f"  held back to {format_month(p.start)} because " + "; ".join(held))
    if p.start > p.earliest:
        out.append(
            f"  dependencies and its own dates alone would let it start "
            f"{format_month(p.earliest)}: {counted(p.start - p.earliest, 'month')} earlier"
        )
    if len(explanation.chain) > 1:
        out.append("  binding chain: " + " ← ".join(_link(link) for link in explanation.chain))
    if p.slack == 0:
        path = " → ".join(plan.critical_path)
        where = f"; critical path {path}" if p.id in plan.critical_path else ""
        out.append(f"  slack: 0 months, it is critical: any delay moves the plan finish{where}")
    else:
        out.append(
            f"  slack: {counted(p.slack, 'month')}: it could start as late as "
            f"{format_month(p.start + p.slack)} without moving the plan finish "
            f"{format_month(plan.finish - 1)}"
        )
    after = explanation.dependents
    out.append(
        f"  it depends on {counted(explanation.depends_on, 'action')} (directly or through "
        f"others); {counted(after, 'action')} depend{'s' * (after == 1)} on it"
    )
    if explanation.what_ifs:
        out.append("What would move it (each change re-planned):")
        for what in explanation.what_ifs:
            effect = f"does not move it: {what.binding}"
            if what.moved:
                moved = counted(abs(what.moved), "month") + (
                    " earlier" if what.moved > 0 else " later"
                )
                effect = f"starts {format_month(what.start)}, {moved}"
            out.append(f"  - {what.change}: {effect}")
    elif p.fixed:
        out.append("It is kept where progress.yaml puts it; re-planning does not move it.")
    else:
        out.append("Nothing moves it earlier: it starts as soon as the plan allows.")
    return printable("\n".join(out) + "\n", lines=True)


def _link(link: Link) -> str:
    mark = ", critical" if link.critical else ""
    text = f"{link.id} ({format_month(link.start)} → {format_month(link.finish - 1)}{mark})"
    if link.reason is not None and link.reason.binding != "dependency":
        text += f": {link.reason.detail}"
    return text


def diff_text(diff: Diff) -> str:
    """Each side's state, the headline, then each section that has something to say."""
    base, head = diff.base, diff.head
    items = summary_items(diff)
    out = [
        f"base: {side_name(base)}, {base.directory}/: {side_state(base)}",
        f"head: {side_name(head)}, {head.directory}/: {side_state(head)}",
        "",
        "; ".join(items) if items else "no change to the roadmap",
    ]
    costs = []
    if diff.phases_before is not None and diff.phases_after is not None:
        sides = [(p, diff.phases_before.get(p), diff.phases_after.get(p)) for p in PHASES]
        costs = [
            _cost_line(*side) for side in sides if field(side[1], "cost") != field(side[2], "cost")
        ]
        if costs:
            costs.append(_cost_line("total", diff.total_before, diff.total_after))
    paths = [" -> ".join(path or ()) for path in (diff.critical_before, diff.critical_after)]
    sections = [
        (
            "edited inputs",
            [
                f"{c.kind} {c.id}".strip() + f"  {c.field}: {shown(c.before)} -> {shown(c.after)}"
                for c in diff.changed
            ],
        ),
        ("moved", [f"{m.id}  {slot_text(m.before)}  =>  {slot_text(m.after)}" for m in diff.moved]),
        ("added", [f"{a.id}  {a.title}  ({slot_text(a.after)})" for a in diff.added]),
        ("removed", [f"{a.id}  {a.title}  ({slot_text(a.before)})" for a in diff.removed]),
        ("critical path", [f"before: {paths[0]}", f"after:  {paths[1]}"] * diff.critical_changed),
        ("cost per phase", costs),
        (
            "KPI targets",
            [f"{k.id}  {target(k.before, k.unit)} -> {target(k.after, k.unit)}" for k in diff.kpis],
        ),
        ("new findings", [_finding(d) for d in diff.new_diagnostics]),
        ("resolved findings", [_finding(d) for d in diff.resolved_diagnostics]),
    ]
    for title, lines in sections:
        if lines:
            out += ["", f"{title}:", *(f"  {line}" for line in lines)]
    return printable("\n".join(out) + "\n", lines=True)


def _cost_line(name: str, before: Money | None, after: Money | None) -> str:
    """`short   €1,000 -> €1,500 (+€500)`: a cost before and after."""
    cost = field(before, "cost"), field(after, "cost")
    return f"{name:<7} {euros(cost[0])} -> {euros(cost[1])} ({delta(*cost)})"


def _finding(d: Diagnostic) -> str:
    where = f"{d.file}:{d.line}:{d.column}" if d.line else d.file
    return f"{where}: {d.severity} {d.code} {d.message}"
