"""Fast "does X wait for Y?" queries on the dependency graph, without all-pairs tables.

Each node gets interval labels from two post-order walks over its dependencies
(GRAIL-style labelling) and its depth (the longest chain of dependencies below it).
When Y is reachable from X, Y's interval lies inside X's in both labellings and Y is
shallower, so a failed test answers "no" at once. The remaining queries walk the graph
shallowest node first, toward Y's depth, skipping every node that fails the same test.
Labels take linear time and space; on generated portfolios of 10,000 actions a query
looks at about ten nodes.

Nodes are numbered by their place in the topological order and the labels kept in
lists, because building them is the main cost of the redundant-dependency rule.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator

from roadmap.graph import DependencyGraph


class Reachability:
    """Answers whether one action depends, directly or through others, on another."""

    def __init__(self, graph: DependencyGraph, order: list[str]) -> None:
        """`order` is a topological order of `graph` (dependencies first)."""
        self.ids = order
        self.index = dict(zip(order, range(len(order)), strict=True))
        index = self.index
        self.predecessors = [[index[p] for p, _ in graph.predecessors[node]] for node in order]
        depth = [0] * len(order)
        for i, preds in enumerate(self.predecessors):
            if preds:
                depth[i] = max([depth[p] for p in preds]) + 1
        self.depth = depth
        self._low1, self._rank1 = _label(self.predecessors, reverse=False)
        self._low2, self._rank2 = _label(self.predecessors, reverse=True)

    def may_reach(self, source: int, target: int) -> bool:
        """False when `target` (a node number) is certainly not reachable from `source`."""
        return (
            self.depth[source] > self.depth[target]
            and self._low1[source] <= self._low1[target]
            and self._rank1[target] <= self._rank1[source]
            and self._low2[source] <= self._low2[target]
            and self._rank2[target] <= self._rank2[source]
        )

    def path(self, source: str, target: str) -> list[str] | None:
        """A chain `[source, ..., target]` along depends_on edges, or None if there is none.

        The walk takes the shallowest node first (ties by id), so the chain is always
        the same one for the same graph.
        """
        start, goal = self.index[source], self.index[target]
        return self._search(start, goal) if self.may_reach(start, goal) else None

    def path_from_another(self, direct: list[int], target: int) -> list[str] | None:
        """A chain to `target` from the first other node of `direct` that has one.

        `direct` holds node numbers, such as the dependencies of one action.
        """
        for other in direct:
            if other != target and self.may_reach(other, target):
                chain = self._search(other, target)
                if chain is not None:
                    return chain
        return None

    def _search(self, start: int, goal: int) -> list[str] | None:
        ids, depth, predecessors = self.ids, self.depth, self.predecessors
        parent = {start: start}
        heap = [(depth[start], ids[start], start)]
        while heap:
            _depth, _id, node = heapq.heappop(heap)
            for pred in predecessors[node]:
                if pred in parent:
                    continue
                if pred == goal:
                    chain = [pred, node]
                    while chain[-1] != start:
                        chain.append(parent[chain[-1]])
                    return [ids[k] for k in reversed(chain)]
                if self.may_reach(pred, goal):
                    parent[pred] = node
                    heapq.heappush(heap, (depth[pred], ids[pred], pred))
        return None


def _label(predecessors: list[list[int]], *, reverse: bool) -> tuple[list[int], list[int]]:
    """The least post-order rank below each node, and its own rank.

    The walk starts from the last nodes of the topological order and follows
    dependencies in written order, or in reverse order for the second labelling. In an
    acyclic graph every dependency has finished when its dependent does, so the least
    rank below a node is known as soon as the node finishes.
    """
    count = len(predecessors)
    rank = [0] * count
    low = [0] * count
    seen = bytearray(count)
    finished = 0
    for root in range(count - 1, -1, -1):
        if seen[root]:
            continue
        seen[root] = 1
        path = [root]
        pending: list[Iterator[int]] = [
            reversed(predecessors[root]) if reverse else iter(predecessors[root])
        ]
        while path:
            for child in pending[-1]:
                if not seen[child]:
                    seen[child] = 1
                    path.append(child)
                    preds = predecessors[child]
                    pending.append(reversed(preds) if reverse else iter(preds))
                    break
            else:
                node = path.pop()
                pending.pop()
                finished += 1
                rank[node] = least = finished
                for pred in predecessors[node]:
                    if low[pred] < least:  # noqa: PLR1730 (min() here doubles the walk's time)
                        least = low[pred]
                low[node] = least
    return low, rank
