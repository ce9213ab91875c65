"""Checking a data directory in stages, every finding a Diagnostic.

Stages 1 and 2 (syntax, schema) happen while loading; the rules of stages 3 to 5
(references, graph, time and money) run here, each stage only when the ones before held.
"""

from __future__ import annotations

from roadmap.checks import rules  # noqa: F401 (the rule modules register themselves)
from roadmap.checks.context import CheckContext
from roadmap.checks.registry import RULES, Finding, Stage
from roadmap.diagnostics import Diagnostic, Severity, has_errors


def run_rules(context: CheckContext) -> list[Diagnostic]:
    """Run the rules of stages 3 to 5 on a directory that passed stages 1 and 2."""
    found: list[Diagnostic] = []
    for stage in (Stage.REFERENCES, Stage.GRAPH, Stage.TIME_AND_MONEY):
        for code, registered in sorted(RULES.items()):
            if registered.stage is not stage or registered.function is None:
                continue
            for f in registered.function(context):
                where = context.loaded.locate(f.kind, f.loc, key=f.at_key)
                found.append(Diagnostic(*where, code, registered.severity, f.message))
        if has_errors(found):
            break
    return found


def planning_blockers(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The errors that leave data unfit to plan: those of stages 1 to 4.

    Errors of stage 5 (time and money, KPIs, progress) are constraints that a plan can
    break, such as a deadline no schedule meets: the planner still plans, and names the
    constraints its plan breaks. Codes from outside the registry (loading's) are blockers.
    """
    stages = {code: registered.stage for code, registered in RULES.items()}
    return [
        d
        for d in diagnostics
        if d.severity is Severity.ERROR and stages.get(d.code, Stage.SYNTAX) < Stage.TIME_AND_MONEY
    ]


__all__ = [
    "RULES",
    "CheckContext",
    "Finding",
    "Stage",
    "planning_blockers",
    "run_rules",
]
