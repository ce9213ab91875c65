"""`roadmap export`: the plan as JSON, CSV, iCalendar or a TaskJuggler project."""

from typing import TYPE_CHECKING, Annotated, Literal

import typer

from roadmap.cli import DataDir, Lang, PublishedAsOf, Today, app, language_option
from roadmap.cli.output import Output, emit
from roadmap.cli.render import fail_on_errors, load_context
from roadmap.texts import say

if TYPE_CHECKING:
    from roadmap.output.context import RoadmapContext


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

    context = load_context(directory, PlanOptions(as_of=as_of), lang, today)
    if output_format == "tjp":
        _within_taskjuggler(context)
    if output_format == "csv":
        emit(export_csv(context, delimiter), output)
    else:
        emit(EXPORTERS[output_format](context), output)
    fail_on_errors(context)


def _within_taskjuggler(context: "RoadmapContext") -> None:
    """Refuse, in one line, a plan whose project would end after TaskJuggler's last year
    (tj3 would reject the file)."""
    from roadmap.errors import UserError  # noqa: PLC0415
    from roadmap.months import format_month, parse_month  # noqa: PLC0415
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
