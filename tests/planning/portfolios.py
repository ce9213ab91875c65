"""Random acyclic portfolios for the property tests, built straight as models."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import strategies as st

from roadmap.models import Action, Dataset, Goal, Strategy
from roadmap.months import format_month, parse_month

HORIZON_START = parse_month("2021-01")
ACTORS = ("city", "agency", "uni")


def dataset(
    actions: list[dict[str, Any]],
    *,
    capacity: dict[str, int] | None = None,
    caps: dict[int, int] | None = None,
    pools: dict[str, int] | None = None,
    weights: dict[str, float] | None = None,
    horizon_end: str = "2035-12",
    phases: tuple[int, int] = (12, 36),
) -> Dataset:
    """A data set of `actions` (partial action mappings; the rest is filled in)."""
    strategy: dict[str, Any] = {
        "id": "t",
        "name": "Test",
        "vision": "v",
        "mission": "m",
        "horizon": {"start": format_month(HORIZON_START), "end": horizon_end},
        "phases": {"short": phases[0], "medium": phases[1]},
        "objectives": [{"id": "SO1", "title": "o"}],
        "areas": [{"id": "PA1", "title": "a", "side": "demand"}],
        "actors": [
            {
                "id": a,
                "name": a,
                **({"capacity": capacity[a]} if capacity and a in capacity else {}),
            }
            for a in ACTORS
        ],
    }
    if caps:
        strategy["budget_caps"] = caps
    if pools:
        strategy["resources"] = [{"id": p, "name": p, "capacity": c} for p, c in pools.items()]
    if weights:
        strategy["priority_weights"] = weights
    goal = {"id": "G1", "area": "PA1", "title": "g", "source": "s", "provenance": "assumption"}
    base = {
        "title": "t",
        "goals": ["G1"],
        "lead": "city",
        "duration_months": 1,
        "cost_eur": 0,
        "source": "s",
        "provenance": "assumption",
    }
    return Dataset(
        strategy=Strategy.model_validate(strategy, strict=False),
        goals=[Goal.model_validate(goal)],
        actions=[Action.model_validate({**base, **a}, strict=False) for a in actions],
    )


def dependency_only(count: int, seed: int) -> Dataset:
    """Random dependencies with lags and some earliest starts; no capacity, no caps."""
    rng = random.Random(seed)
    actions: list[dict[str, Any]] = []
    for i in range(count):
        deps = rng.sample(range(i), k=min(i, rng.randint(0, 3)))
        action: dict[str, Any] = {
            "id": f"A{i:03d}",
            "duration_months": rng.randint(1, 9),
            "depends_on": [
                {"id": f"A{d:03d}", "lag_months": rng.choice([0, 0, 1, 2])} for d in deps
            ],
        }
        if rng.random() < 0.2:
            action["earliest_start"] = f"{2021 + rng.randint(0, 2)}-{rng.randint(1, 12):02d}"
        actions.append(action)
    return dataset(actions)


@st.composite
def portfolios(draw: st.DrawFn, *, constrained: bool = True, max_actions: int = 14) -> Dataset:
    """A random acyclic portfolio; with `constrained`, maybe capacities, pools and caps."""
    count = draw(st.integers(1, max_actions))
    pools = {"it": draw(st.integers(1, 4)), "data": draw(st.integers(1, 3))}
    pooled = constrained and draw(st.booleans())
    actions = []
    for i in range(count):
        deps = draw(st.lists(st.integers(0, i - 1), max_size=3, unique=True)) if i else []
        action: dict[str, Any] = {
            "id": f"A{i:02d}",
            "lead": draw(st.sampled_from(ACTORS)),
            "duration_months": draw(st.integers(1, 8)),
            "cost_eur": draw(st.integers(0, 20)) * 10_000,
            "priority": {"impact": draw(st.integers(1, 5)), "readiness": draw(st.integers(1, 5))},
            "depends_on": [
                {"id": f"A{d:02d}", "lag_months": draw(st.integers(0, 2))} for d in deps
            ],
        }
        if draw(st.booleans()):
            action["earliest_start"] = format_month(HORIZON_START + draw(st.integers(0, 14)))
        if draw(st.integers(0, 5)) == 0:
            action["phase"] = draw(st.sampled_from(["short", "medium", "long"]))
        if pooled:
            needs = {p: draw(st.integers(0, c)) for p, c in pools.items()}
            action["needs"] = {p: units for p, units in needs.items() if units}
        actions.append(action)
    draw(st.randoms(use_true_random=False)).shuffle(actions)
    capacity: dict[str, int] = {}
    caps: dict[int, int] = {}
    if constrained:
        for actor in ACTORS:
            if draw(st.booleans()):
                capacity[actor] = draw(st.integers(1, 3))
        if draw(st.booleans()):
            for year in range(2021, 2021 + draw(st.integers(1, 4))):
                caps[year] = draw(st.integers(5, 60)) * 10_000
    return dataset(actions, capacity=capacity, caps=caps, pools=pools if pooled else None)
