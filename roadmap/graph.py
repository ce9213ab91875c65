"""The dependency graph of the actions: one networkx DiGraph whose nodes are action ids
in actions.yaml order; an edge `p -> a` with the attribute `lag` means that `a` starts no
earlier than `lag` months after `p` finishes."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from roadmap.models import Action, DependencyLink

if TYPE_CHECKING:
    import networkx as nx


def dependency_graph(entries: Iterable[tuple[str, Sequence[DependencyLink]]]) -> nx.DiGraph:
    """The graph of each action's id and dependencies, in actions.yaml order.

    Self-dependencies and references to unknown actions are left out (the rules report
    them); of a repeated dependency only the first counts, with its lag.
    """
    import networkx as nx  # noqa: PLC0415

    chosen = list(entries)
    graph = nx.DiGraph()
    graph.add_nodes_from(ident for ident, _ in chosen)
    for ident, deps in chosen:
        lags: dict[str, int] = {}
        for dep, lag in deps:
            if dep != ident and dep in graph:
                lags.setdefault(dep, lag)
        graph.add_weighted_edges_from(((dep, ident, lag) for dep, lag in lags.items()), "lag")
    return graph


def graph_of(actions: Iterable[Action]) -> nx.DiGraph:
    """The dependency graph of `actions` (pass only the ones to schedule)."""
    return dependency_graph((a.id, a.dependencies()) for a in actions)


def topological_order(graph: nx.DiGraph) -> list[str] | None:
    """The nodes with every dependency first, or None when the graph has a cycle."""
    import networkx as nx  # noqa: PLC0415

    try:
        return list(nx.topological_sort(graph))
    except nx.NetworkXUnfeasible:
        return None


def cycles(graph: nx.DiGraph) -> list[list[str]]:
    """One cycle for each strongly connected component, in dependency order.

    Each cycle starts at its smallest id and is the shortest one through it that a
    breadth-first walk along `depends_on` finds, so that `A -> B -> C -> A` reads "A
    depends on B, B on C, C on A".
    """
    import networkx as nx  # noqa: PLC0415

    found = []
    for component in nx.strongly_connected_components(graph):
        if len(component) < 2:
            continue
        start = min(component)
        parent = {start: start}
        for child, dep in nx.bfs_edges(graph.subgraph(component), start, reverse=True):
            parent[dep] = child
            if graph.has_edge(start, dep):
                path = [dep]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                found.append(path[::-1])
                break
    return sorted(found)


def earliest_starts(
    graph: nx.DiGraph,
    durations: Mapping[str, int],
    lower_bounds: Mapping[str, int],
    order: Iterable[str],
) -> dict[str, int]:
    """The earliest start of every node (in topological `order`) from its dependencies
    and its own earliest month in `lower_bounds` alone."""
    start: dict[str, int] = {}
    for node in order:
        waits = [start[p] + durations[p] + edge["lag"] for p, edge in graph.pred[node].items()]
        start[node] = max([lower_bounds[node], *waits])
    return start


class Implied:
    """Which dependencies a longer path already implies (the edges the transitive
    reduction drops), and the paths that imply them.

    In topological order, a node's dependencies are walked down the kept edges of the
    nodes before it, each in written order: a dependency is implied when another one
    reaches it. A walk stops where an earlier one passed and never goes below the lowest
    of them, so the work stays about linear in the edges even when 800 actions each
    depend on every earlier one (networkx's transitive_reduction would be cubic there).
    """

    def __init__(self, graph: nx.DiGraph, order: list[str]) -> None:
        """`order` is a topological order of `graph`."""
        self.graph = graph
        self.place = dict(zip(order, range(len(order)), strict=True))
        self.depth: dict[str, int] = {}
        self.kept: dict[str, list[str]] = {}
        self.through: dict[str, dict[str, str]] = {}
        """For each node with implied dependencies, each of them with the first other
        dependency (in written order) that reaches it."""
        predecessors, depth = graph.pred, self.depth
        for node in order:
            deps = self.kept[node] = list(predecessors[node])
            depth[node] = 1 + max(map(depth.__getitem__, deps), default=-1)
            if len(deps) > 1:
                first = self._first_reaching(deps)
                through = {dep: first[dep] for dep in deps if dep in first}
                if through:
                    self.through[node] = through
                    self.kept[node] = [dep for dep in deps if dep not in through]

    def _first_reaching(self, deps: list[str]) -> dict[str, str]:
        """Each node that one of `deps` reaches, with the first of `deps` that does; nodes
        lower in the order or shallower than all of `deps` reach none of them."""
        place, depth, kept = self.place, self.depth, self.kept
        lowest = min(map(place.__getitem__, deps))
        shallowest = min(map(depth.__getitem__, deps))
        first: dict[str, str] = {}
        if all(depth[dep] == shallowest for dep in deps):
            return first
        for dep in deps:
            if dep in first:
                continue
            stack = [dep]
            while stack:
                for below in kept[stack.pop()]:
                    if below not in first and place[below] >= lowest and depth[below] >= shallowest:
                        first[below] = dep
                        stack.append(below)
        return first

    def path(self, source: str, target: str) -> list[str]:
        """A chain `[source, ..., target]` along dependencies; `source` must reach `target`.
        The walk takes the shallowest node first (ties by id), so the chain is stable."""
        if self.graph.has_edge(target, source):
            return [source, target]
        predecessors, place, depth = self.graph.pred, self.place, self.depth
        parent = {source: source}
        heap = [(depth[source], source)]
        while heap:
            _depth, node = heapq.heappop(heap)
            for dep in predecessors[node]:
                if dep in parent:
                    continue
                if dep == target:
                    chain = [dep, node]
                    while chain[-1] != source:
                        chain.append(parent[chain[-1]])
                    return chain[::-1]
                if place[dep] > place[target] and depth[dep] > depth[target]:
                    parent[dep] = node
                    heapq.heappush(heap, (depth[dep], dep))
        raise ValueError(f"{source} does not depend on {target}")

    def longest_wait(
        self, node: str, dep: str, durations: Mapping[str, int]
    ) -> tuple[int, list[str]] | None:
        """The wait in months after `dep` finishes that the longest chain from another
        dependency of `node` down to `dep` imposes, and that chain; None when no other
        dependency reaches `dep`. A lagged dependency is implied only when some chain
        waits at least its lag, so the longest chain counts, not the first one found."""
        import networkx as nx  # noqa: PLC0415

        graph = self.graph
        between = nx.descendants(graph, dep) & nx.ancestors(graph, node)
        if not between:
            return None
        chains = nx.DiGraph()  # edges into each node in written order: ties go to the first
        for target in (*between, node):
            for pred, edge in graph.pred[target].items():
                if (pred in between or pred == dep) and (pred, target) != (dep, node):
                    chains.add_edge(pred, target, wait=durations[pred] + edge["lag"])
        path = nx.dag_longest_path(chains, "wait")
        return nx.path_weight(chains, path, "wait") - durations[dep], path[-2::-1]
