"""`roadmap plan`: the actions ordered into short, medium and long-term phases."""

import sys
from typing import Annotated, Literal

import typer

from roadmap.cli import (
    DataDir,
    IgnoreBudget,
    IgnoreCapacity,
    Lang,
    Objective,
    Optimize,
    PlanStart,
    Replan,
    Select,
    TimeLimit,
    app,
    language_option,
    search,
)
from roadmap.cli.output import Output, echo_diagnostics, emit, planned


@app.command()
def plan(  # noqa: PLR0917 (one parameter per option, as Typer wants)
    directory: DataDir = "data",
    output_format: Annotated[
        Literal["text", "json", "md", "markdown"],
        typer.Option("--format", "-f", help="How to print the plan."),
    ] = "text",
    start: PlanStart = None,
    ignore_capacity: IgnoreCapacity = False,
    ignore_budget: IgnoreBudget = False,
    as_of: Replan = None,
    lang: Annotated[Lang, language_option("the titles and messages")] = "en",
    output: Output = None,
    optimize: Optimize = False,
    objective: Objective = "finish",
    time_limit: TimeLimit = None,
    select: Select = False,
) -> None:
    """Plan the actions; exit 0 when feasible, 1 when infeasible, 2 on bad input."""
    from roadmap.output.diagnostics import diagnostics_text  # noqa: PLC0415
    from roadmap.output.json_reports import plan_json  # noqa: PLC0415
    from roadmap.output.plan_page import plan_page  # noqa: PLC0415
    from roadmap.output.render import render  # noqa: PLC0415
    from roadmap.output.text import plan_text, render_text  # noqa: PLC0415
    from roadmap.planning.options import PlanOptions  # noqa: PLC0415

    searched = search(optimize, objective, time_limit, select)
    options = PlanOptions(start, ignore_capacity, ignore_budget, as_of, searched)
    _, result, dataset = planned(directory, options)
    if output_format == "json":
        emit(plan_json(result), output)
    elif output_format in ("md", "markdown"):
        emit(render("plan.md.j2", plan_page(result, dataset, lang)), output)
    else:  # the findings go to a file with the plan, or follow it coloured on a terminal
        to_file = output not in (None, "-")
        page = plan_text(plan_page(result, dataset, lang))
        text = render_text(page, None if to_file else sys.stdout)
        findings = "\n" + diagnostics_text(list(result.diagnostics)) if result.diagnostics else ""
        emit(text + findings if to_file else text, output)
        if not to_file:
            echo_diagnostics(findings)
    if not result.feasible:
        raise typer.Exit(1)
