"""`roadmap plan`: the actions ordered into short, medium and long-term phases."""

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from roadmap.cli.app import (
    DataDir,
    IgnoreBudget,
    IgnoreCapacity,
    Lang,
    NoCache,
    ObjectiveChoice,
    ObjectiveOption,
    Optimize,
    PlanStart,
    Replan,
    Select,
    TimeLimit,
    app,
)
from roadmap.cli.output import echo, echo_diagnostics

if TYPE_CHECKING:
    from collections.abc import Sequence

    from roadmap.reporters.plain_table import Line, PlanTable

PLAIN_WIDTH = 120
"""The width of the text plan when it does not go to a terminal."""


class PlanFormat(StrEnum):
    """Output formats of `roadmap plan`."""

    text = "text"
    json = "json"
    markdown = "markdown"


@app.command()
def plan(  # noqa: PLR0917 (one parameter per option, as Typer wants)
    directory: DataDir = "data",
    output_format: Annotated[
        PlanFormat, typer.Option("--format", "-f", help="How to print the plan.")
    ] = PlanFormat.text,
    start: PlanStart = None,
    ignore_capacity: IgnoreCapacity = False,
    ignore_budget: IgnoreBudget = False,
    as_of: Replan = None,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the titles.")] = Lang.en,
    no_cache: NoCache = False,
    optimize: Optimize = False,
    objective: ObjectiveOption = ObjectiveChoice.finish,
    time_limit: TimeLimit = 10.0,
    select: Select = False,
) -> None:
    """Plan the actions; exit 0 when feasible, 1 when infeasible, 2 on bad input."""
    from roadmap.reporters.text import text_report  # noqa: PLC0415
    from roadmap.scheduling.options import PlanOptions, Search  # noqa: PLC0415
    from roadmap.scheduling.service import plan_directory  # noqa: PLC0415

    search = Search(optimize, objective.value, time_limit, select)
    options = PlanOptions(start, ignore_capacity, ignore_budget, as_of, search)
    outcome = plan_directory(directory, options, use_cache=not no_cache)
    if outcome.plan is None or outcome.dataset is None:
        echo(text_report(outcome.refusal), err=True)
        echo("roadmap: the data has errors, so it cannot be planned (see above)\n", err=True)
        raise typer.Exit(2)
    if output_format is PlanFormat.json:
        import sys  # noqa: PLC0415

        from roadmap.reporters.plan_report import write_plan_json  # noqa: PLC0415

        write_plan_json(outcome.plan, sys.stdout)
        sys.stdout.flush()
    elif output_format is PlanFormat.markdown:
        from roadmap.reporters.plan_report import plan_markdown  # noqa: PLC0415

        echo(plan_markdown(outcome.plan, outcome.dataset, lang.value))
    else:
        from roadmap.reporters.plan_text import plan_problems, plan_text  # noqa: PLC0415

        print_rich(plan_text(outcome.plan, outcome.dataset, lang.value))
        echo_diagnostics(plan_problems(outcome.plan))
    if not outcome.plan.feasible:
        raise typer.Exit(1)


def print_rich(parts: "Sequence[Line | PlanTable]") -> None:
    """Print the parts: styled on a terminal, plain and 120 columns wide elsewhere.

    Off a terminal, and unless the environment tells rich to colour anyway, the parts
    are written without importing rich (roadmap.reporters.plain_table).
    """
    import os  # noqa: PLC0415
    import sys  # noqa: PLC0415

    from roadmap.reporters.plain_table import plain_console, print_plain  # noqa: PLC0415

    terminal = sys.stdout.isatty()
    if not terminal and not {"FORCE_COLOR", "TTY_COMPATIBLE"} & os.environ.keys():
        print_plain(parts, sys.stdout, PLAIN_WIDTH)
        return
    from rich.console import Console, Group  # noqa: PLC0415

    console = (
        Console(file=sys.stdout, highlight=False, emoji=False)
        if terminal
        else plain_console(sys.stdout, PLAIN_WIDTH)
    )
    if console.color_system is None and not terminal:
        print_plain(parts, sys.stdout, PLAIN_WIDTH)
    else:
        console.print(Group(*(part.renderable() for part in parts)))
