"""The dependency graph on integer indices, for the passes that walk it often.

Node `i` is `ids[i]`; adjacency and lags are lists of ints. The planner's passes index
these lists instead of looking actions up by id: at 100,000 actions a lookup by string
in a large dict costs several times a list index, and each pass makes a few per
dependency. `roadmap.graph.DependencyGraph.indexed` gives this form of a graph.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class IndexedGraph:
    """A dependency graph on integer indices: node `i` is `ids[i]`.

    `predecessors[i]` and `pred_lags[i]` are parallel lists (the edge from
    `predecessors[i][k]` to `i` has lag `pred_lags[i][k]`); likewise the successors.
    Each list keeps the order of the adjacency dicts it mirrors.
    """

    ids: list[str]
    index: dict[str, int]
    """The index of each id."""
    predecessors: list[list[int]]
    pred_lags: list[list[int]]
    successors: list[list[int]]
    succ_lags: list[list[int]]

    @classmethod
    def of(
        cls, nodes: list[str], predecessors: Mapping[str, list[tuple[str, int]]]
    ) -> IndexedGraph:
        """The indexed form of a graph given by id (successors in node order of the edge's
        target, as `DependencyGraph.from_dependencies` adds them)."""
        index = dict(zip(nodes, range(len(nodes)), strict=True))
        if len(index) != len(nodes):
            raise ValueError("the graph has repeated ids; it has no integer form")
        preds = [[index[p] for p, _ in predecessors[n]] for n in nodes]
        lags = [[lag for _, lag in predecessors[n]] for n in nodes]
        succs: list[list[int]] = [[] for _ in nodes]
        succ_lags: list[list[int]] = [[] for _ in nodes]
        for at, (own, own_lags) in enumerate(zip(preds, lags, strict=True)):
            for pred, lag in zip(own, own_lags, strict=True):
                succs[pred].append(at)
                succ_lags[pred].append(lag)
        return cls(list(nodes), index, preds, lags, succs, succ_lags)

    def topological_order(self) -> list[int] | None:
        """Indices with every predecessor first (Kahn's algorithm), or None on a cycle.

        The same order as `DependencyGraph.topological_order`, as indices.
        """
        indegree = list(map(len, self.predecessors))
        order = [i for i, count in enumerate(indegree) if not count]
        successors = self.successors
        for node in order:
            for succ in successors[node]:
                indegree[succ] -= 1
                if not indegree[succ]:
                    order.append(succ)
        return order if len(order) == len(self.ids) else None
