"""Each KPI's progress towards its target and its light (docs/monitoring.md), and the exact
arithmetic all of `roadmap status` shares. File order breaks ties between measurements of
one month; a target equal to its baseline is met or not (progress 1 or 0); while nothing
is expected yet (as-of at or before the baseline), any measurement is green."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from roadmap.models import Kpi, KpiRecord
from roadmap.models.strategy import Monitoring
from roadmap.monitoring.result import KpiStatus, Light
from roadmap.months import parse_month


def exact(value: float) -> Fraction:
    """The decimal a user wrote as a float (0.15 is 3/20, not its binary neighbour)."""
    return Fraction(repr(value))


def share(month: int, start: int, end: int) -> Fraction:
    """The fraction (0..1) of the way from month `start` to `end` expected at `month`."""
    if end <= start:
        return Fraction(1) if month >= end else Fraction(0)
    return _clamp(Fraction(month - start, end - start))


def kpi_progress(kpi: Kpi, value: float) -> Fraction:
    """How far `value` has come from the baseline towards the target, clamped to 0..1."""
    baseline, target, measured = exact(kpi.baseline.value), exact(kpi.target.value), exact(value)
    if target == baseline:
        reached = measured >= target if kpi.direction == "increase" else measured <= target
        return Fraction(1) if reached else Fraction(0)
    return _clamp((measured - baseline) / (target - baseline))


def kpi_status(
    kpi: Kpi, goal: str, known: Sequence[KpiRecord], as_of: int, thresholds: Monitoring
) -> KpiStatus:
    """The KPI's progress, expectation and light at `as_of`, from `known` (its measurements
    up to then, in date order); baseline and target stand at December of their year."""
    counted = [r for r in known if int(r.date[:4]) >= kpi.baseline.year]
    start, end = kpi.baseline.year * 12 + 11, kpi.target.year * 12 + 11
    expected = share(as_of, start, end)
    latest = counted[-1] if counted else None
    progress = kpi_progress(kpi, latest.value) if latest is not None else None
    light: Light = "none"
    if progress is not None:
        light = "green" if progress >= exact(thresholds.kpi_green) * expected else "red"
        if light == "red" and progress >= exact(thresholds.kpi_amber) * expected:
            light = "amber"
    return KpiStatus(
        id=kpi.id,
        goal=goal,
        direction=kpi.direction,
        unit=kpi.unit,
        baseline=kpi.baseline.value,
        baseline_month=start,
        target=kpi.target.value,
        target_month=end,
        progress=None if progress is None else float(progress),
        expected=float(expected),
        light=light,
        value=None if latest is None else latest.value,
        date=None if latest is None else parse_month(latest.date),
        measurements=tuple((parse_month(r.date), r.value) for r in counted),
    )


def trajectory_at(kpi: KpiStatus, month: int) -> float:
    """The value the linear trajectory of a judged KPI expects at `month`."""
    baseline, target = exact(kpi.baseline), exact(kpi.target)
    return float(
        baseline + (target - baseline) * share(month, kpi.baseline_month, kpi.target_month)
    )


def _clamp(value: Fraction) -> Fraction:
    return min(max(value, Fraction(0)), Fraction(1))
