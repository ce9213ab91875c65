"""Small hand-made data sets and plans for the monitoring tests."""

from __future__ import annotations

from typing import Any

from roadmap.models import ActionsFile, Dataset, GoalsFile, ProgressFile, Strategy
from roadmap.months import parse_month
from roadmap.planning.result import Placement, Plan

STRATEGY: dict[str, Any] = {
    "id": "demo",
    "name": "Demo",
    "vision": "A digital city",
    "mission": "Serve",
    "horizon": {"start": "2021-01", "end": "2025-12"},
    "phases": {"short": 12, "medium": 36},
    "objectives": [{"id": "SO1", "title": "Objective"}],
    "areas": [
        {"id": "PA1", "title": "Area one", "side": "demand"},
        {"id": "PA2", "title": "Area two", "side": "supply"},
    ],
    "actors": [{"id": "city", "name": "City"}, {"id": "agency", "name": "Agency"}],
    "funding_sources": [{"id": "eu", "name": "EU"}],
}


def kpi(kpi_id: str = "K1", **overrides: Any) -> dict[str, Any]:
    """A KPI from 10 (2020) up to 60 (2025), with overrides."""
    base: dict[str, Any] = {
        "id": kpi_id,
        "name": f"KPI {kpi_id}",
        "unit": "count",
        "direction": "increase",
        "baseline": {"value": 10, "year": 2020},
        "target": {"value": 60, "year": 2025},
        "source": "test",
        "provenance": "assumption",
    }
    base.update(overrides)
    return base


def action(action_id: str, **overrides: Any) -> dict[str, Any]:
    """A six-month action of goal G1 led by the city, with overrides."""
    base: dict[str, Any] = {
        "id": action_id,
        "title": f"Action {action_id}",
        "goals": ["G1"],
        "lead": "city",
        "duration_months": 6,
        "cost_eur": 120_000,
        "status": "planned",
        "source": "test",
        "provenance": "assumption",
    }
    base.update(overrides)
    return base


def dataset(
    actions: list[dict[str, Any]],
    *,
    kpis: list[dict[str, Any]] | None = None,
    progress: dict[str, Any] | None = None,
    monitoring: dict[str, Any] | None = None,
    goals: list[dict[str, Any]] | None = None,
) -> Dataset:
    """A validated Dataset from plain dicts."""
    strategy = dict(STRATEGY)
    if monitoring is not None:
        strategy["monitoring"] = monitoring
    if goals is None:
        goals = [
            {
                "id": "G1",
                "area": "PA1",
                "title": "Goal one",
                "kpis": kpis if kpis is not None else [kpi()],
                "source": "test",
                "provenance": "assumption",
            }
        ]
    return Dataset(
        strategy=Strategy.model_validate(strategy),
        goals=list(GoalsFile.model_validate({"goals": goals}).goals),
        actions=list(ActionsFile.model_validate({"actions": actions}).actions),
        progress=None if progress is None else ProgressFile.model_validate(progress),
    )


def placement(action_id: str, start: str, finish: str) -> Placement:
    """A placement from `YYYY-MM` start and finish (the first month after)."""
    return Placement(
        id=action_id,
        start=parse_month(start),
        finish=parse_month(finish),
        phase="short",
        slack=0,
        critical=False,
        earliest=parse_month(start),
        score=0.0,
    )


def plan(**dates: tuple[str, str]) -> Plan:
    """A plan placing each action id at its (start, finish)."""
    placements = tuple(
        sorted(
            (placement(i, s, f) for i, (s, f) in dates.items()),
            key=lambda p: (p.start, p.id),
        )
    )
    finish = max((p.finish for p in placements), default=parse_month("2021-01"))
    return Plan(
        horizon_start=parse_month("2021-01"),
        horizon_end=parse_month("2025-12"),
        placements=placements,
        critical_path=(),
        finish=finish,
    )
