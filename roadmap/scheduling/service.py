"""Plan a data directory: check it, refuse it when it has errors, plan it otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from roadmap.checks import CheckResult, check_directory, planning_blockers
from roadmap.diagnostics import Diagnostic, Severity
from roadmap.errors import UserError
from roadmap.models import Dataset
from roadmap.months import parse_month
from roadmap.scheduling.options import PlanOptions
from roadmap.scheduling.planner import CyclicDependenciesError, plan
from roadmap.scheduling.result import Plan

if TYPE_CHECKING:
    import networkx as nx


@dataclass
class PlanOutcome:
    """The check of the directory, and the plan when the data could be planned."""

    check: CheckResult
    dataset: Dataset | None
    plan: Plan | None
    refusal: list[Diagnostic]
    """The errors that kept the data from being planned (empty when it was planned)."""


def plan_directory(directory: str, options: PlanOptions) -> PlanOutcome:
    """Check `directory` and plan it; data with errors before stage 5 is not planned."""
    checked = check_directory(directory)
    dataset = checked.loaded.dataset
    blockers = planning_blockers(checked.diagnostics)
    if dataset is None or blockers:
        return PlanOutcome(checked, dataset, None, blockers)
    _validate(options, dataset)
    try:
        result = plan(
            dataset, options, locate=checked.loaded.locate, graph=_graph(checked, options)
        )
    except CyclicDependenciesError as exc:
        file, line, column = checked.loaded.locate("actions", ("actions",))
        cycle = Diagnostic(file, line, column, "P600", Severity.ERROR, str(exc))
        return PlanOutcome(checked, dataset, None, [cycle])
    return PlanOutcome(checked, dataset, result, [])


def _graph(checked: CheckResult, options: PlanOptions) -> nx.DiGraph | None:
    """The check's graph of the actions that are not cancelled, built once for both.

    With `--as-of`, progress.yaml decides which actions are cancelled, so the planner
    builds its own graph.
    """
    if checked.context is None or options.as_of is not None:
        return None
    return checked.context.active_graph


def _validate(options: PlanOptions, dataset: Dataset) -> None:
    end = dataset.strategy.horizon.end
    if options.start is not None and parse_month(options.start) > parse_month(end):
        raise UserError(f"--start {options.start} is after the horizon end {end}")
