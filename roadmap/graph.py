"""The dependency graph of the actions, in plain Python.

Checking and scheduling walk the graph with linear algorithms over adjacency lists, so
that `roadmap check` does not pay for importing networkx. `to_networkx()` gives the same
graph as a networkx DiGraph for analyses and for callers that want it.

The rules read the graph by id; the planner reads `indexed`, the same graph on integer
indices (lists of ints, one id list mapping index -> id). At 100,000 actions a lookup by
string in a large dict costs several times a list index, and the planner makes a few per
dependency in every pass.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from roadmap.indexed_graph import IndexedGraph
from roadmap.models import Action, DependencyLink

if TYPE_CHECKING:
    import networkx as nx


@dataclass
class DependencyGraph:
    """Actions as nodes; an edge `p -> a` with a lag means `a` starts after `p` finishes.

    Node order is the order of the actions in actions.yaml, which makes every traversal
    deterministic. Self-dependencies and references to unknown or excluded actions are
    left out: the check rules report them.
    """

    nodes: list[str]
    predecessors: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    successors: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    _indexed: IndexedGraph | None = field(default=None, repr=False, compare=False)

    @property
    def indexed(self) -> IndexedGraph:
        """The graph on integer indices: node `i` is `nodes[i]`. The ids must be unique.

        Made on first use from the adjacency dicts (`from_dependencies` makes it while
        it builds them); the graph is not to be changed after that.
        """
        if self._indexed is None:
            self._indexed = IndexedGraph.of(self.nodes, self.predecessors)
        return self._indexed

    @classmethod
    def from_actions(cls, actions: Iterable[Action]) -> DependencyGraph:
        """Build the graph of `actions` (pass only the ones to schedule)."""
        return cls.from_dependencies((a.id, a.dependencies()) for a in actions)

    @classmethod
    def from_dependencies(
        cls, entries: Iterable[tuple[str, Sequence[DependencyLink]]]
    ) -> DependencyGraph:
        """Build the graph from each action's id and dependencies, in actions.yaml order.

        For callers that already hold the dependency lists (the checks build two graphs
        from one set of lists). Only the first of repeated dependencies counts.
        """
        chosen = list(entries)
        graph = cls([ident for ident, _ in chosen])
        nodes = graph.nodes
        predecessors: dict[str, list[tuple[str, int]]] = {n: [] for n in nodes}
        successors: dict[str, list[tuple[str, int]]] = {n: [] for n in nodes}
        graph.predecessors, graph.successors = predecessors, successors
        index = dict(zip(nodes, range(len(nodes)), strict=True))
        unique = len(index) == len(nodes)
        preds: list[list[int]] = [[] for _ in nodes]
        pred_lags: list[list[int]] = [[] for _ in nodes]
        succs: list[list[int]] = [[] for _ in nodes]
        succ_lags: list[list[int]] = [[] for _ in nodes]
        for at, (ident, deps) in enumerate(chosen):
            if not deps:
                continue
            own = predecessors[ident]
            seen: set[str] = set()
            for dep_id, lag in deps:
                if dep_id == ident or dep_id in seen:
                    continue
                dep = index.get(dep_id)
                if dep is None:
                    continue
                seen.add(dep_id)
                own.append((dep_id, lag))
                successors[dep_id].append((ident, lag))
                if unique:
                    preds[at].append(dep)
                    pred_lags[at].append(lag)
                    succs[dep].append(at)
                    succ_lags[dep].append(lag)
        if unique:
            graph._indexed = IndexedGraph(nodes, index, preds, pred_lags, succs, succ_lags)
        return graph

    @property
    def edge_count(self) -> int:
        """How many dependency edges the graph has."""
        return sum(len(p) for p in self.predecessors.values())

    def topological_order(self) -> list[str] | None:
        """Nodes with every predecessor first (Kahn's algorithm), or None on a cycle."""
        if self._indexed is not None or len(set(self.nodes)) == len(self.nodes):
            indices = self.indexed.topological_order()
            nodes = self.nodes
            return None if indices is None else [nodes[i] for i in indices]
        predecessors, successors = self.predecessors, self.successors
        indegree = {n: len(predecessors[n]) for n in self.nodes}
        order = [n for n in self.nodes if not indegree[n]]
        for node in order:
            for succ, _lag in successors[node]:
                indegree[succ] -= 1
                if not indegree[succ]:
                    order.append(succ)
        return order if len(order) == len(self.nodes) else None

    def cycles(self) -> list[list[str]]:
        """One cycle, in dependency order, for each strongly connected component.

        Each cycle starts at its smallest id and follows `depends_on` edges, so that
        `A -> B -> C -> A` reads "A depends on B, B on C, C on A".
        """
        result = []
        for component in _strongly_connected(self.nodes, self.predecessors):
            if len(component) > 1:
                result.append(_cycle_within(component, self.predecessors))
        return sorted(result)

    def to_networkx(self) -> nx.DiGraph:
        """The same graph as a networkx DiGraph; edges carry `lag`."""
        import networkx as nx  # noqa: PLC0415

        digraph = nx.DiGraph()
        digraph.add_nodes_from(self.nodes)
        for node in self.nodes:
            for pred, lag in self.predecessors[node]:
                digraph.add_edge(pred, node, lag=lag)
        return digraph


def earliest_starts(
    graph: DependencyGraph,
    durations: Mapping[str, int],
    lower_bounds: Mapping[str, int],
    *,
    order: list[str] | None = None,
) -> dict[str, int]:
    """The earliest start of every node from dependencies and lower bounds alone.

    `lower_bounds` holds each node's own earliest month (the horizon start or its
    `earliest_start`). The graph must be acyclic; pass its topological `order` when it
    is already known.
    """
    if order is None:
        order = graph.topological_order()
        if order is None:
            raise ValueError("the dependency graph has a cycle")
    predecessors = graph.predecessors
    start: dict[str, int] = {}
    finish: dict[str, int] = {}
    for node in order:
        best = lower_bounds[node]
        for pred, lag in predecessors[node]:
            ready = finish[pred] + lag
            if ready > best:  # noqa: PLR1730 (max() is slower in this hot loop)
                best = ready
        start[node] = best
        finish[node] = best + durations[node]
    return start


def _strongly_connected(
    nodes: list[str], predecessors: Mapping[str, list[tuple[str, int]]]
) -> list[list[str]]:
    """Tarjan's algorithm, iterative so that long chains cannot overflow the stack."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, Any]] = [(root, iter(predecessors[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            advanced = False
            for nxt, _lag in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(predecessors[nxt])))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
    return components


def _cycle_within(
    component: list[str], predecessors: Mapping[str, list[tuple[str, int]]]
) -> list[str]:
    """A simple cycle through the smallest id of a strongly connected component."""
    members = set(component)
    start = component[0]
    parent: dict[str, str] = {}
    queue = deque([start])
    seen = {start}
    while queue:
        node = queue.popleft()
        for pred, _lag in predecessors[node]:
            if pred == start:
                path = [node]
                while path[-1] != start:
                    path.append(parent[path[-1]])
                return [start, *reversed(path[:-1])]
            if pred in members and pred not in seen:
                seen.add(pred)
                parent[pred] = node
                queue.append(pred)
    return [start]
