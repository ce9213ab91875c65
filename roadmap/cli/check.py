"""`roadmap check`."""

from typing import Annotated, Literal

import typer

from roadmap.cli import DataDir, Lang, app, language_option
from roadmap.cli.output import Output, echo_diagnostics, emit


@app.command()
def check(
    directory: DataDir = "data",
    output_format: Annotated[
        Literal["text", "json", "github", "sarif"],
        typer.Option("--format", "-f", help="How to print the findings."),
    ] = "text",
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    output: Output = None,
    _lang: Annotated[Lang, language_option("the messages")] = "en",
) -> None:
    """Check the data, and that it can be planned within every constraint; exit 1 on
    errors (or warnings with --strict)."""
    from roadmap.output.diagnostics import DIAGNOSTIC_REPORTS  # noqa: PLC0415
    from roadmap.pipeline import run  # noqa: PLC0415

    outcome = run(directory)
    report = DIAGNOSTIC_REPORTS[output_format](outcome.diagnostics)
    if output_format == "text":
        echo_diagnostics(report, output)
    else:
        emit(report, output)
    if outcome.failed(strict=strict):
        raise typer.Exit(1)
