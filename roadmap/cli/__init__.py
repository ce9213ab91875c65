"""The command line: the Typer application, the options its commands share, and `main`.

Commands are thin, and import the heavy modules (pydantic, networkx, jinja2, rich)
inside, so that `roadmap --help` and shell completion stay fast.
"""

from __future__ import annotations

import errno
import io
import sys
from importlib import import_module
from typing import TYPE_CHECKING, Annotated, Any, Literal, NoReturn

import typer

from roadmap.cli.output import OUTPUT_ERRORS, fail
from roadmap.errors import UserError
from roadmap.texts import environment_language, language, say, speak

if TYPE_CHECKING:
    from roadmap.planning.options import Search

COMMANDS = (
    *("check", "diff", "plan", "explain", "publish"),
    *("init", "provenance", "rules", "schema", "status"),
)
"""The command modules, in the order `roadmap --help` lists them."""

app = typer.Typer(
    name="roadmap",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

Lang = Literal["en", "bg"]
"""The languages of titles, labels and published output."""

DataDir = Annotated[
    str,
    typer.Argument(
        help="The data directory holding strategy.yaml, goals.yaml and actions.yaml.",
        metavar="[DIR]",
    ),
]
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
Objective = Annotated[
    Literal["finish", "value"],
    typer.Option(
        "--objective",
        help="finish: the earliest plan finish, then high-priority actions earlier; value: "
        "the least sum of priority score x finish month.",
    ),
]
TimeLimit = Annotated[
    float | None,
    typer.Option(
        "--time-limit",
        metavar="SECONDS",
        help="Seconds --optimize may search.  [default: 10.0]",
        show_default=False,
    ),
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


def search(
    optimize: bool, objective: Literal["finish", "value"], time_limit: float | None, select: bool
) -> Search:
    """The search those options ask for. --time-limit bounds only --optimize's search, so
    without it a given limit is refused, as --select is (by Search); unset, it is Search's
    default."""
    from roadmap.planning.options import Search  # noqa: PLC0415

    if time_limit is None:
        return Search(optimize, objective, Search.time_limit, select)
    if not optimize:
        raise UserError(say("cli.time_limit_alone"))
    return Search(optimize, objective, time_limit, select)


def language_option(what: str, *, published: bool = False) -> Any:
    """The --lang option: the language of `what` and of the messages, so that one run
    speaks one; without it, English for what is published (spec section 8), else the
    environment's language (LC_ALL, LC_MESSAGES, LANG)."""

    def callback(context: typer.Context, parameter: typer.CallbackParam, value: str) -> str:
        source = parameter.name and context.get_parameter_source(parameter.name)
        if not published and source and source.name == "DEFAULT":
            value = environment_language()
        speak(value)
        return value

    default = "" if published else "; default: the environment's (LANG), else en"
    return typer.Option(
        "--lang", callback=callback, show_default=published, help=f"Language of {what}{default}."
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


def application() -> typer.Typer:
    """The Typer application with every command registered on it."""
    for name in COMMANDS:  # each module registers its commands on `app` when imported
        import_module(f"roadmap.cli.{name}")
    return app


def main() -> None:
    """Entry point of the `roadmap` console script: usage errors, user errors and an
    output that cannot take the report exit 2 with one line; anything else is a bug,
    which keeps its traceback and exits 2 too (spec section 3)."""
    # click's base of usage errors, whether typer vendors click or depends on it
    click_error: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")

    if sys.stdout is None:  # started with standard output closed
        sys.stdout = _ClosedOutput()
    with language("en"):  # until a command's --lang (or its default) says otherwise
        try:
            code = application()(standalone_mode=False)
            sys.stdout.flush()
        except click_error as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except typer.Abort:
            fail(say("cli.aborted"))
        except UserError as exc:
            fail(str(exc))
        except UnicodeEncodeError as exc:  # in English, which any encoding can show
            fail(
                f"the output encoding ({exc.encoding}) cannot show the text; set "
                "PYTHONIOENCODING=utf-8 or write it with -o FILE",
                output_lost=True,
            )
        except OSError as exc:
            if exc.errno not in OUTPUT_ERRORS:
                _bug()
            fail(say(OUTPUT_ERRORS[exc.errno]), output_lost=True)
        except Exception:
            _bug()
    sys.exit(code if isinstance(code, int) else 0)


class _ClosedOutput(io.TextIOBase):
    """Standard output when the process started without one: every write fails."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def _bug() -> NoReturn:
    import traceback  # noqa: PLC0415

    traceback.print_exc()
    fail("this is a bug in roadmap, not in your data; please report it with the traceback above")
