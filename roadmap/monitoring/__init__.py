"""Monitoring and evaluation: where the strategy stands at a month, against its plan.

`status(dataset, plan, as_of)` judges each action (see `roadmap.monitoring.actions`) and
each KPI (see `roadmap.monitoring.kpis`) and sums them up per goal, priority area and
actor with the budget committed (see `roadmap.monitoring.rollups`). `views` prepares the
report for output and `chart` draws a KPI's trajectory as inline SVG.
"""

from __future__ import annotations

from roadmap.monitoring.report import (
    ACTION_STATES,
    LIGHTS,
    ActionState,
    ActionStatus,
    Budget,
    KpiStatus,
    Light,
    Rollup,
    StatusReport,
)
from roadmap.monitoring.status import status

__all__ = [
    "ACTION_STATES",
    "LIGHTS",
    "ActionState",
    "ActionStatus",
    "Budget",
    "KpiStatus",
    "Light",
    "Rollup",
    "StatusReport",
    "status",
]
