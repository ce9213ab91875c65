"""Infeasibility: the constraints a plan could not meet, each naming what bound it.

The plan is still made; these diagnostics say where it breaks a deadline, runs past the
horizon, leaves a phase pin, or holds an action no budget cap can carry.
"""

from __future__ import annotations

from typing import Any

from roadmap.diagnostics import Severity
from roadmap.months import format_month
from roadmap.planning.analysis import phase_of
from roadmap.planning.problem import Problem
from roadmap.planning.result import PlanFinding, Reason
from roadmap.planning.sgs import Schedule

PLAN_CODES = {
    "P600": "The dependency graph has a cycle, so nothing can be planned",
    "P601": "An action finishes after its deadline",
    "P602": "An action runs past the end of the horizon",
    "P603": "An action cannot start in the phase it is pinned to",
    "P604": "An action's cost can never fit a year's budget cap",
    "P605": "With --as-of, a done or in-progress action has no dated progress record",
}


def infeasibilities(problem: Problem, placed: Schedule) -> list[PlanFinding]:
    """Every broken constraint of the schedule, in file order of the actions.

    Each names the node of the data it is about; the pipeline turns that into a line.
    """
    found: list[PlanFinding] = []

    def report(code: str, severity: Severity, kind: str, loc: tuple[Any, ...], text: str) -> None:
        found.append(PlanFinding(code, severity, kind, loc, text))

    for note in problem.notes:
        report(note.code, Severity.WARNING, note.kind, note.loc, note.message)
    for node, task in enumerate(problem.tasks):
        at = ("actions", task.index)
        start, finish = placed.start[node], placed.finish[node]
        overflow = placed.never_fits.get(node)
        if overflow is not None:
            report(
                "P604",
                Severity.ERROR,
                "actions",
                (*at, "cost_eur"),
                f"{task.id} spends {int(overflow.need):,} EUR in {overflow.year} on its own, "
                f"more than that year's budget cap of {overflow.cap:,} EUR wherever it "
                "starts within the capped years; it is planned ignoring the caps. Split it, "
                "lengthen it or raise the cap",
            )
        if task.fixed is not None and task.status == "done":
            continue
        late = task.deadline is not None and finish > task.deadline + 1
        overrun = finish - 1 > problem.end
        if late or overrun:
            why = f"it starts {format_month(start)} {because(placed.reasons[node])}"
            if task.fixed is not None:
                why = f"it is {task.fixed_detail}"
        if late and task.deadline is not None:
            report(
                "P601",
                Severity.ERROR,
                "actions",
                (*at, "deadline"),
                f"{task.id} runs until {format_month(finish - 1)}, after its deadline "
                f"{format_month(task.deadline)}: {why}",
            )
        if overrun:
            report(
                "P602",
                Severity.ERROR,
                "actions",
                (*at, "duration_months"),
                f"{task.id} runs until {format_month(finish - 1)}, past the horizon end "
                f"{format_month(problem.end)}: {why}",
            )
        if task.pin is not None and task.fixed is None:
            phase = phase_of(start, problem.start, problem.bounds)
            if phase != task.pin:
                report(
                    "P603",
                    Severity.ERROR,
                    "actions",
                    (*at, "phase"),
                    f"{task.id} is pinned to the {task.pin} term but cannot start before "
                    f"{format_month(start)}, in the {phase} term, {because(placed.reasons[node])}",
                )
    return found


def because(reasons: tuple[Reason, ...]) -> str:
    """`because <the binding reasons>`, for a message."""
    details = [r.detail for r in reasons]
    return "because " + "; ".join(details) if details else ""
