"""Explanations: the binding chain, what-ifs by re-planning, unknown ids."""

from __future__ import annotations

import pytest

from roadmap.planning.explain import UnknownActionError, explain
from tests.planning.portfolios import HORIZON_START, dataset


def test_chain_follows_the_binding_predecessors_to_what_set_the_first() -> None:
    data = dataset(
        [
            {"id": "A", "duration_months": 3, "earliest_start": "2021-04"},
            {"id": "B", "duration_months": 2, "depends_on": [{"id": "A", "lag_months": 2}]},
            {"id": "C", "duration_months": 1, "depends_on": ["B"]},
            {"id": "D", "duration_months": 1},
        ]
    )
    result = explain(data, "C")
    assert result is not None
    assert [link.id for link in result.chain] == ["C", "B", "A"]
    last = result.chain[-1].reason
    assert last is not None
    assert last.binding == "earliest_start"
    assert (result.depends_on, result.dependents) == (2, 0)
    moves = {w.change: w.moved for w in result.what_ifs}
    assert moves == {"shorten B by a month (2 -> 1)": 1}
    b = explain(data, "B")
    assert b is not None
    assert {w.change: w.moved for w in b.what_ifs} == {
        "shorten A by a month (3 -> 2)": 1,
        "drop the 2-month lag after A": 2,
    }
    assert b.placement.start == HORIZON_START + 3 + 3 + 2


def test_unknown_id_lists_the_closest_ids() -> None:
    data = dataset([{"id": "A07"}, {"id": "A17"}, {"id": "B1"}])
    with pytest.raises(UnknownActionError) as caught:
        explain(data, "a07")
    assert caught.value.action_id == "a07"
    assert caught.value.suggestions[0] == "A07"


def test_cancelled_action_has_no_explanation() -> None:
    data = dataset([{"id": "A", "status": "cancelled"}, {"id": "B"}])
    assert explain(data, "A") is None
