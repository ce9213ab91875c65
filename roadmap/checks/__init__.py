"""Checking a data directory in stages, every finding a Diagnostic.

Stages 1 and 2 (syntax, schema) happen while loading; the rules of stages 3 to 5
(references, graph, time and money) run here, each stage only when the ones before held.
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmap import collector
from roadmap.checks.context import CheckContext
from roadmap.checks.registry import LOADER_CODES, RULES, Finding, Rule, Stage, rule
from roadmap.diagnostics import Diagnostic, Severity, has_errors
from roadmap.io.load import Loaded, load_directory


@dataclass
class CheckResult:
    """The loaded directory and every diagnostic found in it, in a stable order."""

    loaded: Loaded
    diagnostics: list[Diagnostic]
    context: CheckContext | None = None
    """The rules' view of the data set (None when it did not load); the planner takes
    its dependency graph instead of building another."""


def _load_rules() -> None:
    # The rule modules register themselves on import.
    from roadmap.checks import rules  # noqa: F401, PLC0415


def run_rules(loaded: Loaded, context: CheckContext | None = None) -> list[Diagnostic]:
    """Run the rules of stages 3 to 5 on a directory that passed stages 1 and 2.

    The cyclic garbage collector is paused meanwhile (roadmap.collector).
    """
    if loaded.dataset is None:
        return []
    _load_rules()
    with collector.paused():
        return _run_stages(context or CheckContext(loaded, loaded.dataset))


def _run_stages(context: CheckContext) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for stage in (Stage.REFERENCES, Stage.GRAPH, Stage.TIME_AND_MONEY):
        for registered in sorted(RULES.values(), key=lambda r: r.code):
            if registered.stage is stage:
                found.extend(_diagnostics(registered, context))
        if has_errors(found):
            break
    return found


def _diagnostics(registered: Rule, context: CheckContext) -> list[Diagnostic]:
    result = []
    for finding in registered.function(context):
        file, line, column = context.loaded.locate(finding.kind, finding.loc, key=finding.at_key)
        result.append(
            Diagnostic(file, line, column, registered.code, registered.severity, finding.message)
        )
    return result


def planning_blockers(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The errors that leave data unfit to plan: those of stages 1 to 4.

    Errors of stage 5 (time and money, KPIs, progress) are constraints that a plan can
    break, such as a deadline no schedule meets: the planner still plans, and names the
    constraints its plan breaks. Codes from outside the registry count as blockers.
    """
    _load_rules()
    stages = {c.code: c.stage for c in LOADER_CODES}
    stages.update({code: registered.stage for code, registered in RULES.items()})
    return [
        d
        for d in diagnostics
        if d.severity is Severity.ERROR and stages.get(d.code, Stage.SYNTAX) < Stage.TIME_AND_MONEY
    ]


def check_directory(directory: str, *, use_cache: bool = True) -> CheckResult:
    """Load `directory` and run every stage that its earlier stages allow."""
    loaded = load_directory(directory)
    diagnostics = list(loaded.diagnostics)
    context = None
    if loaded.dataset is not None:
        context = CheckContext(loaded, loaded.dataset)
        diagnostics.extend(run_rules(loaded, context))
    return CheckResult(loaded, sorted(set(diagnostics)), context)


__all__ = [
    "LOADER_CODES",
    "RULES",
    "CheckContext",
    "CheckResult",
    "Finding",
    "Rule",
    "Stage",
    "check_directory",
    "planning_blockers",
    "rule",
    "run_rules",
]
