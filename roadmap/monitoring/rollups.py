"""Roll-ups per goal, priority area and actor, and the budget committed against plan. A
goal covers the actions that name it and its own KPIs, a priority area its goals', an
actor the actions it leads and the KPIs they name; cancelled actions count nowhere."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from roadmap.models import Action, Dataset
from roadmap.monitoring.kpis import share
from roadmap.monitoring.result import ACTION_STATES, LIGHTS, ActionStatus, Budget, KpiStatus, Rollup


def rollups(
    dataset: Dataset,
    statuses: dict[str, ActionStatus],
    kpis: dict[str, KpiStatus],
    cancelled: set[str],
) -> tuple[tuple[Rollup, ...], tuple[Rollup, ...], tuple[Rollup, ...]]:
    """The roll-ups per goal, per priority area and per actor, in the data's order."""

    def sum_up(key: str, action_ids: Iterable[str], kpi_ids: Iterable[str]) -> Rollup:
        """Sum up the given actions and KPIs (each counted once, unknown ids ignored)."""
        chosen = list(dict.fromkeys(action_ids))
        judged = [statuses[a] for a in chosen if a in statuses]
        covered = [kpis[k] for k in dict.fromkeys(kpi_ids) if k in kpis]
        progress = [k.progress for k in covered if k.progress is not None]
        return Rollup(
            id=key,
            states={state: sum(a.state == state for a in judged) for state in ACTION_STATES},
            cancelled=sum(a in cancelled for a in chosen),
            kpis=len(covered),
            measured=len(progress),
            kpi_progress=sum(progress) / len(progress) if progress else None,
            lights={light: sum(k.light == light for k in covered) for light in LIGHTS},
            cost=sum(a.cost for a in judged),
        )

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


def budget(actions: Sequence[Action], statuses: dict[str, ActionStatus], as_of: int) -> Budget:
    """Money committed by the as-of month against what the plan expects by then."""
    judged = [(action, statuses[action.id]) for action in actions if action.id in statuses]
    funding = {"secured": 0, "applied": 0, "planned": 0}
    for action, _ in judged:
        for item in action.funding:
            funding[item.status] += item.amount_eur
    return Budget(
        cost_total=sum(s.cost for _, s in judged),
        planned_to_date=round(sum(s.cost * share(as_of, s.start, s.finish) for _, s in judged)),
        planned_committed=sum(s.cost for _, s in judged if s.start < as_of),
        committed=sum(s.cost for _, s in judged if s.started),
        done=sum(s.cost for _, s in judged if s.state == "done"),
        committed_secured=sum(
            f.amount_eur for a, s in judged if s.started for f in a.funding if f.status == "secured"
        ),
        **funding,
    )
