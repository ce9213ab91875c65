"""`roadmap schema`: JSON Schema of the data files, for editors and other tools."""

from typing import Annotated

import typer

from roadmap.cli import app
from roadmap.cli.output import Output, emit
from roadmap.texts import say

KINDS = ("strategy", "goals", "actions", "progress")


@app.command()
def schema(
    output: Output = None,
    into: Annotated[
        str | None,
        typer.Option(
            "--into", metavar="DIR", help="Write one <kind>.schema.json file per kind into DIR."
        ),
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option("--kind", "-k", help=f"Only this data file: {', '.join(KINDS)}."),
    ] = None,
) -> None:
    """Print the JSON Schema of every data file, or write one file per kind with --into DIR.

    Prints one JSON object keyed by file kind (or the one schema of --kind).
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
        raise UserError(say("cli.kind", kind=kind, kinds=", ".join(FILE_MODELS)))
    kinds = [kind] if kind else list(FILE_MODELS)
    if into is not None:
        for path in write_schemas(into, kinds):
            emit(f"wrote {path}\n", None)
    elif kind is not None:
        emit(schema_text(kind), output)
    else:
        emit(json.dumps(all_schemas(), ensure_ascii=False, indent=2) + "\n", output)
