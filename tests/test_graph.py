"""The dependency graph: order, ordered cycles, implied dependencies, earliest starts."""

from __future__ import annotations

import heapq
from typing import Any

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.graph import (
    Implied,
    cycles,
    dependency_graph,
    earliest_starts,
    graph_of,
    topological_order,
)
from roadmap.models import Action, DependencyLink


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


def _graph(edges: dict[str, list[str]]) -> nx.DiGraph:
    return graph_of(_action(a, list(d)) for a, d in edges.items())


def test_the_graph_drops_self_unknown_and_repeated_edges() -> None:
    graph = _graph({"A": ["A", "Z", "B", "B"], "B": []})
    assert list(graph) == ["A", "B"]
    assert list(graph.edges(data=True)) == [("B", "A", {"lag": 0})]


def test_lags_are_kept_and_the_first_of_repeats_counts() -> None:
    graph = dependency_graph([("A", []), ("B", [DependencyLink("A", 3), DependencyLink("A", 5)])])
    assert list(graph.edges(data=True)) == [("A", "B", {"lag": 3})]


def test_topological_order_puts_dependencies_first_and_is_none_on_a_cycle() -> None:
    assert topological_order(_graph({"C": ["A"], "A": [], "B": []})) in (
        ["A", "B", "C"],
        ["B", "A", "C"],
    )
    assert topological_order(_graph({"A": ["B"], "B": ["A"], "C": []})) is None


def test_cycle_is_named_from_its_smallest_id_in_dependency_order() -> None:
    graph = _graph({"B": ["C"], "C": ["A"], "A": ["B"], "D": ["A"]})
    assert cycles(graph) == [["A", "B", "C"]]


def test_the_shortest_cycle_through_the_smallest_id_is_named() -> None:
    graph = _graph({"A": ["D", "B"], "B": ["C"], "C": ["A"], "D": ["E"], "E": ["F"], "F": ["A"]})
    assert cycles(graph) == [["A", "B", "C"]]


def test_one_cycle_per_strongly_connected_component() -> None:
    graph = _graph({"A": ["B"], "B": ["A", "C"], "C": ["B"], "X": ["Y"], "Y": ["X"], "Z": []})
    found = cycles(graph)
    assert [c[0] for c in found] == ["A", "X"]
    for cycle in found:
        _assert_is_cycle(graph, cycle)


def test_long_chain_does_not_overflow_the_stack() -> None:
    n = 5000
    edges = {f"N{k}": [f"N{k + 1}"] for k in range(n)}
    edges[f"N{n}"] = ["N0"]
    found = cycles(_graph(edges))
    assert len(found) == 1 and len(found[0]) == n + 1


def test_earliest_starts_take_lags_durations_and_bounds() -> None:
    actions = [
        _action("A", duration=3),
        _action("B", [{"id": "A", "lag_months": 2}], duration=4),
        _action("C", ["A", "B"], duration=1),
    ]
    graph = graph_of(actions)
    durations = {a.id: a.duration_months for a in actions}
    order = topological_order(graph)
    assert order is not None
    starts = earliest_starts(graph, durations, {"A": 10, "B": 0, "C": 25}, order)
    assert starts == {"A": 10, "B": 15, "C": 25}


def _implied(edges: dict[str, list[str]]) -> Implied:
    graph = _graph(edges)
    order = topological_order(graph)
    assert order is not None
    return Implied(graph, order)


def test_implied_dependencies_name_the_first_other_dependency_and_a_chain() -> None:
    implied = _implied({"A": [], "B": ["A"], "C": ["B"], "D": ["A", "C", "B"]})
    assert implied.through == {"D": {"A": "C", "B": "C"}}
    assert implied.kept["D"] == ["C"]
    assert implied.path("C", "A") == ["C", "B", "A"]


def test_the_longest_wait_counts_durations_and_lags_along_the_chain() -> None:
    graph = dependency_graph(
        [
            ("A", []),
            ("B", [DependencyLink("A", 0)]),
            ("C", [DependencyLink("A", 2)]),
            ("E", [DependencyLink("C", 0)]),
            ("D", [DependencyLink("B", 0), DependencyLink("E", 0), DependencyLink("A", 7)]),
        ]
    )
    order = topological_order(graph)
    assert order is not None
    durations = {"A": 1, "B": 1, "C": 3, "E": 1, "D": 1}
    assert Implied(graph, order).longest_wait("D", "A", durations) == (6, ["E", "C", "A"])
    assert Implied(graph, order).longest_wait("C", "A", durations) is None


