"""`roadmap render`: the published roadmap as Markdown or one self-contained HTML page."""

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from roadmap.cli.app import (
    DataDir,
    Lang,
    NoCache,
    ObjectiveChoice,
    ObjectiveOption,
    Optimize,
    Select,
    TimeLimit,
    app,
)
from roadmap.cli.output import echo

if TYPE_CHECKING:
    from roadmap.scheduling.options import Search
    from roadmap.views.context import RoadmapContext


class RenderFormat(StrEnum):
    """Output formats of `roadmap render`."""

    md = "md"
    html = "html"


OUTPUT_HELP = "Write to this file (replaced atomically) instead of standard output."
TODAY_HELP = "The month drawn as today; default: --as-of, else progress.yaml's as_of, else now."
AS_OF_HELP = "Re-plan from progress.yaml: done and started actions stay where they were."


def load_context(
    directory: str,
    lang: str,
    today: str | None,
    as_of: str | None,
    *,
    use_cache: bool = True,
    search: "Search | None" = None,
) -> "RoadmapContext":
    """Check and plan the directory; on data errors print them and exit 2, as `plan` does."""
    from roadmap.reporters.text import text_report  # noqa: PLC0415
    from roadmap.scheduling.options import PlanOptions, Search  # noqa: PLC0415
    from roadmap.views.source import roadmap_context  # noqa: PLC0415

    options = PlanOptions(as_of=as_of, search=search or Search())
    outcome = roadmap_context(
        directory, lang=lang, today=today, options=options, use_cache=use_cache
    )
    if outcome.context is None:
        echo(text_report(outcome.refusal), err=True)
        echo("roadmap: the data has errors, so nothing was written (see above)\n", err=True)
        raise typer.Exit(2)
    return outcome.context


def emit(data: bytes, output: str | None) -> None:
    """Write `data` to `output` atomically, or to standard output."""
    if output is None or output == "-":
        if hasattr(sys.stdout, "buffer"):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            echo(data.decode("utf-8"))
        return
    from roadmap.atomic import write_atomic  # noqa: PLC0415
    from roadmap.errors import UserError  # noqa: PLC0415

    try:
        write_atomic(output, data)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from exc


@app.command()
def render(  # noqa: PLR0917 (one parameter per option, as Typer wants)
    directory: DataDir = "data",
    output_format: Annotated[
        RenderFormat, typer.Option("--format", "-f", help="Markdown or one HTML page.")
    ] = RenderFormat.md,
    output: Annotated[
        str | None, typer.Option("--output", "-o", metavar="FILE", help=OUTPUT_HELP)
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the roadmap.")] = Lang.en,
    today: Annotated[
        str | None, typer.Option("--today", metavar="YYYY-MM", help=TODAY_HELP)
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", metavar="YYYY-MM", help=AS_OF_HELP)
    ] = None,
    no_cache: NoCache = False,
    optimize: Optimize = False,
    objective: ObjectiveOption = ObjectiveChoice.finish,
    time_limit: TimeLimit = 10.0,
    select: Select = False,
) -> None:
    """Render the roadmap: summary, phases, gantt, dependencies, KPIs, funding, warnings."""
    from roadmap.rendering import render as render_view  # noqa: PLC0415
    from roadmap.scheduling.options import Search  # noqa: PLC0415
    from roadmap.views.build import build_view  # noqa: PLC0415

    search = Search(optimize, objective.value, time_limit, select)
    context = load_context(
        directory, lang.value, today, as_of, use_cache=not no_cache, search=search
    )
    text = render_view(build_view(context), output_format.value)
    emit(text.encode("utf-8"), output)
