"""`roadmap explain`: why an action starts when it does, and what would move it."""

import json
import os
from typing import Annotated, Literal

import typer

from roadmap.cli import IgnoreBudget, IgnoreCapacity, PlanStart, Replan, app
from roadmap.cli.output import Output, emit, planned
from roadmap.errors import UserError
from roadmap.texts import say, series


def split_arguments(arguments: list[str]) -> tuple[str, str]:
    """(data directory, action id) from `[DIR] ID`: `A07` reads ./data, and of two
    arguments in either order, the one that is a directory is the data directory."""
    if len(arguments) == 1:
        return ("data", arguments[0])
    if len(arguments) != 2:
        raise UserError(say("cli.explain_args"))
    first, second = arguments
    if os.path.isdir(second) and not os.path.isdir(first):
        return (second, first)
    return (first, second)


@app.command()
def explain(  # noqa: PLR0917 (one parameter per option, as Typer wants)
    arguments: Annotated[
        list[str],
        typer.Argument(
            metavar="[DIR] ID", help="The data directory (default ./data), then an action id."
        ),
    ],
    output_format: Annotated[
        Literal["text", "json"],
        typer.Option("--format", "-f", help="How to print the explanation."),
    ] = "text",
    start: PlanStart = None,
    ignore_capacity: IgnoreCapacity = False,
    ignore_budget: IgnoreBudget = False,
    as_of: Replan = None,
    output: Output = None,
) -> None:
    """Explain why an action starts when it does; exit 2 on an unknown id or bad data."""
    from roadmap.output.json_reports import explain_json  # noqa: PLC0415
    from roadmap.output.text import explain_text  # noqa: PLC0415
    from roadmap.planning.explain import UnknownActionError  # noqa: PLC0415
    from roadmap.planning.explain import explain as explain_action  # noqa: PLC0415
    from roadmap.planning.options import PlanOptions  # noqa: PLC0415

    directory, action_id = split_arguments(arguments)
    options = PlanOptions(start, ignore_capacity, ignore_budget, as_of)
    _, base, dataset = planned(directory, options)
    try:
        result = explain_action(dataset, action_id, options, base=base)
    except UnknownActionError as exc:
        close = exc.suggestions
        hint = say("explain.did_you_mean", ids=series(close, "or")) if close else ""
        problem = say("explain.unknown", id=repr(action_id), hint=hint, directory=directory)
        raise UserError(problem) from exc
    if result is not None:
        emit(explain_json(result) if output_format == "json" else explain_text(result), output)
        return
    why = say("explain.cancelled", id=action_id)
    cancelled = {"id": action_id, "cancelled": True, "why": why}
    emit((json.dumps(cancelled) if output_format == "json" else why) + "\n", output)
