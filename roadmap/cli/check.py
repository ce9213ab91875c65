"""`roadmap check`."""

from enum import StrEnum
from typing import Annotated

import typer

from roadmap.cli.app import DataDir, NoCache, app
from roadmap.cli.output import echo, echo_diagnostics


class CheckFormat(StrEnum):
    """Output formats of `roadmap check`."""

    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


@app.command()
def check(
    directory: DataDir = "data",
    output_format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="How to print the findings.")
    ] = CheckFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    no_cache: NoCache = False,
) -> None:
    """Check the data for consistency; exit 1 on errors (or warnings with --strict)."""
    from roadmap.checks import check_directory  # noqa: PLC0415
    from roadmap.diagnostics import Severity  # noqa: PLC0415
    from roadmap.reporters import REPORTERS  # noqa: PLC0415

    diagnostics = check_directory(directory, use_cache=not no_cache).diagnostics
    report = REPORTERS[output_format.value](diagnostics)
    if output_format is CheckFormat.text:
        echo_diagnostics(report)
    else:
        echo(report)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    if any(d.severity in failing for d in diagnostics):
        raise typer.Exit(1)
