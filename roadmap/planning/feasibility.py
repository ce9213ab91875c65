"""Infeasibility: the constraints a plan could not meet, each naming what bound it.

The plan is still made; these diagnostics say where it breaks a deadline, runs past the
horizon, leaves a phase pin, or holds an action no budget cap can carry.
"""

from __future__ import annotations

from typing import Any

from roadmap.diagnostics import Severity
from roadmap.months import format_month
from roadmap.planning.problem import Problem
from roadmap.planning.result import PlanFinding, Reason
from roadmap.planning.sgs import Schedule
from roadmap.texts import current, money, say

PLAN_CODES = {
    "P600": "The dependency graph has a cycle, so nothing can be planned",
    "P601": "An action finishes after its deadline",
    "P602": "An action runs past the end of the horizon",
    "P603": "An action cannot start in the phase it is pinned to",
    "P604": "An action's cost can never fit a year's budget cap",
    "P605": "With --as-of, a done or in-progress action has no dated progress record",
}


def infeasibilities(problem: Problem, placed: Schedule) -> list[PlanFinding]:
    """Every broken constraint of the schedule, in file order of the actions."""
    found = list(problem.notes)

    def report(code: str, loc: tuple[Any, ...], text: str) -> None:
        found.append(PlanFinding(code, Severity.ERROR, "actions", loc, text))

    for node, task in enumerate(problem.tasks):
        at = ("actions", task.index)
        start, finish = placed.start[node], placed.finish[node]
        overflow = placed.never_fits.get(node)
        if overflow is not None:
            need, cap = (money(int(x), current()) for x in (overflow.need, overflow.cap))
            text = say("P604", id=task.id, need=need, year=overflow.year, cap=cap)
            report("P604", (*at, "cost_eur"), text)
        if task.fixed is not None and task.status == "done":
            continue
        late = task.deadline is not None and finish > task.deadline + 1
        overrun = finish - 1 > problem.end
        if late or overrun:
            why = say("P6.fixed", fixed=task.fixed_detail)
            if task.fixed is None:
                why = say(
                    "P6.starts", start=format_month(start), because=because(placed.reasons[node])
                )
            said = {"id": task.id, "last": format_month(finish - 1), "why": why}
        if late and task.deadline is not None:
            text = say("P601", deadline=format_month(task.deadline), **said)
            report("P601", (*at, "deadline"), text)
        if overrun:
            report(
                "P602", (*at, "duration_months"), say("P602", end=format_month(problem.end), **said)
            )
        if task.pin is not None and task.fixed is None:
            phase = problem.phase_of(start)
            if phase != task.pin:
                why, begin = because(placed.reasons[node]), format_month(start)
                text = say("P603", id=task.id, pin=task.pin, start=begin, phase=phase, because=why)
                report("P603", (*at, "phase"), text)
    return found


def because(reasons: tuple[Reason, ...]) -> str:
    """`because <the binding reasons>`, for a message."""
    details = [r.detail for r in reasons]
    return say("P6.because", reasons="; ".join(details)) if details else ""
