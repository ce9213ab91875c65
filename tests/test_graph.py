"""The dependency graph: topological order, ordered cycles, the earliest-start pass."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.graph import DependencyGraph, earliest_starts
from roadmap.models import Action


def _action(ident: str, deps: list[Any] | None = None, duration: int = 1) -> Action:
    return Action.model_validate(
        {
            "id": ident,
            "title": ident,
            "goals": ["G"],
            "lead": "x",
            "duration_months": duration,
            "cost_eur": 0,
            "depends_on": deps or [],
            "source": "test",
            "provenance": "assumption",
        }
    )


def _graph(edges: dict[str, list[str]]) -> DependencyGraph:
    return DependencyGraph.from_actions(_action(a, list(d)) for a, d in edges.items())


def test_from_actions_drops_self_unknown_and_repeated_edges() -> None:
    graph = _graph({"A": ["A", "Z", "B", "B"], "B": []})
    assert graph.predecessors == {"A": [("B", 0)], "B": []}
    assert graph.successors == {"A": [], "B": [("A", 0)]}
    assert graph.edge_count == 1


def test_lags_are_kept_on_both_sides() -> None:
    graph = DependencyGraph.from_actions(
        [_action("A"), _action("B", [{"id": "A", "lag_months": 3}])]
    )
    assert graph.predecessors["B"] == [("A", 3)]
    assert graph.successors["A"] == [("B", 3)]


def test_topological_order_is_stable_and_none_on_a_cycle() -> None:
    assert _graph({"C": ["A"], "A": [], "B": []}).topological_order() == ["A", "B", "C"]
    assert _graph({"A": ["B"], "B": ["A"], "C": []}).topological_order() is None


def test_cycle_is_named_from_its_smallest_id_in_dependency_order() -> None:
    graph = _graph({"B": ["C"], "C": ["A"], "A": ["B"], "D": ["A"]})
    assert graph.cycles() == [["A", "B", "C"]]


def test_one_cycle_per_strongly_connected_component() -> None:
    graph = _graph({"A": ["B"], "B": ["A", "C"], "C": ["B"], "X": ["Y"], "Y": ["X"], "Z": []})
    cycles = graph.cycles()
    assert [c[0] for c in cycles] == ["A", "X"]
    for cycle in cycles:
        _assert_is_cycle(graph, cycle)


def test_long_chain_does_not_overflow_the_stack() -> None:
    n = 5000
    edges = {f"N{k}": [f"N{k + 1}"] for k in range(n)}
    edges[f"N{n}"] = ["N0"]
    cycles = _graph(edges).cycles()
    assert len(cycles) == 1 and len(cycles[0]) == n + 1


def test_earliest_starts_take_lags_durations_and_bounds() -> None:
    actions = [
        _action("A", duration=3),
        _action("B", [{"id": "A", "lag_months": 2}], duration=4),
        _action("C", ["A", "B"], duration=1),
    ]
    graph = DependencyGraph.from_actions(actions)
    durations = {a.id: a.duration_months for a in actions}
    starts = earliest_starts(graph, durations, {"A": 10, "B": 0, "C": 25})
    assert starts == {"A": 10, "B": 15, "C": 25}


def test_earliest_starts_refuse_a_cycle() -> None:
    graph = _graph({"A": ["B"], "B": ["A"]})
    with pytest.raises(ValueError, match="cycle"):
        earliest_starts(graph, {"A": 1, "B": 1}, {"A": 0, "B": 0})


def test_networkx_view_has_the_same_edges() -> None:
    graph = DependencyGraph.from_actions(
        [_action("A"), _action("B", [{"id": "A", "lag_months": 2}])]
    )
    digraph = graph.to_networkx()
    assert list(digraph.edges(data=True)) == [("A", "B", {"lag": 2})]


def _assert_is_cycle(graph: DependencyGraph, cycle: list[str]) -> None:
    assert len(set(cycle)) == len(cycle)
    for a, b in zip(cycle, [*cycle[1:], cycle[0]], strict=True):
        assert b in dict(graph.predecessors[a]), (a, b, cycle)


_edges = st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(_edges)
def test_cycles_are_real_and_acyclic_graphs_have_an_order(pairs: list[tuple[int, int]]) -> None:
    edges: dict[str, list[str]] = {f"N{k:02d}": [] for k in range(12)}
    for a, b in pairs:
        edges[f"N{a:02d}"].append(f"N{b:02d}")
    graph = _graph(edges)
    order = graph.topological_order()
    cycles = graph.cycles()
    assert (order is None) == bool(cycles)
    for cycle in cycles:
        _assert_is_cycle(graph, cycle)
    if order is not None:
        position = {n: k for k, n in enumerate(order)}
        for node in graph.nodes:
            for pred, _ in graph.predecessors[node]:
                assert position[pred] < position[node]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(0, 4)), max_size=30),
    st.lists(st.integers(1, 12), min_size=10, max_size=10),
    st.lists(st.integers(0, 30), min_size=10, max_size=10),
)
def test_earliest_starts_are_the_tightest_feasible_starts(
    pairs: list[tuple[int, int, int]], durations: list[int], bounds: list[int]
) -> None:
    deps: dict[str, list[dict[str, Any]]] = {f"N{k}": [] for k in range(10)}
    for a, b, lag in pairs:
        if a > b:
            deps[f"N{a}"].append({"id": f"N{b}", "lag_months": lag})
    actions = [_action(f"N{k}", deps[f"N{k}"], durations[k]) for k in range(10)]
    graph = DependencyGraph.from_actions(actions)
    length = {a.id: a.duration_months for a in actions}
    low = {f"N{k}": bounds[k] for k in range(10)}
    starts = earliest_starts(graph, length, low)
    for node in graph.nodes:
        needed = [starts[p] + length[p] + lag for p, lag in graph.predecessors[node]]
        assert starts[node] == max([low[node], *needed])
