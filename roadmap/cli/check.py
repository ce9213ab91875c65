"""`roadmap check`."""

import os
from typing import Annotated, Literal

import typer

from roadmap.cli.app import DataDir, app
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
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of the messages: en or bg (default: LANG)."),
    ] = None,
) -> None:
    """Check the data, and that it can be planned within every constraint; exit 1 on
    errors (or warnings with --strict)."""
    from roadmap.output.diagnostics import DIAGNOSTIC_REPORTS  # noqa: PLC0415
    from roadmap.pipeline import run  # noqa: PLC0415
    from roadmap.texts import LANGUAGES, language  # noqa: PLC0415

    if lang is not None and lang not in LANGUAGES:
        raise typer.BadParameter("use en or bg", param_hint="--lang")
    if lang is None:  # the environment's language: bg when LANG starts with bg
        lang = "bg" if os.environ.get("LANG", "").lower().startswith("bg") else "en"
    with language(lang):
        outcome = run(directory)
    report = DIAGNOSTIC_REPORTS[output_format](outcome.diagnostics)
    if output_format == "text":
        echo_diagnostics(report, output)
    else:
        emit(report, output)
    if outcome.failed(strict=strict):
        raise typer.Exit(1)
