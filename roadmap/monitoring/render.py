"""The status view as Markdown and HTML (Jinja2 templates) and as rich text tables."""

from __future__ import annotations

import io
from html import escape
from importlib.resources import files

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from rich.console import Console
from rich.table import Table
from rich.text import Text

from roadmap.monitoring.views import RollupRow, StatusView

STATE_STYLES = {
    "done": "bold blue",
    "on_track": "green",
    "at_risk": "yellow",
    "late": "bold red",
    "not_started": "dim",
}
LIGHT_STYLES = {"green": "green", "amber": "yellow", "red": "bold red", "none": "dim"}


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(files("roadmap.templates"))),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html.j2", "css.j2"), default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cell"] = markdown_cell
    env.filters["svg"] = Markup
    return env


def markdown_cell(text: object) -> str:
    """Text that cannot break a Markdown table row nor inject HTML: lines joined,
    backslashes, pipes and HTML special characters escaped."""
    joined = " ".join(str(text).split())
    return escape(joined, quote=False).replace("\\", "\\\\").replace("|", "\\|")


def render_markdown(view: StatusView) -> str:
    """The report as Markdown that renders on GitHub and GitLab."""
    return _environment().get_template("status.md.j2").render(view=view)


def render_html(view: StatusView) -> str:
    """The report as one self-contained HTML page with a chart per KPI."""
    return _environment().get_template("status.html.j2").render(view=view)


def render_text(view: StatusView, *, colour: bool, width: int | None = 120) -> str:
    """The report as rich tables; plain characters when `colour` is off.

    `width` None takes the terminal's width; a fixed width keeps piped output stable.
    """
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=colour,
        color_system="standard" if colour else None,
        highlight=False,
        soft_wrap=False,
    )
    lab = view.labels
    console.print(Text(f"{lab['title']} · {view.strategy} · {lab['as_of']} {view.as_of}", "bold"))
    summary = " · ".join(f"{count} {label}" for _, label, count in view.summary)
    lights = " · ".join(f"{count} {label}" for _, label, count in view.light_summary)
    console.print(f"{lab['actions']}: {summary}")
    console.print(f"{lab['kpis']}: {lights}")
    console.print(Text(view.thresholds, "dim"))

    table = Table(title=lab["actions"], title_justify="left", expand=True)
    table.add_column(lab["id"], no_wrap=True)
    table.add_column(lab["action"], overflow="fold", ratio=3)
    table.add_column(lab["lead"], no_wrap=True)
    table.add_column(lab["planned"], no_wrap=True)
    table.add_column(lab["expected"], justify="right", no_wrap=True)
    table.add_column(lab["done_pct"], justify="right", no_wrap=True)
    table.add_column(lab["state"], no_wrap=True)
    table.add_column(lab["why"], overflow="fold", ratio=2)
    for a in view.actions:
        table.add_row(
            a.id,
            a.title,
            a.lead_id,
            a.planned,
            a.expected,
            a.percent,
            Text(a.state_label, STATE_STYLES[a.state]),
            a.reason,
        )
    console.print(table)
    for heading, items in ((lab["cancelled"], view.cancelled), (lab["unplanned"], view.unplanned)):
        if items:
            console.print(f"{heading}: " + ", ".join(f"{n.id} {n.title}" for n in items))

    table = Table(title=lab["kpis"], title_justify="left")
    for header in ("kpi", "goal", "baseline", "target", "latest", "progress", "expected", "light"):
        table.add_column(lab[header], overflow="fold")
    for k in view.kpis:
        table.add_row(
            f"{k.id} {k.name} ({k.unit})",
            k.goal,
            k.baseline,
            k.target,
            k.latest,
            k.progress,
            k.expected,
            Text(k.light_label, LIGHT_STYLES[k.light]),
        )
    console.print(table)
    for heading, rows in view.rollups:
        console.print(_rollup_table(heading, rows, view))

    table = Table(title=lab["budget"], title_justify="left")
    table.add_column(lab["item"])
    table.add_column(lab["amount"], justify="right")
    for label, amount in view.budget:
        table.add_row(label, amount)
    console.print(table)
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _rollup_table(title: str, rows: tuple[RollupRow, ...], view: StatusView) -> Table:
    lab = view.labels
    table = Table(title=title, title_justify="left")
    table.add_column(lab["id"], no_wrap=True)
    table.add_column("", overflow="fold", min_width=24)
    for state, label in view.states:
        table.add_column(Text(label, STATE_STYLES[state]), justify="right", no_wrap=True)
    table.add_column(lab["cancelled_count"], justify="right")
    table.add_column(lab["kpi_mean"], justify="right")
    table.add_column(lab["light"])
    table.add_column(lab["cost"], justify="right", no_wrap=True)
    for r in rows:
        table.add_row(
            r.id,
            r.name,
            *(str(c) for c in r.counts),
            str(r.cancelled),
            r.kpi_progress,
            r.lights,
            r.cost,
        )
    return table
