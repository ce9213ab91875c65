"""Passes over a plan in topological order: dependency times, slack and the critical
path (spec section 4)."""

from __future__ import annotations

from collections.abc import Sequence

from roadmap.planning.problem import Problem


def dependency_times(problem: Problem, order: list[int]) -> tuple[list[int], list[int]]:
    """Earliest starts and finishes from dependencies, lower bounds and fixed facts alone."""
    tasks, predecessors = problem.tasks, problem.predecessors
    start = [0] * len(tasks)
    finish = [0] * len(tasks)
    for node in order:
        task = tasks[node]
        if task.fixed is not None:
            start[node], finish[node] = task.fixed
            continue
        best = task.lower
        for pred, lag in predecessors[node]:
            best = max(best, finish[pred] + lag)
        start[node] = best
        finish[node] = best + task.duration
    return start, finish


def slack(
    problem: Problem, order: list[int], start: Sequence[int], finish: Sequence[int]
) -> list[int]:
    """Slack from the backward pass over the dependencies alone, anchored at the plan finish.

    `LF(a)` is the least of the plan finish and `LS(s) - lag` over a's successors;
    `LS(a) = LF(a) - duration`; slack is `LS(a) - start(a)`, never below 0.
    """
    result = [0] * len(order)
    if not order:
        return result
    plan_finish = max(finish)
    successors = problem.successors
    latest_start = [0] * len(order)
    for node in reversed(order):
        latest_finish = plan_finish
        for succ, lag in successors[node]:
            latest_finish = min(latest_finish, latest_start[succ] - lag)
        begin = start[node]
        latest_start[node] = latest = latest_finish - (finish[node] - begin)
        if latest > begin:
            result[node] = latest - begin
    return result


def critical_path(
    problem: Problem, order: list[int], slack_of: Sequence[int], finish: Sequence[int]
) -> tuple[str, ...]:
    """The longest chain of zero-slack actions, each a dependency of the next, that ends
    at the plan finish; among chains of equal length the one whose ids come first."""
    if not order:
        return ()
    plan_finish = max(finish)
    successors, ids = problem.successors, [task.id for task in problem.tasks]
    longest = [0] * len(order)
    for node in reversed(order):
        if slack_of[node] != 0:
            continue
        best = 1 if finish[node] == plan_finish else 0
        for succ, _lag in successors[node]:
            size = longest[succ]
            if size and size >= best:
                best = size + 1
        longest[node] = best
    length = max(longest)
    if length == 0:
        return ()
    first = ids.__getitem__
    node = min((n for n, size in enumerate(longest) if size == length), key=first)
    path = [ids[node]]
    while length > 1:
        length -= 1
        node = min((s for s, _lag in successors[node] if longest[s] == length), key=first)
        path.append(ids[node])
    return tuple(path)
