"""Annual budget caps in the CP-SAT model, exactly as the priority rule counts them.

An action's cost is spread evenly over its months, so in a calendar year it spends
`cost x (its months in that year) / duration`. For each capped year, every term is
multiplied by the least common multiple `D` of the durations involved, which makes each
a whole number: `cost x D / duration` per month. The months an action has in the year
are read from a table indexed by its start (an element constraint), so the constraint
is linear and exact: no euro is rounded.

Only if `D` is so large that the sums could overflow 64 bits does the model fall back to
whole euros per month, rounded up: it may then refuse a plan a few euros within a cap,
never accept one above it. Actions that fit no capped year even on their own (P604) are
left out of the caps, as the priority rule leaves them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

from roadmap.planning.occupancy import overlap
from roadmap.planning.problem import Problem

if TYPE_CHECKING:
    from roadmap.planning.optimize.model import Built

SAFE_TOTAL = 2**60


def add_caps(problem: Problem, built: Built) -> None:
    """One linear constraint per capped year."""
    for year, cap in sorted(problem.caps.items()):
        terms = []
        for node, task in enumerate(problem.tasks):
            if task.cost == 0 or node in built.exempt:
                continue
            var = built.start[node]
            low, high = (task.fixed[0],) * 2 if task.fixed else _domain(var)
            if any(overlap(s, built.duration[node], year) for s in range(low, high + 1)):
                terms.append((node, low, high))
        if terms:
            _add_year(problem, built, year, cap, terms)


def _domain(var: cp_model.IntVar) -> tuple[int, int]:
    bounds = list(var.proto.domain)  # the proto's list does not take negative indices
    return bounds[0], bounds[-1]


def _add_year(
    problem: Problem, built: Built, year: int, cap: int, terms: list[tuple[int, int, int]]
) -> None:
    duration, tasks = built.duration, problem.tasks
    scale = math.lcm(*(duration[node] for node, _, _ in terms))
    exact = max(tasks[n].cost for n, _, _ in terms) * scale * 12 * len(terms) < SAFE_TOTAL
    if not exact:
        scale = 1

    def per_month(node: int) -> int:
        cost, months = tasks[node].cost, duration[node]
        return cost * scale // months if exact else -(-cost // months)

    model = built.model
    fixed_spend = 0
    expressions = []
    for node, low, high in terms:
        if tasks[node].fixed is not None:
            fixed_spend += per_month(node) * overlap(low, duration[node], year)
            continue
        table = [overlap(s, duration[node], year) for s in range(low, high + 1)]
        months = model.new_int_var(0, max(table), f"m{node}_{year}")
        model.add_element(built.start[node] - low, table, months)
        literal = built.present[node]
        if not isinstance(literal, int):
            held = model.new_int_var(0, max(table), f"h{node}_{year}")
            model.add(held == months).only_enforce_if(literal)
            model.add(held == 0).only_enforce_if(~literal)
            months = held
        expressions.append(per_month(node) * months)
    if expressions:
        model.add(sum(expressions) <= max(cap * scale - fixed_spend, 0))
