"""The plan as TaskJuggler projects (taskjuggler.tjp.j2) for `tj3` to check or solve.

`tjp`: the plan's dates, a task per action with its start, length in days and lagged
`depends`; tj3 reports a start that breaks a dependency. `tjp-problem`: the constraints
without dates, in hours (a month is 730.5), earliest starts and phase pins as
milestones, a lead of capacity k as k resources, the planner's order as `priority`;
budget caps and deadlines have no counterpart (the header says so), and tj3 may pause
an action the planner never splits."""

from __future__ import annotations

import datetime
import re
from collections import Counter
from typing import Any

from roadmap.months import format_month
from roadmap.output.context import RoadmapContext
from roadmap.output.plan_page import phase_months
from roadmap.output.render import Row, environment
from roadmap.planning.analysis import dependency_times, slack
from roadmap.planning.options import PlanOptions
from roadmap.planning.problem import Problem, build_problem
from roadmap.texts import counted, label

_NOT_ID = re.compile(r"[^A-Za-z0-9_]")
HOURS_PER_MONTH = 730.5
"""365.25 days of 24 hours, over 12 months."""
LAST_YEAR = 2035
"""TaskJuggler takes no date after this year."""
TOP_PRIORITY = 1000


def month_date(month: int) -> datetime.date:
    """The first day of a month index."""
    year, month0 = divmod(month, 12)
    return datetime.date(year, month0 + 1, 1)


def hours(months: int) -> int:
    """A length of `months` in whole hours."""
    return round(months * HOURS_PER_MONTH)


def quote(text: str) -> str:
    """A TaskJuggler string: double-quoted, with no character that could end or expand it."""
    clean = " ".join(text.split()).replace("\\", "/").replace('"', "'").replace("$", "＄")
    return f'"{clean}"'


def project_id(text: str) -> str:
    """`text` as a TaskJuggler id: each character other than a letter, digit or `_` is `_`,
    and `p_` goes before a leading digit, which TaskJuggler does not take."""
    clean = _NOT_ID.sub("_", text)
    return f"p_{clean}" if clean[:1].isdigit() else clean


