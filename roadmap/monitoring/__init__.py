"""Monitoring and evaluation: where the strategy stands at a month, against its plan.

`status(dataset, plan, as_of)` judges each action (see `roadmap.monitoring.actions`) and
each KPI (see `roadmap.monitoring.kpis`) and sums them up per goal, priority area and
actor with the budget committed (see `roadmap.monitoring.rollups`), into a
`StatusResult`; `roadmap.output.status_page` prepares it for output.
"""

from __future__ import annotations

from roadmap.monitoring.result import (
    ACTION_STATES,
    LIGHTS,
    ActionState,
    ActionStatus,
    Budget,
    KpiStatus,
    Light,
    Rollup,
    StatusResult,
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
    "StatusResult",
    "status",
]
