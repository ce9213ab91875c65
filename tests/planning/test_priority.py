"""The documented priority score."""

from __future__ import annotations

import pytest

from roadmap.models.strategy import PriorityWeights
from roadmap.planning.priority import priority_scores
from tests.planning.portfolios import dataset


def test_score_follows_the_documented_formula() -> None:
    data = dataset(
        [
            {"id": "A", "cost_eur": 100, "priority": {"impact": 5, "readiness": 1}},
            {"id": "B", "cost_eur": 300, "priority": {"impact": 1, "readiness": 5}},
            {"id": "C", "cost_eur": 200},
        ]
    )
    scores = priority_scores(data.actions, PriorityWeights(impact=0.5, readiness=0.3, cost=0.2))
    assert scores == pytest.approx(
        [
            0.5 * 1 + 0.3 * 0 + 0.2 * 1,
            0.5 * 0 + 0.3 * 1 + 0.2 * 0,
            0.5 * 0.5 + 0.3 * 0.5 + 0.2 * 0.5,
        ]
    )


def test_weights_are_normalised_and_zero_weights_give_zero() -> None:
    data = dataset([{"id": "A", "priority": {"impact": 5, "readiness": 5}}])
    assert priority_scores(data.actions, PriorityWeights(impact=2, readiness=2, cost=0)) == [1.0]
    assert priority_scores(data.actions, PriorityWeights(impact=0, readiness=0, cost=0)) == [0.0]
