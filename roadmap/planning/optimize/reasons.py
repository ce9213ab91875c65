"""Why `--select` deferred an action: a deferred action it waits for, or the limits
without room in every month it could start, from the first its dependencies and dates
allow to the last that still ends by its deadline, the horizon end or its pinned phase."""

from __future__ import annotations

from collections import Counter

from roadmap.months import format_month
from roadmap.planning.occupancy import Occupancy, start_reasons
from roadmap.planning.problem import Problem, Task
from roadmap.planning.result import Deferral, Reason
from roadmap.texts import current, money, months, say


def _last_end(problem: Problem, task: Task) -> tuple[int, str]:
    """The month the action must end by (exclusive), and what sets it."""
    ends = [(problem.end + 1, say("defer.horizon_end", month=format_month(problem.end)))]
    if task.deadline is not None:
        ends.append((task.deadline + 1, say("defer.deadline", month=format_month(task.deadline))))
    pin_end = problem.pin_end(task.pin)
    if pin_end is not None:
        text = say("defer.pin", pin=task.pin, month=format_month(pin_end - 1))
        ends.append((pin_end - 1 + task.duration, text))
    return min(ends)


def _family(problem: Problem, reason: Reason) -> str:
    if reason.binding == "capacity" and reason.actor is not None:
        return say("defer.lead", actor=reason.actor, capacity=problem.capacity[reason.actor])
    if reason.binding == "pool" and reason.pool is not None:
        return say("defer.pool", pool=reason.pool, units=problem.pools[reason.pool])
    year = reason.year or 0
    return say("defer.cap", year=year, cap=money(problem.caps[year], current()))


def deferral_reasons(
    problem: Problem, kept: list[int], start: list[int], exempt: frozenset[int]
) -> tuple[Deferral, ...]:
    """The deferred actions (in actions.yaml order), each with what pushed it out;
    `start` holds the plan of the `kept` tasks."""
    occupancy = Occupancy(problem, list(start), exempt, placed=kept)
    import networkx as nx  # noqa: PLC0415

    ids = [t.id for t in problem.tasks]
    keep = set(kept)
    kept_ids = {ids[n] for n in kept}
    result = []
    for node in (n for n in range(len(problem.tasks)) if n not in keep):
        waiting = sorted(a for a in nx.ancestors(problem.graph, ids[node]) if a not in kept_ids)
        if waiting:
            key = "defer.waits_one" if len(waiting) == 1 else "defer.waits_many"
            reason = say(key, ids=", ".join(waiting))
        else:
            reason = _pushed_out(problem, occupancy, node)
        result.append(Deferral(ids[node], reason, problem.tasks[node].score))
    return tuple(result)


def _share(family: str, count: int, months: int, *, short: bool = False) -> str:
    """`lead X in all 6 months`, `... in 2 of 6 months`; shorter after the first, and
    only the limit when the action could start in one month alone."""
    if months == 1:
        return family
    key = ("defer.all" if count == months else "defer.some") + ("_short" if short else "")
    return say(key, family=family, count=count, months=months)


def _pushed_out(problem: Problem, occupancy: Occupancy, node: int) -> str:
    task = problem.tasks[node]
    first = occupancy.ready(node)
    end, why = _last_end(problem, task)
    last = end - task.duration
    if last < first:
        occupancy.start[node] = first
        because = "; ".join(r.detail for r in start_reasons(occupancy, node))
        start = format_month(first)
        return say(
            "defer.cannot_end", why=why, month=start, because=because, runs=months(task.duration)
        )
    counts: Counter[str] = Counter()
    for month in range(first, last + 1):
        families = {_family(problem, r) for r in occupancy.blockers(node, month)}
        if not families:
            return say("defer.would_fit", month=format_month(month))
        counts.update(families)
    span = last - first + 1
    window = format_month(first)
    if span > 1:
        window = say("defer.window", first=window, last=format_month(last))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    named = [_share(family, count, span, short=i > 0) for i, (family, count) in enumerate(ranked)]
    return say("defer.no_room", window=window, why=why, named=", ".join(named))
