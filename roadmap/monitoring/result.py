"""The result of `roadmap status`: plain frozen dataclasses that every output reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ActionState = Literal["on_track", "at_risk", "late", "done", "not_started"]
ACTION_STATES: tuple[ActionState, ...] = ("done", "on_track", "at_risk", "late", "not_started")

Light = Literal["green", "amber", "red", "none"]
LIGHTS: tuple[Light, ...] = ("green", "amber", "red", "none")

Reason = Literal[
    "done", "finish_passed", "not_due", "start_missed", "behind", "on_schedule", "started_early"
]
"""Why an action has its state; see `roadmap.monitoring.actions` for the rules."""


@dataclass(frozen=True)
class ActionStatus:
    """One action judged against its planned dates at the as-of month."""

    id: str
    state: ActionState
    reason: Reason
    start: int
    finish: int
    expected: float
    """The fraction of the action the plan expects done at the as-of month, 0..1."""
    percent: int | None
    """The latest percent complete reported at or before the as-of month (100 if done)."""
    started: bool
    last_record: int | None
    """The month of the latest progress record at or before the as-of month."""
    lead: str
    cost: int


@dataclass(frozen=True)
class KpiStatus:
    """One KPI's progress from baseline towards target at the as-of month."""

    id: str
    goal: str
    direction: Literal["increase", "decrease"]
    unit: str
    baseline: float
    baseline_month: int
    target: float
    target_month: int
    progress: float | None
    """Fraction of the way from baseline to target, clamped to 0..1; None unmeasured."""
    expected: float
    """The fraction the linear trajectory expects at the as-of month, 0..1."""
    light: Light
    value: float | None
    date: int | None
    measurements: tuple[tuple[int, float], ...]
    """Every measurement taken into account, (month, value), in date order."""


@dataclass(frozen=True)
class Rollup:
    """Action states and KPI progress summed up over a goal, a priority area or an actor."""

    id: str
    states: dict[ActionState, int]
    cancelled: int
    kpis: int
    measured: int
    kpi_progress: float | None
    """The mean progress of the measured KPIs; None when none is measured."""
    lights: dict[Light, int]
    cost: int


@dataclass(frozen=True)
class Budget:
    """Money committed against the plan at the as-of month, in euros."""

    cost_total: int
    planned_to_date: int
    """Cost the plan spends before the as-of month, each action spread evenly."""
    planned_committed: int
    """Full cost of the actions the plan starts before the as-of month."""
    committed: int
    """Full cost of the actions really started or done by the as-of month."""
    done: int
    """Full cost of the actions done by the as-of month."""
    committed_secured: int
    """Secured funding of the committed actions."""
    secured: int
    applied: int
    planned: int
    """Funding of all actions (not cancelled) by the status of the funding."""


@dataclass(frozen=True)
class StatusResult:
    """Every action and KPI judged at the as-of month, the roll-ups and the budget."""

    as_of: int
    actions: tuple[ActionStatus, ...]
    cancelled: tuple[str, ...]
    unplanned: tuple[str, ...]
    kpis: tuple[KpiStatus, ...]
    goals: tuple[Rollup, ...]
    areas: tuple[Rollup, ...]
    actors: tuple[Rollup, ...]
    budget: Budget
    kpi_green: float
    kpi_amber: float
    at_risk_lag: float
