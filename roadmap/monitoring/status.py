"""`status(dataset, plan, as_of)`: the monitoring report, the core of `roadmap status`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TypeVar

from roadmap.models import ActionRecord, Dataset, KpiRecord
from roadmap.monitoring.actions import action_status, is_cancelled
from roadmap.monitoring.kpis import kpi_status
from roadmap.monitoring.result import ActionStatus, StatusResult
from roadmap.monitoring.rollups import budget, rollups
from roadmap.months import parse_month
from roadmap.planning.result import Plan

Record = TypeVar("Record", ActionRecord, KpiRecord)


def status(dataset: Dataset, plan: Plan, as_of: int) -> StatusResult:
    """Judge every action and KPI of `dataset` at month `as_of` against `plan`; cancelled
    actions, and those the plan does not place, are listed apart."""
    progress = dataset.progress
    action_records = _known(progress.actions if progress else [], as_of)
    kpi_records = _known(progress.kpis if progress else [], as_of)
    holds = progress is None or as_of >= parse_month(progress.as_of)
    thresholds = dataset.strategy.monitoring
    statuses: dict[str, ActionStatus] = {}
    cancelled: list[str] = []
    unplanned: list[str] = []
    for action in dataset.actions:
        known = action_records[action.id]
        placement = plan.by_id.get(action.id)
        if is_cancelled(action, known, yaml_status_holds=holds):
            cancelled.append(action.id)
        elif placement is None:
            unplanned.append(action.id)
        else:
            statuses[action.id] = action_status(
                action, placement, known, as_of, thresholds, yaml_status_holds=holds
            )
    kpis = {
        k.id: kpi_status(k, g.id, kpi_records[k.id], as_of, thresholds)
        for g in dataset.goals
        for k in g.kpis
    }
    goals, areas, actors = rollups(dataset, statuses, kpis, set(cancelled))
    return StatusResult(
        as_of=as_of,
        actions=tuple(statuses.values()),
        cancelled=tuple(cancelled),
        unplanned=tuple(unplanned),
        kpis=tuple(kpis.values()),
        goals=goals,
        areas=areas,
        actors=actors,
        budget=budget(dataset.actions, statuses, as_of),
        kpi_green=thresholds.kpi_green,
        kpi_amber=thresholds.kpi_amber,
        at_risk_lag=thresholds.at_risk_lag,
    )


def _known(records: Iterable[Record], as_of: int) -> defaultdict[str, list[Record]]:
    """The records dated at or before `as_of` by id, in date order (file order breaks ties)."""
    found: defaultdict[str, list[Record]] = defaultdict(list)
    for record in sorted(records, key=lambda r: r.date):
        if parse_month(record.date) <= as_of:
            found[record.id].append(record)
    return found
