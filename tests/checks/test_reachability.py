"""Reachability labels never answer wrongly: checked against a plain search."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.checks.reachability import Reachability
from roadmap.graph import DependencyGraph


def _graph(n: int, pairs: list[tuple[int, int]]) -> DependencyGraph:
    nodes = [f"N{k:02d}" for k in range(n)]
    graph = DependencyGraph(nodes)
    for node in nodes:
        graph.predecessors[node] = []
        graph.successors[node] = []
    for a, b in sorted(set(pairs)):
        if a > b:
            graph.predecessors[nodes[a]].append((nodes[b], 0))
            graph.successors[nodes[b]].append((nodes[a], 0))
    return graph


def _reachable(graph: DependencyGraph, source: str) -> set[str]:
    seen: set[str] = set()
    stack = [p for p, _ in graph.predecessors[source]]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(p for p, _ in graph.predecessors[node])
    return seen


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 14), st.lists(st.tuples(st.integers(0, 13), st.integers(0, 13)), max_size=45))
def test_paths_exist_exactly_when_the_target_is_reachable(
    n: int, pairs: list[tuple[int, int]]
) -> None:
    graph = _graph(n, [(a % n, b % n) for a, b in pairs])
    order = graph.topological_order()
    assert order is not None
    reach = Reachability(graph, order)
    for source in graph.nodes:
        truth = _reachable(graph, source)
        for target in graph.nodes:
            path = reach.path(source, target)
            if target not in truth:
                assert path is None, (source, target)
                continue
            assert path is not None and path[0] == source and path[-1] == target
            for later, earlier in itertools.pairwise(path):
                assert earlier in dict(graph.predecessors[later])


def test_a_node_does_not_reach_itself() -> None:
    graph = _graph(2, [(1, 0)])
    reach = Reachability(graph, ["N00", "N01"])
    assert reach.path("N01", "N01") is None
    assert reach.path("N01", "N00") == ["N01", "N00"]
    assert reach.path("N00", "N01") is None
