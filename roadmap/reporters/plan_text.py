"""The plan for the terminal: a table per phase, a summary line, then problems.

The parts are plain (roadmap.reporters.plain_table): a terminal draws them with rich,
anything else gets them as text, without importing rich where nothing needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from roadmap.models import Dataset
from roadmap.reporters.plain_table import Column, Line, PlanTable
from roadmap.reporters.plan_view import plan_view
from roadmap.reporters.text import text_report
from roadmap.scheduling.result import Plan

if TYPE_CHECKING:
    from rich.table import Table

CRITICAL_MARK = "●"
FIXED_MARK = "✓"
DEFERRED_COLUMNS = (
    Column("ID"),
    Column("Action and what pushed it out", wrap=True),
    Column("Cost EUR", right=True),
)
COLUMNS = (
    Column("", mark=True),
    Column("ID"),
    Column("Title", wrap=True),
    Column("Months"),
    Column("Lead"),
    Column("Cost EUR", right=True),
    Column("Slack", right=True),
)


def plan_text(plan: Plan, dataset: Dataset, lang: str = "en") -> list[Line | PlanTable]:
    """Phases as sections, each action with its months, lead, cost, slack and mark."""
    view = plan_view(plan, dataset, lang)
    parts: list[Line | PlanTable] = [Line(f"{view.name} · horizon {view.horizon}", "bold")]
    if view.objective:
        parts.append(Line(view.objective))
    if view.deferred:
        deferred = [(row.id, f"{row.title}: {row.reason}", row.cost) for row in view.deferred]
        table = PlanTable(DEFERRED_COLUMNS, deferred, "", partial(_rich_deferred, deferred))
        parts += [Line(""), Line(f"Deferred · {view.deferred_summary}", "bold red"), table]
    for section in view.sections:
        heading = Line(f"{section.title} · {section.span}", "bold cyan")
        if not section.rows:
            parts += [Line(""), heading, Line("  no actions start in this phase", "dim")]
            continue
        caption = f"{len(section.rows)} actions, {section.cost} EUR"
        rows = [
            (
                CRITICAL_MARK if row.critical else (FIXED_MARK if row.fixed else ""),
                row.id,
                row.title,
                row.months,
                row.lead,
                row.cost,
                row.slack,
            )
            for row in section.rows
        ]
        plain = PlanTable(COLUMNS, rows, caption, partial(_rich_table, caption, rows))
        parts += [Line(""), heading, plain]
    legend = f"{CRITICAL_MARK} critical (zero slack)"
    if any(row.fixed for section in view.sections for row in section.rows):
        legend += f"   {FIXED_MARK} kept where progress.yaml puts it"
    parts += [
        Line(""),
        Line(legend, "dim"),
        Line(f"Critical path: {view.critical_path}"),
        Line(view.summary, "bold" if plan.feasible else "bold red"),
    ]
    return parts


def _rich_deferred(rows: Sequence[Sequence[str]]) -> Table:
    from rich.table import Table  # noqa: PLC0415

    table = Table(expand=False)
    table.add_column("ID", no_wrap=True, style="bold")
    table.add_column("Action and what pushed it out", ratio=1, overflow="fold")
    table.add_column("Cost EUR", justify="right", no_wrap=True)
    for cells in rows:
        table.add_row(*cells)
    return table


def _rich_table(caption: str, rows: Sequence[Sequence[str]]) -> Table:
    from rich.table import Table  # noqa: PLC0415

    table = Table(caption=caption, caption_justify="left", expand=False)
    table.add_column("", width=1, no_wrap=True)
    table.add_column("ID", no_wrap=True, style="bold")
    table.add_column("Title", ratio=1, overflow="fold")
    table.add_column("Months", no_wrap=True)
    table.add_column("Lead", no_wrap=True)
    table.add_column("Cost EUR", justify="right", no_wrap=True)
    table.add_column("Slack", justify="right", no_wrap=True)
    for cells in rows:
        table.add_row(*cells, style="red" if cells[0] == CRITICAL_MARK else None)
    return table


def plan_problems(plan: Plan) -> str:
    """The plan's diagnostics as the text report, printed after the tables."""
    return "\n" + text_report(list(plan.diagnostics)) if plan.diagnostics else ""