def task_ids(action_ids: list[str], prefix: str = "a_") -> dict[str, str]:
    """A TaskJuggler id for each of `action_ids`: letters, digits and `_`, unique."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    for action_id in action_ids:
        base = prefix + _NOT_ID.sub("_", action_id)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}_{n}"
        taken.add(candidate)
        result[action_id] = candidate
    return result


def _project(ctx: RoadmapContext, start: int, end: datetime.date, **values: Any) -> bytes:
    """The project from month `start` to `end`, in UTC and euros; `values` fill the rest
    of taskjuggler.tjp.j2 (a report of each task's dates, to compare, among them)."""
    strategy = ctx.dataset.strategy
    text = (
        environment()
        .get_template("taskjuggler.tjp.j2")
        .render(
            quote=quote,
            project_id=project_id(strategy.id),
            name=ctx.text(strategy.name),
            start=month_date(start),
            end=end,
            **values,
        )
    )
    return text.encode("utf-8")


def export_tjp(ctx: RoadmapContext) -> bytes:
    """A complete .tjp project: the horizon, the actors as resources, a task per action,
    the phase boundaries and the horizon's end as milestones."""
    plan = ctx.plan
    end = max(plan.finish, plan.horizon_end + 1) + 1
    ids = task_ids([a.id for a, _p in ctx.scheduled])
    resource_ids = task_ids(list(ctx.actors), "r_")
    now = month_date(min(max(ctx.today, plan.horizon_start), end - 1))
    phases = phase_months(plan)
    milestones = [
        *((f"m_{p}", label(f"phase_{p}", ctx.lang), phases[p][0]) for p in ("medium", "long")),
        ("m_horizon_end", label("horizon_end", ctx.lang), plan.horizon_end + 1),
    ]
    tasks = []
    for action, placement in ctx.scheduled:
        lines = [
            f"start {month_date(placement.start)}",
            f"duration {(month_date(placement.finish) - month_date(placement.start)).days}d",
        ]
        for dep in action.dependencies():
            if dep.id in ids:
                finish = plan.by_id[dep.id].finish
                days = (month_date(finish + dep.lag_months) - month_date(finish)).days
                gap = f" {{ gapduration {days}d }}" if days else ""
                lines.append(f"depends {ids[dep.id]}{gap}")
        if action.lead in resource_ids:
            lines.append(f"responsible {resource_ids[action.lead]}")
        lines.append(f"note {quote(f'{action.id}: {action.cost_eur} EUR; {placement.phase}')}")
        tasks.append(
            Row(id=ids[action.id], name=f"{action.id} {ctx.text(action.title)}", lines=lines)
        )
    return _project(
        ctx,
        plan.horizon_start,
        month_date(end),
        comments=[],
        settings=[f"now {now}"],
        resources=[
            Row(id=resource_ids[a], name=ctx.text(actor.name), members=[])
            for a, actor in ctx.actors.items()
        ],
        milestones=[Row(id=k, name=n, start=month_date(m)) for k, n, m in milestones if m < end],
        tasks=tasks,
        report="plan-dates",
        timeformat="%Y-%m",
    )


def priorities(problem: Problem) -> dict[str, int]:
    """TaskJuggler's priority (1 to 1000) for each task: the planner's order, highest first.

    By score, then slack from the dependencies alone, then id, spread evenly from 1000
    down; an action progress.yaml dates gets 1000, so that none takes its lead from it.
    A task gets at least the priority of each task waiting for it, since tj3 books
    resources highest priority first and warns when a lower one took them first.
    """
    order = problem.order or []
    base_start, base_finish = dependency_times(problem, order)
    base_slack = slack(problem, order, base_start, base_finish)
    tasks = problem.tasks
    ids = [task.id for task in tasks]
    ranked = sorted(range(len(tasks)), key=lambda n: (-tasks[n].score, base_slack[n], ids[n]))
    step = (TOP_PRIORITY - 1) / max(len(ranked) - 1, 1)
    rank = [0] * len(tasks)
    for position, node in enumerate(ranked):
        fixed = tasks[node].fixed is not None
        rank[node] = TOP_PRIORITY if fixed else TOP_PRIORITY - round(position * step)
    for node in reversed(order):
        for before, _lag in problem.predecessors[node]:
            rank[before] = max(rank[before], rank[node])
    return dict(zip(ids, rank, strict=True))


def _resources(ctx: RoadmapContext, problem: Problem) -> list[Row]:
    """A resource per lead whose capacity can bind, with a member per unit of it; a lead of
    n actions and a capacity of n or more gets none (10,000 would be 10,000 resources)."""
    led = Counter(t.lead for t in problem.tasks)
    bound = [a for a, k in problem.capacity.items() if 0 < k < led[a]]
    # The group and its members, "city", "city 1", "city 2": ids unique across all leads
    # (the members of `city` and the group of an actor `city-1` would both be r_city_1).
    keys = [(a, n) for a in bound for n in range(problem.capacity[a] + 1)]
    unique = dict(
        zip(keys, task_ids([f"{a} {n}" if n else a for a, n in keys], "r_").values(), strict=True)
    )
    return [
        Row(
            id=unique[actor_id, 0],
            name=ctx.actor_name(actor_id),
            members=[unique[actor_id, n] for n in range(1, problem.capacity[actor_id] + 1)],
            lead=actor_id,
        )
        for actor_id in bound
    ]


def export_tjp_problem(ctx: RoadmapContext) -> bytes:
    """A complete .tjp project of the planning problem, with no dates for tj3 to check."""
    as_of = ctx.plan.as_of
    problem = build_problem(
        ctx.dataset, PlanOptions(as_of=format_month(as_of) if as_of is not None else None)
    )
    ids = task_ids([t.id for t in problem.tasks])
    rank = priorities(problem)
    resources = _resources(ctx, problem)
    members = {r.lead: r.members for r in resources}
    lower = sorted({t.lower for t in problem.tasks if t.fixed is None and t.lower > problem.start})
    milestones = {month: f"nb_{format_month(month).replace('-', '_')}" for month in lower}
    caps = len(problem.caps)
    gaps = [f"annual budget caps in {counted(caps, 'year')}"] if caps else []
    if problem.pools:
        gaps.append(f"shared pools ({', '.join(problem.pools)})")
    tasks = []
    for task in problem.tasks:
        lines = [f"priority {rank[task.id]}"]
        length = task.duration
        if task.fixed is not None:
            lines.append(f"start {month_date(task.fixed[0])}")
            length = task.fixed[1] - task.fixed[0]
        group = members.get(task.lead)
        if group:
            lines.append(f"effort {max(hours(length), 1)}h")
            alternatives = f"alternative {', '.join(group[1:])} " if group[1:] else ""
            lines.append(f"allocate {group[0]} {{ {alternatives}persistent }}")
        else:
            lines.append(f"duration {max(hours(length), 1)}h")
        if task.fixed is None:
            for before, edge in problem.graph.pred[task.id].items():
                gap = f" {{ gapduration {hours(edge['lag'])}h }}" if edge["lag"] else ""
                lines.append(f"depends {ids[before]}{gap}")
            if task.lower in milestones:
                lines.append(f"depends {milestones[task.lower]}")
        title = ctx.text(ctx.dataset.actions[task.index].title)
        tasks.append(Row(id=ids[task.id], name=f"{task.id} {title}", lines=lines))
    # Room for a schedule as long again as the plan, within tj3's years.
    finish = max(ctx.plan.finish, ctx.plan.horizon_end + 1)
    end = finish + max(12, finish - ctx.plan.horizon_start)
    return _project(
        ctx,
        problem.start,
        min(month_date(end), datetime.date(LAST_YEAR, 12, 31)),
        comments=[
            f"{len(problem.tasks)} actions of {ctx.dataset.strategy.id}, for tj3 to schedule "
            "(roadmap export --format tjp-problem).",
            "Left out, since TaskJuggler cannot schedule by them: "
            f"{' and '.join(gaps) or 'nothing'}.",
        ],
        settings=["dailyworkinghours 24", "workinghours mon - sun 0:00 - 24:00"],
        resources=resources,
        milestones=[
            Row(id=key, name=f"not before {format_month(month)}", start=month_date(month))
            for month, key in milestones.items()
        ],
        tasks=tasks,
        report="problem-dates",
        timeformat="%Y-%m-%d %H:%M",
    )
