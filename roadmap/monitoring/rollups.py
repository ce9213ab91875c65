"""Roll-ups per goal, priority area and actor, and the budget committed against plan.

A goal covers the actions that name it and its own KPIs; a priority area the union of
its goals'; an actor the actions it leads and the KPIs they name. `kpi_progress` is the
mean over the measured KPIs. Cancelled actions count nowhere; see docs/monitoring.md
for the budget.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction
from functools import partial

from roadmap.models import Action, Dataset
from roadmap.monitoring.result import (
    ACTION_STATES,
    LIGHTS,
    ActionState,
    ActionStatus,
    Budget,
    KpiStatus,
    Light,
    Rollup,
)
from roadmap.planning.result import Plan


def rollup(
    key: str,
    action_ids: Iterable[str],
    kpi_ids: Iterable[str],
    *,
    statuses: dict[str, ActionStatus],
    kpis: dict[str, KpiStatus],
    cancelled: set[str],
) -> Rollup:
    """Sum up the given actions and KPIs (each counted once, unknown ids ignored)."""
    states: dict[ActionState, int] = dict.fromkeys(ACTION_STATES, 0)
    lights: dict[Light, int] = dict.fromkeys(LIGHTS, 0)
    chosen = list(dict.fromkeys(action_ids))
    for action_id in chosen:
        if action_id in statuses:
            states[statuses[action_id].state] += 1
    measured = [kpis[k] for k in dict.fromkeys(kpi_ids) if k in kpis]
    for kpi in measured:
        lights[kpi.light] += 1
    progress = [k.progress for k in measured if k.progress is not None]
    return Rollup(
        id=key,
        states=states,
        cancelled=sum(1 for a in chosen if a in cancelled),
        kpis=len(measured),
        measured=len(progress),
        kpi_progress=sum(progress) / len(progress) if progress else None,
        lights=lights,
        cost=sum(statuses[a].cost for a in chosen if a in statuses),
    )


def rollups(
    dataset: Dataset,
    statuses: dict[str, ActionStatus],
    kpis: dict[str, KpiStatus],
    cancelled: set[str],
) -> tuple[tuple[Rollup, ...], tuple[Rollup, ...], tuple[Rollup, ...]]:
    """The roll-ups per goal, per priority area and per actor, in the data's order."""
    sum_up = partial(rollup, statuses=statuses, kpis=kpis, cancelled=cancelled)
    by_goal: dict[str, list[str]] = {g.id: [] for g in dataset.goals}
    for action in dataset.actions:
        for goal in action.goals:
            by_goal.setdefault(goal, []).append(action.id)
    goals = tuple(sum_up(g.id, by_goal[g.id], [k.id for k in g.kpis]) for g in dataset.goals)
    areas = []
    for area in dataset.strategy.areas:
        members = [g for g in dataset.goals if g.area == area.id]
        actions = [a for g in members for a in by_goal[g.id]]
        areas.append(sum_up(area.id, actions, [k.id for g in members for k in g.kpis]))
    actors = []
    for actor in dataset.strategy.actors:
        led = [a for a in dataset.actions if a.lead == actor.id]
        actors.append(sum_up(actor.id, [a.id for a in led], [k for a in led for k in a.kpis]))
    return goals, tuple(areas), tuple(actors)


def budget(
    actions: Sequence[Action], plan: Plan, statuses: dict[str, ActionStatus], as_of: int
) -> Budget:
    """Money committed by the as-of month against what the plan expects by then."""
    to_date = Fraction(0)
    cost = planned_committed = committed = done = committed_secured = 0
    funding = {"secured": 0, "applied": 0, "planned": 0}
    for action in actions:
        status = statuses.get(action.id)
        placement = plan.by_id.get(action.id)
        if status is None or placement is None:
            continue
        duration = max(placement.finish - placement.start, 1)
        elapsed = min(max(as_of - placement.start, 0), duration)
        to_date += Fraction(action.cost_eur * elapsed, duration)
        cost += action.cost_eur
        planned_committed += action.cost_eur if placement.start < as_of else 0
        done += action.cost_eur if status.state == "done" else 0
        for item in action.funding:
            funding[item.status] += item.amount_eur
            if status.started and item.status == "secured":
                committed_secured += item.amount_eur
        committed += action.cost_eur if status.started else 0
    return Budget(
        cost_total=cost,
        planned_to_date=round(to_date),
        planned_committed=planned_committed,
        committed=committed,
        done=done,
        committed_secured=committed_secured,
        **funding,
    )
