"""Monitoring and evaluation: where the strategy stands at a month, against its plan."""

from __future__ import annotations

from roadmap.monitoring.result import ActionStatus, KpiStatus, StatusResult
from roadmap.monitoring.status import status

__all__ = ["ActionStatus", "KpiStatus", "StatusResult", "status"]
