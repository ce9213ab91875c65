"""`--select`: when not every action fits, defer the set that loses the least value
(each action's score in ten-thousandths, plus one, so that fewer deferrals win ties).
Done and in-progress actions are always kept; a kept action keeps its dependencies."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ortools.sat.python import cp_model

from roadmap.planning.optimize.model import build, within_bounds
from roadmap.planning.optimize.solve import Clock, search
from roadmap.planning.problem import Problem, number_links
from roadmap.planning.sgs import Schedule

SELECT_SHARE = 0.7
"""The share of the work for choosing what to keep (its model is the larger one)."""


@dataclass(frozen=True)
class Choice:
    """The actions kept (task indices, in order) and the starts the search found."""

    kept: list[int]
    start: list[int]
    optimal: bool
    """True when no other choice is proven to lose less value."""


def restrict(problem: Problem, keep: list[int]) -> Problem:
    """The problem of the tasks `keep` alone, renumbered in that order."""
    tasks = [problem.tasks[n] for n in keep]
    graph = problem.graph.subgraph([t.id for t in tasks]).copy()
    restricted = dataclasses.replace(problem, tasks=tasks, graph=graph)
    number_links(restricted)
    return restricted


def _fitting(problem: Problem, start: list[int]) -> list[bool]:
    """The actions of a plan that keep their own limits, and whose dependencies all do."""
    fits = [True] * len(start)
    for node in problem.order:
        own = within_bounds(problem, problem.tasks[node], start[node])
        fits[node] = own and all(fits[p] for p, _ in problem.predecessors[node])
    return fits


def select(problem: Problem, first: Schedule, clock: Clock, exempt: frozenset[int]) -> Choice:
    """Choose the actions to keep; `first` is the priority-rule plan."""
    everything = list(range(len(problem.tasks)))
    latest = max(first.finish, default=problem.start)
    built = build(problem, select=True, latest_known=latest, exempt=exempt)
    model = built.model
    weights = [w + 1 for w in problem.weights()]
    fits = _fitting(problem, first.start)
    everyone = zip(built.present, weights, fits, strict=True)
    literals = [(p, w, f) for p, w, f in everyone if not isinstance(p, int)]
    if not literals:
        return Choice(everything, list(first.start), True)
    lost = cp_model.LinearExpr.sum([w * (1 - p) for p, w, _ in literals])
    model.add(lost <= sum(w for w, f in zip(weights, fits, strict=True) if not f))
    model.minimize(lost)
    variables = [*built.start, *(p for p, _, _ in literals)]
    hint = [*first.start, *(int(f) for _, _, f in literals)]
    status, values, _ = search(model, variables, hint, SELECT_SHARE * clock.work, clock)
    if values is not None:
        start = values[: len(everything)]
        chosen = iter(values[len(everything) :])
        kept = [n for n, p in enumerate(built.present) if isinstance(p, int) or next(chosen)]
        optimal = status == cp_model.OPTIMAL
    else:
        kept = [n for n in everything if fits[n]]
        start, optimal = list(first.start), False
    return Choice(kept, start, optimal)
