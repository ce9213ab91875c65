"""Every constraint of a plan, checked from the data set with none of the planner's code."""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

from roadmap.models import Dataset
from roadmap.months import parse_month
from roadmap.planning import Plan


def broken(data: Dataset, result: Plan, *, caps: bool = True) -> list[str]:
    """Each way `result` breaks a hard limit of `data` (deadlines and the horizon only
    count where the plan says it is feasible)."""
    strategy = data.strategy
    start = parse_month(strategy.horizon.start)
    at = result.by_id
    actions = {a.id: a for a in data.actions if a.id in at}
    deferred = {d.id for d in result.deferred}
    problems = []
    if set(at) | deferred != {a.id for a in data.actions if a.status != "cancelled"}:
        problems.append("not every action is planned or deferred")
    pins = {"medium": start + strategy.phases.short, "long": start + strategy.phases.medium}
    for action in actions.values():
        here = at[action.id]
        if here.finish - here.start != action.duration_months:
            problems.append(f"{action.id} does not last its duration")
        if here.start < start or (
            action.earliest_start and here.start < parse_month(action.earliest_start)
        ):
            problems.append(f"{action.id} starts before it may")
        if action.phase in pins and here.start < pins[action.phase]:
            problems.append(f"{action.id} starts before its pinned phase")
        for dep in action.dependencies():
            if dep.id not in at:
                problems.append(f"{action.id} is kept but its dependency {dep.id} is not")
            elif here.start < at[dep.id].finish + dep.lag_months:
                problems.append(f"{action.id} starts before {dep.id} ends")
        late = action.deadline and here.finish > parse_month(action.deadline) + 1
        if result.feasible and late:
            problems.append(f"{action.id} misses its deadline in a feasible plan")
    capacity = {a.id: a.capacity for a in strategy.actors if a.capacity}
    pools = {r.id: r.capacity for r in strategy.resources}
    for month in range(start, result.finish):
        leads: dict[str, int] = defaultdict(int)
        held: dict[str, int] = defaultdict(int)
        for action in actions.values():
            if at[action.id].start <= month < at[action.id].finish:
                leads[action.lead] += 1
                for pool, units in action.needs.items():
                    held[pool] += units
        problems += [
            f"lead {a} over capacity in {month}" for a in capacity if leads[a] > capacity[a]
        ]
        problems += [f"pool {p} over capacity in {month}" for p in pools if held[p] > pools[p]]
    if caps and not any(d.code == "P604" for d in result.findings):
        spent: dict[int, Fraction] = defaultdict(Fraction)
        for action in actions.values():
            here = at[action.id]
            for month in range(here.start, here.finish):
                spent[month // 12] += Fraction(action.cost_eur, action.duration_months)
        for year, cap in (strategy.budget_caps or {}).items():
            if spent[year] > cap:
                problems.append(f"the {year} cap is broken")
    return problems
