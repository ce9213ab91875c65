"""`roadmap provenance`: where each record of the data comes from, and the actions' origin."""

from typing import Annotated, Literal

import typer

from roadmap.cli import DataDir, Lang, app, language_option
from roadmap.cli.output import Output, emit, stop
from roadmap.texts import say


@app.command()
def provenance(
    directory: DataDir = "data",
    output_format: Annotated[
        Literal["text", "md", "json"],
        typer.Option("--format", "-f", help="Counts as text, the full page as md, or JSON."),
    ] = "text",
    lang: Annotated[Lang, language_option("titles, labels and messages")] = "en",
    output: Output = None,
) -> None:
    """Count every record by provenance (sourced, reconstructed, assumption) and split the
    actions into the strategy's own activities and the ones the roadmap adds."""
    from roadmap.io.load import load_directory  # noqa: PLC0415
    from roadmap.output import provenance as report  # noqa: PLC0415
    from roadmap.output.provenance import provenance_summary  # noqa: PLC0415

    loaded = load_directory(directory)
    if loaded.dataset is None:
        stop(loaded.diagnostics, say("cli.refused", refused=say("cli.refused.counted")), 2)
    summary = provenance_summary(loaded.dataset, lang)
    reports = {
        "md": report.provenance_markdown,
        "json": report.provenance_json,
        "text": report.provenance_text,
    }
    emit(reports[output_format](summary), output)
