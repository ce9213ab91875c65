"""The Typer application that every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="roadmap",
    help=(
        "A city's digital-transformation strategy as code: check the YAML, plan the "
        "actions into short, medium and long-term phases, explain, render and monitor."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DATA_DIR_HELP = "The data directory holding strategy.yaml, goals.yaml and actions.yaml."
