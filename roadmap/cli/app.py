"""The Typer application that every command module registers on."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

app = typer.Typer(
    name="roadmap",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DATA_DIR_HELP = "The data directory holding strategy.yaml, goals.yaml and actions.yaml."

DataDir = Annotated[str, typer.Argument(help=DATA_DIR_HELP, metavar="[DIR]")]
"""The data directory argument of every command that loads data: `directory: DataDir = "data"`."""

PlanStart = Annotated[
    str | None,
    typer.Option("--start", metavar="YYYY-MM", help="Plan from this month, not the horizon start."),
]
IgnoreCapacity = Annotated[
    bool,
    typer.Option(
        "--ignore-capacity", help="Plan as if actors and shared pools had no capacity limit."
    ),
]
IgnoreBudget = Annotated[
    bool, typer.Option("--ignore-budget", help="Plan as if there were no annual budget caps.")
]
Replan = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM",
        help="The month progress is known up to, within the horizon: re-plan from "
        "progress.yaml's records dated by then (done and started actions stay, the rest "
        "start no earlier). Without it: the plan as written.",
    ),
]
"""The options that shape a plan, shared by `plan` and `explain` (see PlanOptions)."""

Optimize = Annotated[
    bool,
    typer.Option(
        "--optimize",
        help="Search for the best plan with OR-Tools CP-SAT, started from the priority-rule "
        "plan and never worse than it.",
    ),
]


class ObjectiveChoice(StrEnum):
    """What `--optimize` minimises."""

    finish = "finish"
    value = "value"


ObjectiveOption = Annotated[
    ObjectiveChoice,
    typer.Option(
        "--objective",
        help="finish: the earliest plan finish, then high-priority actions earlier; value: "
        "the least sum of priority score x finish month.",
    ),
]
TimeLimit = Annotated[
    float,
    typer.Option("--time-limit", metavar="SECONDS", help="Seconds --optimize may search."),
]
Select = Annotated[
    bool,
    typer.Option(
        "--select",
        help="With --optimize: when not every action fits, defer the least valuable ones "
        "and say which limit pushed each out.",
    ),
]
"""The options of the search (see Search), shared by `plan` and `render`."""


class Lang(StrEnum):
    """The languages of titles, labels and published output."""

    en = "en"
    bg = "bg"


def _speak(context: typer.Context, parameter: typer.CallbackParam, value: Lang | None) -> Any:
    """--lang's callback: the messages on standard error speak the language given, or the
    environment's (LANG) when none is; what a command prints or writes keeps the option's
    own default (English: spec section 8)."""
    from roadmap.texts import environment_language, speak  # noqa: PLC0415

    given = parameter.name and context.get_parameter_source(parameter.name)
    speak(value if value and given and given.name != "DEFAULT" else environment_language())
    return value


def language_option(what: str | None = None) -> Any:
    """The --lang option: of the messages only, or of `what` the command prints too."""
    shown = f"{what} and of the messages" if what else "the messages (default: LANG)"
    return typer.Option("--lang", callback=_speak, help=f"Language of {shown}.")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version  # noqa: PLC0415

        typer.echo(f"roadmap {version('roadmap')}")
        raise typer.Exit


@app.callback()
def _options(
    _: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """A city's digital-transformation strategy as code: check the YAML, plan the actions
    into short, medium and long-term phases, explain, render and monitor."""
