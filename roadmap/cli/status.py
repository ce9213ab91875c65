"""`roadmap status`: where the strategy stands at a month, against its plan."""

import sys
from typing import Annotated, Literal

import typer

from roadmap.cli import DataDir, Lang, app, language_option
from roadmap.cli.output import Output, emit, planned, stop
from roadmap.texts import say


@app.command()
def status(
    directory: DataDir = "data",
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM",
            help="The month progress is known up to, within the horizon: the report "
            "judges progress.yaml's records dated by then against the plan as written. "
            "Default: progress.yaml's as_of.",
        ),
    ] = None,
    output_format: Annotated[
        Literal["text", "json", "md", "markdown", "html"],
        typer.Option("--format", "-f", help="How to print the report."),
    ] = "text",
    lang: Annotated[Lang, language_option("the labels and messages")] = "en",
    output: Output = None,
) -> None:
    """Report each action as on track, at risk, late, done or not started, each KPI's
    progress and light, roll-ups per goal, area and actor, and the budget committed."""
    from roadmap.monitoring.status import status as judge  # noqa: PLC0415
    from roadmap.output.diagnostics import diagnostics_text  # noqa: PLC0415
    from roadmap.output.json_reports import status_json  # noqa: PLC0415
    from roadmap.output.render import render  # noqa: PLC0415
    from roadmap.output.status_page import status_page  # noqa: PLC0415
    from roadmap.output.text import render_text, status_text  # noqa: PLC0415

    outcome, plan, dataset = planned(directory, refused="cli.refused.status")
    month = outcome.as_of_month(as_of)
    if outcome.failed():
        stop(outcome.diagnostics, say("cli.refused", refused=say("cli.refused.status")), 1)
    if outcome.diagnostics:
        sys.stderr.write(diagnostics_text(outcome.diagnostics))
    result = judge(dataset, plan, month)
    if output_format == "json":
        text = status_json(result)
    elif output_format == "text":
        page = status_text(status_page(result, dataset, lang))
        text = render_text(page, sys.stdout if output is None else None)
    else:
        suffix = "html" if output_format == "html" else "md"
        text = render(f"status.{suffix}.j2", status_page(result, dataset, lang))
    emit(text, output)
