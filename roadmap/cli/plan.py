"""`roadmap plan`: the actions ordered into short, medium and long-term phases."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from roadmap.cli.app import (
    DataDir,
    IgnoreBudget,
    IgnoreCapacity,
    Lang,
    NoCache,
    PlanStart,
    Replan,
    app,
)
from roadmap.cli.output import echo, echo_diagnostics


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
) -> None:
    """Plan the actions; exit 0 when feasible, 1 when infeasible, 2 on bad input."""
    from roadmap.reporters.text import text_report  # noqa: PLC0415
    from roadmap.scheduling.options import PlanOptions  # noqa: PLC0415
    from roadmap.scheduling.service import plan_directory  # noqa: PLC0415

    options = PlanOptions(start, ignore_capacity, ignore_budget, as_of)
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


def print_rich(renderable: object) -> None:
    """Print a rich renderable: styled on a terminal, plain and 120 columns wide elsewhere."""
    import sys  # noqa: PLC0415

    from rich.console import Console, Group  # noqa: PLC0415

    from roadmap.reporters.plain_table import print_plain  # noqa: PLC0415

    terminal = sys.stdout.isatty()
    console = Console(
        file=sys.stdout,
        width=None if terminal else 120,
        no_color=not terminal,
        highlight=False,
        emoji=False,
    )
    if terminal or console.color_system is not None or not isinstance(renderable, Group):
        console.print(renderable)
    else:
        print_plain(renderable.renderables, sys.stdout, console)
