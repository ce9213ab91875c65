"""A deliberately simple second scheduler: month by month, every action looked at.

It follows the documented rules with none of the planner's machinery (no heaps, no
event skipping, no graph module): fixed points for the earliest starts and slack, a
plain loop over months, and a scan of every unplaced action in priority order each
month. It is slow on purpose and only meant for small portfolios.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

from roadmap.models import Dataset
from roadmap.months import parse_month

MAX_MONTHS = 3000


def _spend(start: int, duration: int, cost: int) -> dict[int, Fraction]:
    by_year: dict[int, Fraction] = defaultdict(Fraction)
    for month in range(start, start + duration):
        by_year[month // 12] += Fraction(cost, duration)
    return by_year


def simulate(data: Dataset) -> dict[str, tuple[int, int]]:
    """(start, finish) of every action that is not cancelled."""
    strategy = data.strategy
    actions = {a.id: a for a in data.actions if a.status != "cancelled"}
    begin = parse_month(strategy.horizon.start)
    pin_start = {
        None: begin,
        "short": begin,
        "medium": begin + strategy.phases.short,
        "long": begin + strategy.phases.medium,
    }
    deps = {
        i: [(d.id, d.lag_months) for d in a.dependencies() if d.id in actions]
        for i, a in actions.items()
    }
    dur = {i: a.duration_months for i, a in actions.items()}
    lower = {
        i: max(
            begin,
            pin_start[a.phase],
            parse_month(a.earliest_start) if a.earliest_start else begin,
        )
        for i, a in actions.items()
    }
    early = dict(lower)
    changed = True
    while changed:
        changed = False
        for i in actions:
            for d, lag in deps[i]:
                if early[d] + dur[d] + lag > early[i]:
                    early[i] = early[d] + dur[d] + lag
                    changed = True
    end = max(early[i] + dur[i] for i in actions)
    late = {i: end - dur[i] for i in actions}
    changed = True
    while changed:
        changed = False
        for s in actions:
            for d, lag in deps[s]:
                if late[s] - lag - dur[d] < late[d]:
                    late[d] = late[s] - lag - dur[d]
                    changed = True
    weights = strategy.priority_weights
    costs = [a.cost_eur for a in actions.values()]
    low, high = min(costs), max(costs)
    total = weights.impact + weights.readiness + weights.cost

    def score(i: str) -> float:
        a = actions[i]
        cheap = 1.0 if high == low else 1.0 - (a.cost_eur - low) / (high - low)
        raw = (
            weights.impact * (a.priority.impact - 1) / 4
            + weights.readiness * (a.priority.readiness - 1) / 4
            + weights.cost * cheap
        )
        return round(raw / total, 9) if total else 0.0

    order = sorted(actions, key=lambda i: (-score(i), max(0, late[i] - early[i]), i))
    capacity = {a.id: a.capacity for a in strategy.actors if a.capacity is not None}
    pools = {r.id: r.capacity for r in strategy.resources}
    caps = dict(strategy.budget_caps or {})
    spent: dict[int, Fraction] = defaultdict(Fraction)
    placed: dict[str, tuple[int, int]] = {}
    exempt: set[str] = set()

    def fits(i: str, month: int, alone: bool) -> bool:
        for year, amount in _spend(month, dur[i], actions[i].cost_eur).items():
            if amount and year in caps and (0 if alone else spent[year]) + amount > caps[year]:
                return False
        return True

    def used(pool: str, month: int) -> int:
        return sum(actions[j].needs.get(pool, 0) for j, (s, f) in placed.items() if s <= month < f)

    month = begin
    while len(placed) < len(actions):
        assert month < begin + MAX_MONTHS, "the oracle ran away"
        for i in order:
            if i in placed or any(d not in placed for d, _ in deps[i]):
                continue
            release = max([lower[i]] + [placed[d][1] + lag for d, lag in deps[i]])
            if release > month:
                continue
            if caps and i not in exempt and not fits(i, release, alone=True):
                last = (max(caps) + 1) * 12
                if not any(fits(i, m, alone=True) for m in range(release, last)):
                    exempt.add(i)
            lead = actions[i].lead
            running = sum(
                1 for j, (s, f) in placed.items() if actions[j].lead == lead and s <= month < f
            )
            if lead in capacity and running >= capacity[lead]:
                continue
            if any(
                units + used(pool, m) > pools[pool]
                for pool, units in actions[i].needs.items()
                for m in range(month, month + dur[i])
            ):
                continue
            if i not in exempt and not fits(i, month, alone=False):
                continue
            placed[i] = (month, month + dur[i])
            for year, amount in _spend(month, dur[i], actions[i].cost_eur).items():
                spent[year] += amount
        month += 1
    return placed
