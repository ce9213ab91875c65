"""The dependency graph on integer indices mirrors the graph by id."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.graph import DependencyGraph
from roadmap.indexed_graph import IndexedGraph
from roadmap.models import DependencyLink


def _by_id(graph: IndexedGraph) -> tuple[dict[str, list[tuple[str, int]]], ...]:
    ids = graph.ids
    preds = {
        ids[n]: [(ids[p], lag) for p, lag in zip(ps, ls, strict=True)]
        for n, (ps, ls) in enumerate(zip(graph.predecessors, graph.pred_lags, strict=True))
    }
    succs = {
        ids[n]: [(ids[s], lag) for s, lag in zip(ss, ls, strict=True)]
        for n, (ss, ls) in enumerate(zip(graph.successors, graph.succ_lags, strict=True))
    }
    return preds, succs


_links = st.lists(st.tuples(st.integers(0, 9), st.integers(0, 11), st.integers(0, 3)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(_links)
def test_indexed_graph_has_the_same_edges_lags_and_order(
    links: list[tuple[int, int, int]],
) -> None:
    deps: list[list[DependencyLink]] = [[] for _ in range(10)]
    for a, b, lag in links:
        deps[a].append(DependencyLink(f"N{b}", lag))  # N10 and N11 are unknown: left out
    graph = DependencyGraph.from_dependencies((f"N{k}", deps[k]) for k in range(10))
    built = graph.indexed
    derived = IndexedGraph.of(graph.nodes, graph.predecessors)
    assert built.ids == derived.ids == graph.nodes
    assert built.index == {f"N{k}": k for k in range(10)}
    assert _by_id(built) == _by_id(derived) == (graph.predecessors, graph.successors)
    order = built.topological_order()
    assert order == derived.topological_order()
    named = graph.topological_order()
    assert named == (None if order is None else [graph.nodes[i] for i in order])


def test_a_graph_filled_in_by_hand_is_indexed_on_first_use() -> None:
    graph = DependencyGraph(["A", "B"])
    graph.predecessors = {"A": [], "B": [("A", 2)]}
    graph.successors = {"A": [("B", 2)], "B": []}
    indexed = graph.indexed
    assert indexed.successors == [[1], []] and indexed.succ_lags == [[2], []]
    assert graph.topological_order() == ["A", "B"]


def test_repeated_ids_have_no_integer_form() -> None:
    graph = DependencyGraph.from_dependencies([("A", []), ("A", [])])
    with pytest.raises(ValueError, match="repeated ids"):
        _ = graph.indexed
    assert graph.topological_order() == ["A", "A"]
