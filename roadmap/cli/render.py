"""`roadmap render`: the published roadmap as Markdown or one self-contained HTML page."""

from typing import TYPE_CHECKING, Annotated, Literal

import typer

from roadmap.cli import (
    DataDir,
    Lang,
    Objective,
    Optimize,
    PublishedAsOf,
    Select,
    TimeLimit,
    Today,
    app,
    language_option,
    search,
)
from roadmap.cli.output import Output, emit, planned, stop
from roadmap.texts import say

if TYPE_CHECKING:
    from roadmap.output.context import RoadmapContext
    from roadmap.planning import PlanOptions


def load_context(
    directory: str, options: "PlanOptions", lang: str, today: str | None
) -> "RoadmapContext":
    """The planned directory as a page's context; a `today` other than the month progress
    is known up to is refused, since the chart's one line marks that month."""
    from roadmap.errors import UserError  # noqa: PLC0415
    from roadmap.months import is_month  # noqa: PLC0415
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
    time_limit: TimeLimit = 10.0,
    select: Select = False,
) -> None:
    """Render the roadmap: summary, phases, gantt, dependencies, KPIs, funding, warnings."""
    from roadmap.output.render import render as render_page  # noqa: PLC0415
    from roadmap.output.roadmap_page import roadmap_page  # noqa: PLC0415
    from roadmap.planning.options import PlanOptions  # noqa: PLC0415

    options = PlanOptions(as_of=as_of, search=search(optimize, objective, time_limit, select))
    context = load_context(directory, options, lang, today)
    suffix = "html" if output_format == "html" else "md"
    text = render_page(f"roadmap.{suffix}.j2", roadmap_page(context))
    emit(text.encode("utf-8"), output)
    fail_on_errors(context)


def fail_on_errors(context: "RoadmapContext") -> None:
    """After the output is written: print the data's errors, which it lists too, and exit
    1, as `plan` does for a plan that breaks a constraint."""
    from roadmap.diagnostics import Severity  # noqa: PLC0415

    errors = [d for d in context.warnings if d.severity is Severity.ERROR]
    if errors:
        stop(errors, say("cli.published_with_errors"), 1)