def _assert_is_cycle(graph: nx.DiGraph, cycle: list[str]) -> None:
    assert len(set(cycle)) == len(cycle)
    for a, b in zip(cycle, [*cycle[1:], cycle[0]], strict=True):
        assert graph.has_edge(b, a), (a, b, cycle)


_edges = st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(_edges)
def test_cycles_are_real_and_acyclic_graphs_have_an_order(pairs: list[tuple[int, int]]) -> None:
    edges: dict[str, list[str]] = {f"N{k:02d}": [] for k in range(12)}
    for a, b in pairs:
        edges[f"N{a:02d}"].append(f"N{b:02d}")
    graph = _graph(edges)
    order = topological_order(graph)
    found = cycles(graph)
    assert (order is None) == bool(found) == (not nx.is_directed_acyclic_graph(graph))
    for cycle in found:
        _assert_is_cycle(graph, cycle)
    if order is not None:
        position = {n: k for k, n in enumerate(order)}
        assert all(position[a] < position[b] for a, b in graph.edges)


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 14), st.lists(st.tuples(st.integers(0, 13), st.integers(0, 13)), max_size=50))
def test_implied_dependencies_are_what_the_transitive_reduction_drops(
    n: int, pairs: list[tuple[int, int]]
) -> None:
    edges: dict[str, list[str]] = {f"N{k:02d}": [] for k in range(n)}
    for a, b in pairs:
        if a % n > b % n:
            edges[f"N{a % n:02d}"].append(f"N{b % n:02d}")
    graph = _graph(edges)
    implied = _implied(edges)
    dropped = set(graph.edges) - set(nx.transitive_reduction(graph).edges)
    assert {(dep, node) for node, deps in implied.through.items() for dep in deps} == dropped
    for node, through in implied.through.items():
        for dep, other in through.items():
            first = next(p for p in graph.pred[node] if nx.has_path(graph, dep, p) and p != dep)
            assert other == first
            chain = implied.path(other, dep)
            assert chain == _shallowest_first(graph, implied.depth, other, dep)
            assert chain[0] == other and chain[-1] == dep and nx.is_path(graph, chain[::-1])


def _shallowest_first(
    graph: nx.DiGraph, depth: dict[str, int], source: str, target: str
) -> list[str] | None:
    """The chain a search that visits only nodes reaching `target` finds, shallowest first."""
    parent = {source: source}
    heap = [(depth[source], source)]
    while heap:
        _depth, node = heapq.heappop(heap)
        for dep in graph.pred[node]:
            if dep == target:
                chain = [dep, node]
                while chain[-1] != source:
                    chain.append(parent[chain[-1]])
                return chain[::-1]
            if dep not in parent and nx.has_path(graph, target, dep):
                parent[dep] = node
                heapq.heappush(heap, (depth[dep], dep))
    return None


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
    graph = graph_of(actions)
    length = {a.id: a.duration_months for a in actions}
    low = {f"N{k}": bounds[k] for k in range(10)}
    starts = earliest_starts(graph, length, low, list(graph))  # actions before dependents
    for node in graph:
        needed = [starts[p] + length[p] + e["lag"] for p, e in graph.pred[node].items()]
        assert starts[node] == max([low[node], *needed])


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 8), st.integers(0, 8), st.integers(0, 3)), max_size=25),
    st.lists(st.integers(1, 5), min_size=9, max_size=9),
)
def test_the_longest_wait_is_the_longest_other_path(
    links: list[tuple[int, int, int]], durations: list[int]
) -> None:
    deps: list[list[DependencyLink]] = [[] for _ in range(9)]
    for a, b, lag in links:
        if a > b:
            deps[a].append(DependencyLink(f"N{b}", lag))
    graph = dependency_graph((f"N{k}", deps[k]) for k in range(9))
    order = topological_order(graph)
    assert order is not None
    implied = Implied(graph, order)
    length = {f"N{k}": durations[k] for k in range(9)}
    for dep, node in graph.edges:
        paths = [p for p in nx.all_simple_paths(graph, dep, node) if len(p) > 2]
        found = implied.longest_wait(node, dep, length)
        if not paths:
            assert found is None
            continue
        assert found is not None
        assert found[0] == max(_wait(graph, length, p) for p in paths)
        path = [*found[1][::-1], node]
        assert nx.is_path(graph, path) and _wait(graph, length, path) == found[0]


def _wait(graph: nx.DiGraph, length: dict[str, int], path: list[str]) -> int:
    lags: int = sum(graph.edges[e]["lag"] for e in nx.utils.pairwise(path))
    return sum(length[x] for x in path[1:-1]) + lags
