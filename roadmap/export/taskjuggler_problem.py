"""The planning problem as a TaskJuggler project, for `tj3` to schedule on its own.

`roadmap export --format tjp` gives tj3 the plan's dates to cross-check. This format
gives it the constraints the planner works from instead, and no dates, so that the two
tools solve the same problem (the benchmark times them side by side):

- each action is a task as long as the action, in hours: a month is a twelfth of
  365.25 days of 24 hours, 730.5 hours, rounded to whole hours;
- each dependency is `depends` with its lag as `gapduration`;
- an `earliest_start` or a phase pin (the first month the action may start on its own
  terms) is a dependency on a milestone at that month;
- a lead with a `capacity` of k is a group of k interchangeable resources that work
  around the clock, and each action it leads asks for one of them for its whole length
  (`effort`, `allocate` with `alternative` and `persistent`); an action whose lead has no
  capacity, or one it cannot reach, takes its length in calendar time (`duration`);
- the planner's order becomes TaskJuggler's `priority` (see `priorities`);
- with `--as-of`, an action progress.yaml dates keeps its recorded start.

Annual budget caps have no counterpart in TaskJuggler's scheduler, so the project leaves
them out and says so in its header; deadlines are left out too, since the planner does
not schedule by them either (it reports the ones a plan misses). tj3 may also pause an
action while every resource of its lead is booked, where the planner never splits one;
its dates can therefore differ from the plan's. `tj3 problem.tjp` writes problem-dates.csv with each
task's start and end.
"""

from __future__ import annotations

import datetime
from collections import Counter

from roadmap.export.taskjuggler import date_report, month_date, project_id, quote, task_ids
from roadmap.months import format_month
from roadmap.scheduling.analysis import dependency_times, slack
from roadmap.scheduling.options import PlanOptions
from roadmap.scheduling.problem import Problem, Task, build_problem
from roadmap.views.context import RoadmapContext

HOURS_PER_MONTH = 730.5
"""365.25 days of 24 hours, over 12 months."""
LAST_YEAR = 2035
"""TaskJuggler takes no date after this year."""
TOP_PRIORITY = 1000
REPORT = date_report("problem-dates", "%Y-%m-%d %H:%M")
"""A report of each task's dates as tj3 scheduled them, `problem-dates.csv`."""


def hours(months: int) -> int:
    """A length of `months` in whole hours."""
    return round(months * HOURS_PER_MONTH)


def priorities(problem: Problem) -> dict[str, int]:
    """TaskJuggler's priority (1 to 1000) for each task: the planner's order, highest first.

    The planner ranks by score, then by slack from the dependencies alone, then by id.
    The tasks in that order get priorities from 1000 down to 1, spread evenly (past
    1,000 tasks, neighbours in the order share one). An action progress.yaml dates gets
    1000, so that no other task takes its lead's resources from it. Then each task gets
    at least the priority of every task that waits for it: tj3 books resources for the
    tasks it can start, highest priority first, and warns when a task of lower priority
    took resources first (here a predecessor would always have, since it must finish
    before the task that waits for it can start).
    """
    graph = problem.graph.indexed
    order = graph.topological_order() or []
    base_start, base_finish = dependency_times(problem, order)
    base_slack = slack(graph, order, base_start, base_finish)
    tasks, ids = problem.tasks, graph.ids
    ranked = sorted(range(len(tasks)), key=lambda n: (-tasks[n].score, base_slack[n], ids[n]))
    step = (TOP_PRIORITY - 1) / max(len(ranked) - 1, 1)
    rank = [0] * len(tasks)
    for position, node in enumerate(ranked):
        fixed = tasks[node].fixed is not None
        rank[node] = TOP_PRIORITY if fixed else TOP_PRIORITY - round(position * step)
    for node in reversed(order):
        for before in graph.predecessors[node]:
            rank[before] = max(rank[before], rank[node])
    return dict(zip(ids, rank, strict=True))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _problem(ctx: RoadmapContext) -> Problem:
    as_of = ctx.plan.as_of
    options = PlanOptions(as_of=format_month(as_of) if as_of is not None else None)
    return build_problem(ctx.dataset, options)


def _end(ctx: RoadmapContext) -> datetime.date:
    """The project's end: room for a schedule as long again as the plan, within tj3's years."""
    plan = ctx.plan
    finish = max(plan.finish, plan.horizon_end + 1)
    end = finish + max(12, finish - plan.horizon_start)
    return min(month_date(end), datetime.date(LAST_YEAR, 12, 31))


