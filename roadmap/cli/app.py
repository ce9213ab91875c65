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


def _speak(context: typer.Context, parameter: typer.CallbackParam, value: Lang) -> Lang:
    """--lang's callback for what is read at the terminal: without --lang, the
    environment's language (LC_ALL, LC_MESSAGES, LANG); the messages speak it too."""
    from roadmap.texts import environment_language, speak  # noqa: PLC0415

    source = parameter.name and context.get_parameter_source(parameter.name)
    if source and source.name == "DEFAULT":
        value = Lang(environment_language())
    speak(value)
    return value


def _speak_published(value: Lang) -> Lang:
    """--lang's callback for what is published: English unless --lang says otherwise
    (spec section 8), and the messages speak the same language."""
    from roadmap.texts import speak  # noqa: PLC0415

    speak(value)
    return value


def language_option(what: str, *, published: bool = False) -> Any:
    """The --lang option: the language of `what` the command prints and of its messages,
    so that one run speaks one language."""
    if published:
        return typer.Option("--lang", callback=_speak_published, help=f"Language of {what}.")
    return typer.Option(
        "--lang",
        callback=_speak,
        show_default=False,
        help=f"Language of {what}; default: the environment's (LANG), else en.",
    )


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
