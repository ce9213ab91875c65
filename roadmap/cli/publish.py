"""`roadmap render` and `roadmap export`: what is published from the plan, as a page
(Markdown or one self-contained HTML file) or for other tools."""

from typing import TYPE_CHECKING, Annotated, Literal

import typer

from roadmap.cli import (
    DataDir,
    Lang,
    Objective,
    Optimize,
    Select,
    TimeLimit,
    app,
    language_option,
    search,
)
from roadmap.cli.output import Output, emit, planned, stop
from roadmap.errors import UserError
from roadmap.months import format_month, is_month, parse_month
from roadmap.texts import say

if TYPE_CHECKING:
    from roadmap.output.context import RoadmapContext
    from roadmap.planning import PlanOptions

Today = Annotated[
    str | None,
    typer.Option(
        "--today",
        metavar="YYYY-MM",
        help="The month drawn as today when no progress is known; default: the current month.",
    ),
]
PublishedAsOf = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM",
        help="The month progress is known up to, within the horizon: re-plan from it as "
        "plan --as-of does, and draw the as-of line there. Without it: the plan as "
        "written, with progress.yaml's progress drawn on it.",
    ),
]
"""The options of what is published, shared by `render` and `export`."""


def _load_context(
    directory: str, options: "PlanOptions", lang: str, today: str | None
) -> "RoadmapContext":
    """The planned directory as a page's context; a `today` other than the month progress
    is known up to is refused, since the chart's one line marks that month."""
    from roadmap.output.context import roadmap_context  # noqa: PLC0415

    outcome, plan, dataset = planned(directory, options, refused="cli.refused.written")
    known = options.as_of or (dataset.progress.as_of if dataset.progress is not None else None)
    if today is not None and is_month(today) and known not in (None, today):
        raise UserError(say("cli.today", today=today, known=known))
    return roadmap_context(dataset, plan, outcome.diagnostics, lang=lang, today=today)


@app.command()
def render(  # noqa: PLR0917 (one parameter per option, as Typer wants)
    directory: DataDir = "data",
    output_format: Annotated[
        Literal["md", "markdown", "html"],
        typer.Option("--format", "-f", help="Markdown or one HTML page."),
    ] = "md",
    output: Output = None,
    lang: Annotated[Lang, language_option("the roadmap and messages", published=True)] = "en",
    today: Today = None,
    as_of: PublishedAsOf = None,
    optimize: Optimize = False,
    objective: Objective = "finish",
    time_limit: TimeLimit = None,
    select: Select = False,
) -> None:
    """Render the roadmap: summary, phases, gantt, dependencies, KPIs, funding, warnings."""
    from roadmap.output.render import render as render_page  # noqa: PLC0415
    from roadmap.output.roadmap_page import roadmap_page  # noqa: PLC0415
    from roadmap.planning.options import PlanOptions  # noqa: PLC0415

    options = PlanOptions(as_of=as_of, search=search(optimize, objective, time_limit, select))
    context = _load_context(directory, options, lang, today)
    suffix = "html" if output_format == "html" else "md"
    emit(render_page(f"roadmap.{suffix}.j2", roadmap_page(context)), output)
    _fail_on_errors(context)


def _fail_on_errors(context: "RoadmapContext") -> None:
    """After the output is written: print the data's errors, which it lists too, and exit
    1, as `plan` does for a plan that breaks a constraint."""
    from roadmap.diagnostics import Severity  # noqa: PLC0415

    errors = [d for d in context.warnings if d.severity is Severity.ERROR]
    if errors:
        stop(errors, say("cli.published_with_errors"), 1)


@app.command()
def export(  # noqa: PLR0917 (one parameter per option, as Typer wants)
    directory: DataDir = "data",
    output_format: Annotated[
        Literal["json", "csv", "ics", "tjp", "tjp-problem"],
        typer.Option(
            "--format",
            "-f",
            help="json: the full plan; csv: a table; ics: a calendar; tjp: a TaskJuggler "
            "project of the plan's dates; tjp-problem: the constraints alone, for tj3 to schedule.",
        ),
    ] = "json",
    output: Output = None,
    lang: Annotated[Lang, language_option("titles and messages", published=True)] = "en",
    today: Today = None,
    as_of: PublishedAsOf = None,
    delimiter: Annotated[
        Literal[",", ";", "\t"] | None,
        typer.Option(
            "--delimiter",
            help="The CSV column separator; default: ';' with --lang bg (as spreadsheets "
            "set to a decimal comma expect), ',' otherwise.",
        ),
    ] = None,
) -> None:
    """Export the plan for other tools: spreadsheets, calendars, TaskJuggler."""
    from roadmap.output.export import EXPORTERS, export_csv  # noqa: PLC0415
    from roadmap.planning.options import PlanOptions  # noqa: PLC0415

    context = _load_context(directory, PlanOptions(as_of=as_of), lang, today)
    if output_format == "tjp":
        _within_taskjuggler(context)
    if output_format == "csv":
        emit(export_csv(context, delimiter), output)
    else:
        emit(EXPORTERS[output_format](context), output)
    _fail_on_errors(context)


def _within_taskjuggler(context: "RoadmapContext") -> None:
    """Refuse, in one line, a plan whose project would end after TaskJuggler's last year
    (tj3 would reject the file)."""
    from roadmap.output.taskjuggler import LAST_YEAR  # noqa: PLC0415

    plan = context.plan
    if max(plan.finish, plan.horizon_end + 1) + 1 <= parse_month(f"{LAST_YEAR}-12"):
        return
    last = max(context.scheduled, key=lambda pair: pair[1].finish, default=None)
    if last is not None and last[1].finish > plan.horizon_end + 1:
        what = say("cli.tjp_action", id=last[0].id, month=format_month(last[1].finish - 1))
    else:
        what = say("cli.tjp_horizon", month=format_month(plan.horizon_end))
    raise UserError(say("cli.tjp", what=what, year=LAST_YEAR))
