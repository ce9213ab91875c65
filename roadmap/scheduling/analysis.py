"""Passes over a placed plan: slack, the critical path and phases (spec section 4)."""

from __future__ import annotations

from collections.abc import Mapping

from roadmap.graph import DependencyGraph
from roadmap.models.actions import Phase
from roadmap.scheduling.problem import Problem


def dependency_times(problem: Problem, order: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Earliest starts and finishes from dependencies, lower bounds and fixed facts alone."""
    start: dict[str, int] = {}
    finish: dict[str, int] = {}
    predecessors = problem.graph.predecessors
    for node in order:
        task = problem.tasks[node]
        if task.fixed is not None:
            start[node], finish[node] = task.fixed
            continue
        best = task.lower
        for pred, lag in predecessors[node]:
            ready = finish[pred] + lag
            best = max(best, ready)
        start[node] = best
        finish[node] = best + task.duration
    return start, finish


def slack(
    graph: DependencyGraph,
    order: list[str],
    start: Mapping[str, int],
    finish: Mapping[str, int],
) -> dict[str, int]:
    """Slack from the backward pass over the dependencies alone, anchored at the plan finish.

    `LF(a)` is the least of the plan finish and `LS(s) - lag` over a's successors;
    `LS(a) = LF(a) - duration`; slack is `LS(a) - start(a)`, never below 0.
    """
    if not order:
        return {}
    plan_finish = max(finish.values())
    successors = graph.successors
    latest_start: dict[str, int] = {}
    result: dict[str, int] = {}
    for node in reversed(order):
        latest_finish = plan_finish
        for succ, lag in successors[node]:
            bound = latest_start[succ] - lag
            latest_finish = min(latest_finish, bound)
        begin = start[node]
        latest_start[node] = latest = latest_finish - (finish[node] - begin)
        result[node] = latest - begin if latest > begin else 0
    return {node: result[node] for node in order}


def critical_path(
    graph: DependencyGraph,
    order: list[str],
    slack_of: Mapping[str, int],
    finish: Mapping[str, int],
) -> tuple[str, ...]:
    """The longest chain of zero-slack actions, each a dependency of the next, that ends
    at the plan finish; among chains of equal length the one whose ids come first.

    For each critical action, in reverse topological order: the most actions a
    qualifying chain starting there can hold (0 when none can). Then a walk from the
    best first action that always takes the smallest id keeping the length. This is a
    linear pass over the adjacency lists; networkx would cost more to import than the
    whole pass takes (tests cross-check it against networkx).
    """
    if not order:
        return ()
    plan_finish = max(finish.values())
    longest: dict[str, int] = {}
    for node in reversed(order):
        if slack_of[node] != 0:
            continue
        best = 1 if finish[node] == plan_finish else 0
        for succ, _lag in graph.successors[node]:
            if longest.get(succ, 0):
                best = max(best, longest[succ] + 1)
        longest[node] = best
    length = max(longest.values(), default=0)
    if length == 0:
        return ()
    node = min(n for n, size in longest.items() if size == length)
    path = [node]
    while length > 1:
        length -= 1
        node = min(s for s, _lag in graph.successors[node] if longest.get(s) == length)
        path.append(node)
    return tuple(path)


def phase_of(start: int, horizon_start: int, bounds: tuple[int, int]) -> Phase:
    """The phase a planned start falls in: short below `bounds[0]` months, then medium."""
    offset = start - horizon_start
    if offset < bounds[0]:
        return "short"
    if offset < bounds[1]:
        return "medium"
    return "long"
