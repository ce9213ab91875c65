"""`roadmap rules`: every diagnostic code, as a listing or as the Markdown rules page."""

from typing import Annotated

import typer

from roadmap.cli import app
from roadmap.cli.output import Output, emit


@app.command()
def rules(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the rules page (docs/rules.md) instead.")
    ] = False,
    output: Output = None,
) -> None:
    """List every diagnostic code with its stage, severity and title."""
    from roadmap.checks.docs import rules_listing  # noqa: PLC0415
    from roadmap.output.diagnostics import rules_markdown  # noqa: PLC0415

    emit(rules_markdown() if markdown else rules_listing(), output)
