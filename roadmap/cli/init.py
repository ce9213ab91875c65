"""`roadmap init`: start a new strategy."""

import datetime
from typing import Annotated

import typer

from roadmap.cli import Lang, app
from roadmap.cli.output import emit


@app.command()
def init(  # noqa: PLR0917 (typer options)
    directory: Annotated[str, typer.Argument(help="The data directory to create.")] = "data",
    name: Annotated[
        str | None, typer.Option("--name", help="The strategy's name (in --lang).")
    ] = None,
    lang: Annotated[Lang, typer.Option("--lang", help="The language of --name.")] = "en",
    strategy_id: Annotated[
        str, typer.Option("--id", help="The strategy's id, a short key.")
    ] = "my-city",
    start: Annotated[
        str | None,
        typer.Option("--start", help="First month of the horizon, YYYY-MM (next January)."),
    ] = None,
    progress: Annotated[
        bool, typer.Option("--progress", help="Also write progress.yaml for monitoring.")
    ] = False,
    schemas: Annotated[
        str | None,
        typer.Option(
            "--schemas",
            help="Where to write the JSON Schemas the files point at (DIRECTORY/../schemas).",
        ),
    ] = None,
    no_schemas: Annotated[
        bool, typer.Option("--no-schemas", help="Write no schemas and no editor comment.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite files that already exist.")
    ] = False,
) -> None:
    """Write a new strategy skeleton that passes `roadmap check` and explains the format.

    Refuses to overwrite existing files (exit 2, nothing written) unless --force.
    """
    from roadmap.output.scaffold import InitOptions, init_directory  # noqa: PLC0415

    options = InitOptions(
        directory=directory,
        start=start or f"{datetime.date.today().year + 1}-01",
        name=name,
        lang=lang,
        strategy_id=strategy_id,
        progress=progress,
        schemas=None if no_schemas else (schemas or ""),
        force=force,
    )
    for path in init_directory(options):
        emit(f"wrote {path}\n", None)
    then = f"`roadmap check {directory}` and `roadmap plan {directory}`"
    emit(f"next: edit the files, then {then}\n", None)
