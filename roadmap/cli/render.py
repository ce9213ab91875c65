"""`roadmap render`: the published roadmap as Markdown or one self-contained HTML page."""

import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from roadmap.cli.app import DataDir, Lang, app
from roadmap.cli.output import echo

if TYPE_CHECKING:
    from roadmap.output.context import RoadmapContext


class RenderFormat(StrEnum):
    """Output formats of `roadmap render`."""

    md = "md"
    html = "html"


OUTPUT_HELP = "Write to this file (replaced atomically) instead of standard output."
TODAY_HELP = "The month drawn as today; default: --as-of, else progress.yaml's as_of, else now."
AS_OF_HELP = "Re-plan from progress.yaml: done and started actions stay where they were."


def load_context(
    directory: str, lang: str, today: str | None, as_of: str | None
) -> "RoadmapContext":
    """Check and plan the directory; on data errors print them and exit 2, as `plan` does."""
    from roadmap.output.context import roadmap_context  # noqa: PLC0415
    from roadmap.output.diagnostics import diagnostics_text  # noqa: PLC0415
    from roadmap.scheduling.options import PlanOptions  # noqa: PLC0415

    outcome = roadmap_context(directory, lang=lang, today=today, options=PlanOptions(as_of=as_of))
    if outcome.context is None:
        echo(diagnostics_text(outcome.refusal), err=True)
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
) -> None:
    """Render the roadmap: summary, phases, gantt, dependencies, KPIs, funding, warnings."""
    from roadmap.output.render import render as render_page  # noqa: PLC0415
    from roadmap.output.roadmap_page import roadmap_page  # noqa: PLC0415

    context = load_context(directory, lang.value, today, as_of)
    text = render_page(f"roadmap.{output_format.value}.j2", roadmap_page(context))
    emit(text.encode("utf-8"), output)
