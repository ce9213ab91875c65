"""Stage 4: the dependencies form an acyclic graph without needless edges."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from itertools import compress, count
from operator import contains, not_

from roadmap.checks.context import CheckContext
from roadmap.checks.reachability import Reachability
from roadmap.checks.registry import Finding, Stage, rule
from roadmap.diagnostics import Severity
from roadmap.graph import DependencyGraph


def _dependency_loc(ctx: CheckContext, action_id: str, dep_id: str) -> tuple[object, ...]:
    """Where `action_id` names `dep_id` in its depends_on (the first time)."""
    i = ctx.action_index[action_id]
    for j, dep in enumerate(ctx.dependencies[i]):
        if dep.id == dep_id:
            return ("actions", i, "depends_on", j, "id")
    return ("actions", i, "depends_on")


@rule("G201", "Self-dependency", Stage.GRAPH)
def self_dependency(ctx: CheckContext) -> Iterator[Finding]:
    """An action cannot wait for its own finish; it could never start.

    Failing:

        actions:
          - {id: A03, depends_on: [A01, A03], ...}

    Passing:

        actions:
          - {id: A03, depends_on: [A01], ...}
    """
    if not any(map(contains, ctx.dependency_ids, ctx.action_ids)):
        return
    for i, action in enumerate(ctx.dataset.actions):
        for j, dep in enumerate(ctx.dependencies[i]):
            if dep.id == action.id:
                yield Finding(
                    "actions",
                    ("actions", i, "depends_on", j, "id"),
                    f"action {action.id} depends on itself; remove {action.id} from its depends_on",
                )


@rule("G202", "Dependency cycle", Stage.GRAPH)
def dependency_cycle(ctx: CheckContext) -> Iterator[Finding]:
    """Actions that wait for each other in a ring can never start. The whole ring is named.

    Failing:

        actions:
          - {id: A01, depends_on: [A02], ...}
          - {id: A02, depends_on: [A03], ...}
          - {id: A03, depends_on: [A01], ...}

    Passing:

        actions:
          - {id: A01, ...}
          - {id: A02, depends_on: [A01], ...}
          - {id: A03, depends_on: [A02], ...}
    """
    for cycle in ctx.cycles:
        ring = " -> ".join([*cycle, cycle[0]])
        pairs = ", ".join(f"{a} on {b}" for a, b in zip(cycle, [*cycle[1:], cycle[0]], strict=True))
        yield Finding(
            "actions",
            _dependency_loc(ctx, cycle[0], cycle[1]),
            f"dependency cycle {ring} ({pairs.replace(' on ', ' depends on ', 1)}); "
            "remove one of these dependencies",
        )


@rule("G203", "Redundant transitive dependency", Stage.GRAPH, Severity.WARNING)
def redundant_dependency(ctx: CheckContext) -> Iterator[Finding]:
    """A dependency already implied through another one adds nothing but clutter.

    A direct dependency on X is redundant when the action also depends on Y, and Y
    depends (directly or further down) on X, so that X must finish first anyway. A
    direct dependency with a lag is kept when the chain does not already imply the lag.

    Failing:

        actions:
          - {id: A01, ...}
          - {id: A02, depends_on: [A01], ...}
          - {id: A03, depends_on: [A01, A02], ...}   # A02 already waits for A01

    Passing:

        actions:
          - {id: A01, ...}
          - {id: A02, depends_on: [A01], ...}
          - {id: A03, depends_on: [A02], ...}
    """
    graph = ctx.active_graph
    order = ctx.active_order
    if order is None:
        return
    columns = ctx.active_columns
    durations = dict(zip(columns.id, columns.duration_months, strict=True))
    reach = Reachability(graph, order)
    for node in graph.nodes:
        edges = graph.predecessors[node]
        if len(edges) < 2:
            continue
        direct = reach.predecessors[reach.index[node]]
        for (dep, lag), target in zip(edges, direct, strict=True):
            if lag:
                chain = _longest_chain(graph, reach, durations, node, dep)
            else:
                chain = reach.path_from_another(direct, target)
            if chain is None:
                continue
            path = [node, *chain]
            implied = sum(durations[x] for x in chain[:-1]) + _chain_lags(graph, path)
            if implied < lag:
                continue
            yield Finding(
                "actions",
                _dependency_loc(ctx, node, dep),
                f"action {node} depends on {dep} directly and also through {chain[0]} "
                f"({_shown(path)}); remove {dep} from its depends_on",
            )


def _longest_chain(
    graph: DependencyGraph,
    reach: Reachability,
    durations: dict[str, int],
    node: str,
    dep: str,
) -> list[str] | None:
    """The chain from another dependency of `node` down to `dep` that makes `node` wait
    longest after `dep` finishes, as `[other, ..., dep]`; None when there is none.

    A lagged dependency is redundant only when some chain waits at least the lag, so the
    longest wait counts, not the first chain found. `wait[x]` is the least gap, in
    months, between the finish of `dep` and the start of `x` that the chains below `x`
    impose; only actions that may depend on `dep` are visited.
    """
    goal = reach.index[dep]
    wait: dict[str, int | None] = {}
    below: dict[str, str] = {}
    stack = [
        p
        for p, _lag in graph.predecessors[node]
        if p != dep and reach.may_reach(reach.index[p], goal)
    ]
    while stack:
        current = stack[-1]
        if current in wait:
            stack.pop()
            continue
        pending = [
            p
            for p, _lag in graph.predecessors[current]
            if p != dep and p not in wait and reach.may_reach(reach.index[p], goal)
        ]
        if pending:
            stack.extend(pending)
            continue
        stack.pop()
        best: int | None = None
        for p, lag in graph.predecessors[current]:
            if p == dep:
                gap: int | None = lag
            else:
                earlier = wait.get(p)
                gap = None if earlier is None else earlier + durations[p] + lag
            if gap is not None and (best is None or gap > best):
                best = gap
                below[current] = p
        wait[current] = best
    longest: int | None = None
    first: str | None = None
    for p, lag in graph.predecessors[node]:
        earlier = wait.get(p) if p != dep else None
        if earlier is not None:
            total = earlier + durations[p] + lag
            if longest is None or total > longest:
                longest, first = total, p
    if first is None:
        return None
    chain = [first]
    while chain[-1] != dep:
        chain.append(below[chain[-1]])
    return chain


def _shown(path: list[str]) -> str:
    """`A -> B -> C`, with the middle of a long chain elided."""
    if len(path) <= 6:
        return " -> ".join(path)
    return " -> ".join([*path[:3], "...", *path[-2:]]) + f", {len(path) - 1} links"


def _chain_lags(graph: DependencyGraph, chain: list[str]) -> int:
    """The sum of the lags along `chain`, read as `chain[k]` depends on `chain[k + 1]`."""
    total = 0
    for later, earlier in itertools.pairwise(chain):
        total += dict(graph.predecessors[later]).get(earlier, 0)
    return total


@rule("G204", "Dependency on a cancelled action", Stage.GRAPH, Severity.WARNING)
def cancelled_dependency(ctx: CheckContext) -> Iterator[Finding]:
    """A cancelled action never finishes, so waiting for it is a planning gap.

    The plan leaves the dependency out; the warning asks for a decision.

    Failing:

        actions:
          - {id: A12, status: cancelled, ...}
          - {id: A07, depends_on: [A12], ...}

    Passing:

        actions:
          - {id: A12, status: cancelled, ...}
          - {id: A07, ...}
    """
    if len(ctx.active_actions) == len(ctx.dataset.actions):
        return
    columns = ctx.columns
    cancelled = {i for i, s in zip(columns.id, columns.status, strict=True) if s == "cancelled"}
    waiting = compress(count(), map(not_, map(cancelled.isdisjoint, ctx.dependency_ids)))
    for i in waiting:
        action = ctx.dataset.actions[i]
        if action.status == "cancelled":
            continue
        for j, dep in enumerate(ctx.dependencies[i]):
            target = ctx.actions.get(dep.id)
            if target is not None and target.status == "cancelled" and dep.id != action.id:
                yield Finding(
                    "actions",
                    ("actions", i, "depends_on", j, "id"),
                    f"action {action.id} depends on {dep.id}, which is cancelled; remove the "
                    f"dependency or reinstate {dep.id}",
                )
