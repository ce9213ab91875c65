"""The plan as TaskJuggler projects, for `tj3` to cross-check it or to solve the same
problem on its own.

`tjp` is the plan's dates: a task per action with its planned start, its length in days
and `depends` with the lag as a gap in days; tj3 reports a start that breaks a dependency.

`tjp-problem` is the planner's constraints without dates: lengths in hours (a month is
730.5), lags as `gapduration`, earliest starts and phase pins as milestones, a lead of
capacity k as k interchangeable resources (`allocate` with `alternative`), the
planner's order as `priority`. Budget caps and deadlines have no counterpart and are
left out (the header says so); tj3 may pause an action the planner never splits.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter

from roadmap.months import format_month
from roadmap.output.context import RoadmapContext
from roadmap.output.i18n import counted, label
from roadmap.output.plan_page import phase_months
from roadmap.planning.analysis import dependency_times, slack
from roadmap.planning.options import PlanOptions
from roadmap.planning.problem import Problem, build_problem

_NOT_ID = re.compile(r"[^A-Za-z0-9_]")


def date_report(name: str, timeformat: str) -> tuple[str, ...]:
    """A report that makes tj3 write `name`.csv: each task's id, name, start and end."""
    return (
        f'taskreport {name.replace("-", "_")} "{name}" {{',
        "  formats csv",
        "  columns id, name, start, end",
        f'  timeformat "{timeformat}"',
        "}",
    )


PLAN_REPORT = date_report("plan-dates", "%Y-%m")
"""A report of each task's dates, `plan-dates.csv`, to compare with `roadmap plan`."""


def month_date(month: int) -> datetime.date:
    """The first day of a month index."""
    year, month0 = divmod(month, 12)
    return datetime.date(year, month0 + 1, 1)


def _days(first: int, last: int) -> int:
    return (month_date(last) - month_date(first)).days


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


def _milestones(ctx: RoadmapContext, end: int) -> list[str]:
    """The phase boundaries and the horizon's end before `end`, as TaskJuggler milestones."""
    plan, lang = ctx.plan, ctx.lang
    phases = phase_months(plan)
    points = [
        *((f"m_{p}", label(f"phase_{p}", lang), phases[p][0]) for p in ("medium", "long")),
        ("m_horizon_end", label("horizon_end", lang), plan.horizon_end + 1),
    ]
    return [
        f"task {key} {quote(name)} {{ start {month_date(month)} milestone }}"
        for key, name, month in points
        if month < end
    ]


def _project(
    ctx: RoadmapContext, start: datetime.date, end: datetime.date, *lines: str
) -> list[str]:
    """The project block from `start` to `end`, in UTC and euros, with `lines` added."""
    strategy = ctx.dataset.strategy
    name = quote(ctx.text(strategy.name))
    return [
        f"project {project_id(strategy.id)} {name} {start} - {end} {{",
        '  timezone "UTC"',
        '  currency "EUR"',
        *lines,
        "}",
        "",
    ]


def export_tjp(ctx: RoadmapContext) -> bytes:
    """A complete .tjp project: the horizon, the actors as resources, a task per action."""
    plan = ctx.plan
    end = max(plan.finish, plan.horizon_end + 1) + 1
    ids = task_ids([a.id for a, _p in ctx.scheduled])
    resource_ids = task_ids(list(ctx.actors), "r_")
    now = month_date(min(max(ctx.today, plan.horizon_start), end - 1))
    lines = _project(ctx, month_date(plan.horizon_start), month_date(end), f"  now {now}")
    for actor_id, actor in ctx.actors.items():
        lines.append(f"resource {resource_ids[actor_id]} {quote(ctx.text(actor.name))}")
    lines.append("")
    lines += _milestones(ctx, end)
    for action, placement in ctx.scheduled:
        lines.append(f"task {ids[action.id]} {quote(action.id + ' ' + ctx.text(action.title))} {{")
        lines.append(f"  start {month_date(placement.start)}")
        lines.append(f"  duration {_days(placement.start, placement.finish)}d")
        for dep in action.dependencies():
            before = plan.by_id.get(dep.id)
            if before is None or dep.id not in ids:
                continue
            gap = _days(before.finish, before.finish + dep.lag_months)
            suffix = f" {{ gapduration {gap}d }}" if gap else ""
            lines.append(f"  depends {ids[dep.id]}{suffix}")
        if action.lead in resource_ids:
            lines.append(f"  responsible {resource_ids[action.lead]}")
        lines.append(f"  note {quote(f'{action.id}: {action.cost_eur} EUR; {placement.phase}')}")
        lines.append("}")
    lines += ["", *PLAN_REPORT]
    return ("\n".join(lines) + "\n").encode("utf-8")


HOURS_PER_MONTH = 730.5
"""365.25 days of 24 hours, over 12 months."""
LAST_YEAR = 2035
"""TaskJuggler takes no date after this year."""
TOP_PRIORITY = 1000
PROBLEM_REPORT = date_report("problem-dates", "%Y-%m-%d %H:%M")
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


def export_tjp_problem(ctx: RoadmapContext) -> bytes:
    """A complete .tjp project of the planning problem, with no dates for tj3 to check."""
    problem = _problem(ctx)
    ids = task_ids([t.id for t in problem.tasks])
    rank = priorities(problem)
    resources, members = _resources(ctx, problem)
    lower = sorted({t.lower for t in problem.tasks if t.fixed is None and t.lower > problem.start})
    milestones = {month: f"nb_{format_month(month).replace('-', '_')}" for month in lower}
    caps = len(problem.caps)
    gaps = [f"annual budget caps in {counted(caps, 'year')}"] if caps else []
    if problem.pools:
        gaps.append(f"shared pools ({', '.join(problem.pools)})")
    left_out = " and ".join(gaps) or "nothing"
    lines = [
        f"# {len(problem.tasks)} actions of {ctx.dataset.strategy.id}, for tj3 to schedule "
        "(roadmap export --format tjp-problem).",
        f"# Left out, since TaskJuggler cannot schedule by them: {left_out}.",
        *_project(
            ctx,
            month_date(problem.start),
            _end(ctx),
            "  dailyworkinghours 24",
            "  workinghours mon - sun 0:00 - 24:00",
        ),
        *resources,
        "",
        *(
            f"task {key} {quote('not before ' + format_month(month))} "
            f"{{ start {month_date(month)} milestone }}"
            for month, key in milestones.items()
        ),
    ]
    for task in problem.tasks:
        title = ctx.text(ctx.dataset.actions[task.index].title)
        lines.append(f"task {ids[task.id]} {quote(task.id + ' ' + title)} {{")
        lines.append(f"  priority {rank[task.id]}")
        length = task.duration
        if task.fixed is not None:
            lines.append(f"  start {month_date(task.fixed[0])}")
            length = task.fixed[1] - task.fixed[0]
        group = members.get(task.lead)
        if group:
            lines.append(f"  effort {max(hours(length), 1)}h")
            alternatives = f"alternative {', '.join(group[1:])} " if group[1:] else ""
            lines.append(f"  allocate {group[0]} {{ {alternatives}persistent }}")
        else:
            lines.append(f"  duration {max(hours(length), 1)}h")
        if task.fixed is None:
            for before, edge in problem.graph.pred[task.id].items():
                gap = f" {{ gapduration {hours(edge['lag'])}h }}" if edge["lag"] else ""
                lines.append(f"  depends {ids[before]}{gap}")
            if task.lower in milestones:
                lines.append(f"  depends {milestones[task.lower]}")
        lines.append("}")
    lines += ["", *PROBLEM_REPORT]
    return ("\n".join(lines) + "\n").encode("utf-8")
