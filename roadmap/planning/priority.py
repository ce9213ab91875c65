"""The priority score: who goes first when ready actions compete for capacity or budget.

    score = (w_impact * (impact - 1) / 4
             + w_readiness * (readiness - 1) / 4
             + w_cost * cheapness) / (w_impact + w_readiness + w_cost)

`impact` and `readiness` are the action's `priority` inputs, 1 to 5 (3 when missing).
`cheapness` is 1 for the cheapest action of the portfolio and 0 for the dearest, linear
in `cost_eur` between them (1 for all when every action costs the same). The weights come
from `priority_weights` in strategy.yaml (defaults 0.5, 0.3, 0.2). The score lies in
[0, 1]; higher goes first. All weights 0 gives every action the score 0, and then slack
and id decide alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from roadmap.models import Action
from roadmap.models.strategy import PriorityWeights


def priority_scores(actions: Sequence[Action], weights: PriorityWeights) -> list[float]:
    """The scores of `actions` in their order, normalised over those actions' costs."""
    total = weights.impact + weights.readiness + weights.cost
    if not actions:
        return []
    if total == 0:
        return [0.0] * len(actions)
    costs = [a.cost_eur for a in actions]
    low = min(costs)
    spread = max(costs) - low
    impact, readiness, cheap = weights.impact, weights.readiness, weights.cost
    scores = []
    for action, cost in zip(actions, costs, strict=True):
        cheapness = 1.0 if spread == 0 else 1.0 - (cost - low) / spread
        inputs = action.priority
        raw = (
            impact * (inputs.impact - 1) / 4
            + readiness * (inputs.readiness - 1) / 4
            + cheap * cheapness
        )
        scores.append(round(raw / total, 9))
    return scores