def _resources(ctx: RoadmapContext, problem: Problem) -> tuple[list[str], dict[str, list[str]]]:
    """The resource lines, and the resource ids of each lead whose capacity can bind.

    A lead of n actions with a capacity of n or more is never held back by it, so its
    actions take their length in calendar time and it gets no resources: a capacity of
    10,000 would otherwise be 10,000 resources.
    """
    led = Counter(t.lead for t in problem.tasks)
    bound = [a for a, k in problem.capacity.items() if 0 < k < led[a]]
    # The group and its members, "city", "city 1", "city 2": ids unique across all leads
    # (the members of `city` and the group of an actor `city-1` would both be r_city_1).
    keys = [(a, n) for a in bound for n in range(problem.capacity[a] + 1)]
    unique = dict(
        zip(keys, task_ids([f"{a} {n}" if n else a for a, n in keys], "r_").values(), strict=True)
    )
    lines: list[str] = []
    members: dict[str, list[str]] = {}
    for actor_id in bound:
        actor = ctx.actors.get(actor_id)
        name = ctx.text(actor.name) if actor is not None else actor_id
        members[actor_id] = [unique[actor_id, n] for n in range(1, problem.capacity[actor_id] + 1)]
        lines.append(f"resource {unique[actor_id, 0]} {quote(name)} {{")
        for n, member in enumerate(members[actor_id], 1):
            lines.append(f"  resource {member} {quote(f'{name} {n}')}")
        lines.append("}")
    return lines, members


def _task(
    ctx: RoadmapContext,
    task: Task,
    *,
    ids: dict[str, str],
    members: dict[str, list[str]],
    priority: int,
    not_before: str | None,
    predecessors: list[tuple[str, int]],
) -> list[str]:
    action = ctx.dataset.actions[task.index]
    lines = [f"task {ids[task.id]} {quote(task.id + ' ' + ctx.text(action.title))} {{"]
    lines.append(f"  priority {priority}")
    length = task.duration
    if task.fixed is not None:
        lines.append(f"  start {month_date(task.fixed[0])}")
        length = task.fixed[1] - task.fixed[0]
    resources = members.get(task.lead)
    if resources:
        lines.append(f"  effort {max(hours(length), 1)}h")
        alternatives = f"alternative {', '.join(resources[1:])} " if resources[1:] else ""
        lines.append(f"  allocate {resources[0]} {{ {alternatives}persistent }}")
    else:
        lines.append(f"  duration {max(hours(length), 1)}h")
    if task.fixed is None:
        for before, lag in predecessors:
            gap = f" {{ gapduration {hours(lag)}h }}" if lag else ""
            lines.append(f"  depends {ids[before]}{gap}")
        if not_before is not None:
            lines.append(f"  depends {not_before}")
    lines.append("}")
    return lines


def export_tjp_problem(ctx: RoadmapContext) -> bytes:
    """A complete .tjp project of the planning problem, with no dates for tj3 to check."""
    strategy = ctx.dataset.strategy
    problem = _problem(ctx)
    ids = task_ids([t.id for t in problem.tasks])
    rank = priorities(problem)
    resources, members = _resources(ctx, problem)
    lower = sorted({t.lower for t in problem.tasks if t.fixed is None and t.lower > problem.start})
    milestones = {month: f"nb_{format_month(month).replace('-', '_')}" for month in lower}
    caps = len(problem.caps)
    gaps = [f"annual budget caps in {_count(caps, 'year')}"] if caps else []
    if problem.pools:
        gaps.append(f"shared pools ({', '.join(problem.pools)})")
    left_out = " and ".join(gaps) or "nothing"
    lines = [
        f"# {len(problem.tasks)} actions of {strategy.id}, for tj3 to schedule "
        "(roadmap export --format tjp-problem).",
        f"# Left out, since TaskJuggler cannot schedule by them: {left_out}.",
        f"project {project_id(strategy.id)} {quote(ctx.text(strategy.name))} "
        f"{month_date(problem.start)} - {_end(ctx)} {{",
        '  timezone "UTC"',
        '  currency "EUR"',
        "  dailyworkinghours 24",
        "  workinghours mon - sun 0:00 - 24:00",
        "}",
        "",
        *resources,
        "",
    ]
    lines += [
        f"task {key} {quote('not before ' + format_month(month))} "
        f"{{ start {month_date(month)} milestone }}"
        for month, key in milestones.items()
    ]
    for task in problem.tasks:
        not_before = milestones.get(task.lower) if task.fixed is None else None
        before = problem.graph.predecessors.get(task.id, [])
        lines += _task(
            ctx,
            task,
            ids=ids,
            members=members,
            priority=rank[task.id],
            not_before=not_before,
            predecessors=before,
        )
    lines += ["", *REPORT]
    return ("\n".join(lines) + "\n").encode("utf-8")
