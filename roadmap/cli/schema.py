"""`roadmap schema`: JSON Schema of the data files, for editors and other tools."""

from typing import Annotated

import typer

from roadmap.cli.app import app
from roadmap.cli.output import echo

KINDS = ("strategy", "goals", "actions", "progress")


@app.command()
def schema(
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Write <kind>.schema.json files into this directory."),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", "-k", help=f"Only this data file: {', '.join(KINDS)}."),
    ] = None,
) -> None:
    """Print the JSON Schema of every data file, or write them with -o DIR.

    Without -o, prints one JSON object keyed by file kind (or the one schema of --kind).
    """
    import json  # noqa: PLC0415

    from roadmap.errors import UserError  # noqa: PLC0415
    from roadmap.models import FILE_MODELS  # noqa: PLC0415
    from roadmap.models.json_schema import (  # noqa: PLC0415
        all_schemas,
        schema_text,
        write_schemas,
    )

    if kind is not None and kind not in FILE_MODELS:
        raise UserError(f"unknown --kind '{kind}'; choose one of {', '.join(FILE_MODELS)}")
    kinds = [kind] if kind else list(FILE_MODELS)
    if output is not None:
        for path in write_schemas(output, kinds):
            echo(f"wrote {path}\n")
    elif kind is not None:
        echo(schema_text(kind))
    else:
        echo(json.dumps(all_schemas(), ensure_ascii=False, indent=2) + "\n")
