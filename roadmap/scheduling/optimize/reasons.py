"""Why `--select` deferred an action: the limits that, lifted one at a time, let it in.

For each deferred action, the actions kept and the deferred action (with any deferred
action it depends on) are planned together again, first with every limit, then with
one family of limits lifted at a time: its own deadline, the horizon end, its phase pin,
the capacity of its lead, each pool it needs, each year's budget cap, the deadlines of
the actions kept. Every family whose lifting makes room is named. A family the search
could not decide in its budget is not named; when none makes room alone, the reason
says that only several lifted together would.
"""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

from roadmap.months import format_month
from roadmap.scheduling.optimize.model import Limits, build
from roadmap.scheduling.optimize.solve import solver
from roadmap.scheduling.problem import Problem
from roadmap.scheduling.result import Deferral

if TYPE_CHECKING:
    from collections.abc import Iterator

WORK = 0.2
"""Deterministic work for each question (about half a second on a slow machine)."""
QUESTION_SECONDS = 0.5
"""Wall-clock seconds for each question at most."""


def _ancestors(problem: Problem, node: int) -> set[int]:
    graph = problem.graph.indexed
    seen: set[int] = set()
    stack = [node]
    while stack:
        for pred in graph.predecessors[stack.pop()]:
            if pred not in seen:
                seen.add(pred)
                stack.append(pred)
    return seen


def _families(problem: Problem, group: list[int], kept: list[int]) -> Iterator[tuple[Limits, str]]:
    """Each family of limits that could hold the `group` out, with its name."""
    tasks = problem.tasks
    own = [n for n in group if tasks[n].deadline is not None]
    if own:
        named = ", ".join(
            f"its deadline {format_month(d)}" if n == group[-1] else f"the deadline of {t}"
            for n in own
            for t, d in [(tasks[n].id, tasks[n].deadline or 0)]
        )
        yield Limits(free_deadlines=frozenset(own)), named
    yield Limits(horizon=False), f"the horizon end {format_month(problem.end)}"
    if any(tasks[n].pin in ("short", "medium") for n in group):
        yield Limits(pins=False), "its phase pin"
    for lead in sorted({tasks[n].lead for n in group if tasks[n].lead in problem.capacity}):
        capacity = problem.capacity[lead]
        yield Limits(free_leads=frozenset([lead])), f"the capacity of lead {lead} ({capacity})"
    for pool in sorted({p for n in group for p, _ in tasks[n].needs if p in problem.pools}):
        units = problem.pools[pool]
        yield Limits(free_pools=frozenset([pool])), f"pool {pool} ({units} units)"
    first_year = min(tasks[n].lower for n in group) // 12
    if any(tasks[n].cost for n in group):
        for year, cap in sorted(problem.caps.items()):
            if year >= first_year:
                yield Limits(free_years=frozenset([year])), f"the {year} budget cap ({cap:,} EUR)"
    if any(tasks[n].deadline is not None for n in kept):
        yield Limits(deadlines=False), "the deadlines of the actions kept"


def _fits(
    problem: Problem,
    nodes: list[int],
    limits: Limits,
    hint: list[int],
    *,
    exempt: frozenset[int],
    seconds: float,
) -> bool | None:
    """Whether `nodes` can all be planned under `limits`; None when undecided."""
    from roadmap.scheduling.optimize.selection import restrict  # noqa: PLC0415 (cycle)

    position = {n: i for i, n in enumerate(nodes)}
    if limits.free_deadlines:
        free = frozenset(position[n] for n in limits.free_deadlines)
        limits = dataclasses.replace(limits, free_deadlines=free)
    built = build(
        restrict(problem, nodes),
        limits,
        latest_known=max(hint, default=0),
        exempt=frozenset(position[n] for n in exempt if n in position),
    )
    for var, node in zip(built.start, nodes, strict=True):
        built.model.add_hint(var, hint[node])
    status = solver(seconds, WORK, workers=1).solve(built.model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return True
    return False if status == cp_model.INFEASIBLE else None


def deferral_reasons(
    problem: Problem, kept: list[int], start: list[int], exempt: frozenset[int], seconds: float
) -> tuple[Deferral, ...]:
    """The deferred actions (in actions.yaml order), each with what pushed it out.

    The questions share `seconds`; once they are spent, the families not yet tried are
    not named, and the reason says so."""
    ends = time.perf_counter() + seconds
    ids = problem.graph.indexed.ids
    keep = set(kept)
    result = []
    for node in (n for n in range(len(problem.tasks)) if n not in keep):
        waiting = sorted(a for a in _ancestors(problem, node) if a not in keep)
        group = [*waiting, node]
        nodes = sorted(keep | set(group))
        lifted: list[str] | None = None
        complete = True
        if not _fits(problem, nodes, Limits(), start, exempt=exempt, seconds=_slice(ends)):
            lifted = []
            for limits, name in _families(problem, group, kept):
                if time.perf_counter() >= ends:
                    complete = False
                    break
                if _fits(problem, nodes, limits, start, exempt=exempt, seconds=_slice(ends)):
                    lifted.append(name)
        reason = _text(lifted, [ids[a] for a in waiting], complete)
        result.append(Deferral(ids[node], reason, problem.tasks[node].score))
    return tuple(result)


def _slice(ends: float) -> float:
    """Seconds for one question: a short one, within what is left."""
    return max(min(QUESTION_SECONDS, ends - time.perf_counter()), 0.05)


def _text(lifted: list[str] | None, waiting: list[str], complete: bool = True) -> str:
    prefix = f"it depends on {', '.join(waiting)}, deferred too; " if waiting else ""
    suffix = "" if complete else " (the time limit left other limits untried)"
    if lifted is None:
        return prefix + "the search ran out of time before it could find room for it"
    if not lifted:
        if not complete:
            return prefix + "no limit tried so far makes room for it alone" + suffix
        return prefix + (
            "no single limit holds it out: only several lifted together would make room "
            "for it beside the actions kept"
        )
    if len(lifted) == 1:
        return prefix + (
            f"pushed out by {lifted[0]}: lifting it would make room beside the actions kept"
            + suffix
        )
    return prefix + (
        f"pushed out by {' or by '.join(lifted)}: lifting any one of them would make room "
        "beside the actions kept" + suffix
    )
