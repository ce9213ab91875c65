"""`roadmap export`: the plan as JSON, CSV, iCalendar or a TaskJuggler project."""

from enum import StrEnum
from typing import Annotated

import typer

from roadmap.cli.app import DataDir, Lang, app
from roadmap.cli.output import emit
from roadmap.cli.render import AS_OF_HELP, OUTPUT_HELP, TODAY_HELP, load_context


class ExportFormat(StrEnum):
    """Export formats."""

    json = "json"
    csv = "csv"
    ics = "ics"
    tjp = "tjp"
    tjp_problem = "tjp-problem"


@app.command()
def export(  # noqa: PLR0917 (one parameter per option, as Typer wants)
    directory: DataDir = "data",
    output_format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="json: the full plan; csv: a table; ics: a calendar; tjp: a TaskJuggler "
            "project of the plan's dates; tjp-problem: the constraints alone, for tj3 to schedule.",
        ),
    ] = ExportFormat.json,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE", help=OUTPUT_HELP)
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of titles.")] = Lang.en,
    today: Annotated[
        str | None, typer.Option("--today", metavar="YYYY-MM", help=TODAY_HELP)
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="YYYY-MM", help=AS_OF_HELP)
    ] = None,
) -> None:
    """Export the plan for other tools: spreadsheets, calendars, TaskJuggler."""
    from roadmap.output.export import EXPORTERS  # noqa: PLC0415

    context = load_context(directory, lang.value, today, as_of)
    emit(EXPORTERS[output_format.value](context), output)
