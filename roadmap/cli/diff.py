"""`roadmap diff`: what a change does to the roadmap, between two git revisions."""

from typing import Annotated, Literal

import typer

from roadmap.cli import app
from roadmap.cli.output import Output, emit


@app.command()
def diff(  # noqa: PLR0917 (one parameter per option, as Typer wants)
    base: Annotated[
        str, typer.Argument(help="The git revision to compare from, e.g. origin/main.")
    ],
    head: Annotated[
        str | None,
        typer.Argument(help="The git revision to compare to; the working tree when left out."),
    ] = None,
    data: Annotated[
        str,
        typer.Option(
            "--data", "-d", help="The data directory (at HEAD), from the repository root."
        ),
    ] = "data",
    base_data: Annotated[
        str | None,
        typer.Option(
            "--base-data",
            help="Where the data directory was at BASE, if it moved (found by git when left out).",
        ),
    ] = None,
    output_format: Annotated[
        Literal["markdown", "text", "json"],
        typer.Option("--format", "-f", help="How to print the comparison."),
    ] = "text",
    output: Output = None,
) -> None:
    """Check and plan the roadmap at BASE and HEAD and report what changed.

    Exit 0 when the head passes `roadmap check` (the plan's findings included), 1 when
    it has errors, as check would, 2 on a usage error: an unknown revision, no git
    repository, or a data folder (--data counts from the repository root) that a side
    lacks.
    """
    from roadmap.diffing import diff_revisions  # noqa: PLC0415
    from roadmap.output.diff_page import diff_markdown  # noqa: PLC0415
    from roadmap.output.json_reports import diff_json  # noqa: PLC0415
    from roadmap.output.text import diff_text  # noqa: PLC0415

    result = diff_revisions(base, head, data, base_data)
    reporters = {"markdown": diff_markdown, "text": diff_text, "json": diff_json}
    emit(reporters[output_format](result), output)
    if result.head_fails:
        raise typer.Exit(1)
