"""`status(dataset, plan, as_of)`: the monitoring report, the core of `roadmap status`."""

from __future__ import annotations

from collections import defaultdict

from roadmap.models import ActionRecord, Dataset, KpiRecord
from roadmap.monitoring.actions import action_status, is_cancelled
from roadmap.monitoring.kpis import kpi_status
from roadmap.monitoring.result import StatusResult
from roadmap.monitoring.rollups import budget, rollups
from roadmap.months import parse_month
from roadmap.planning.result import Plan


def status(dataset: Dataset, plan: Plan, as_of: int) -> StatusResult:
    """Judge every action and KPI of `dataset` at month `as_of` against `plan`.

    Cancelled actions, and actions the plan does not place, are listed apart.
    """
    progress = dataset.progress
    action_records: dict[str, list[ActionRecord]] = defaultdict(list)
    kpi_records: dict[str, list[KpiRecord]] = defaultdict(list)
    if progress is not None:
        for record in progress.actions:
            action_records[record.id].append(record)
        for measurement in progress.kpis:
            kpi_records[measurement.id].append(measurement)
    yaml_status_holds = progress is None or as_of >= parse_month(progress.as_of)
    thresholds = dataset.strategy.monitoring

    statuses = {}
    cancelled: list[str] = []
    unplanned: list[str] = []
    holds, lag = yaml_status_holds, thresholds.at_risk_lag
    for action in dataset.actions:
        records = action_records[action.id]
        placement = plan.by_id.get(action.id)
        if is_cancelled(action, records, as_of, yaml_status_holds=holds):
            cancelled.append(action.id)
        elif placement is None:
            unplanned.append(action.id)
        else:
            statuses[action.id] = action_status(
                action, placement, records, as_of, yaml_status_holds=holds, at_risk_lag=lag
            )
    green, amber = thresholds.kpi_green, thresholds.kpi_amber
    kpis = {
        k.id: kpi_status(k, g.id, kpi_records[k.id], as_of, green=green, amber=amber)
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
        budget=budget(dataset.actions, plan, statuses, as_of),
        kpi_green=thresholds.kpi_green,
        kpi_amber=thresholds.kpi_amber,
        at_risk_lag=thresholds.at_risk_lag,
    )
