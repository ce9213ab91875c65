"""The load of each shared pool, month by month.

The Markdown roadmap shows the load as a table (a full month bold, one over capacity
flagged), the HTML page as a bar chart per pool with its capacity as a line. The planner
never over-commits a pool; a re-plan `--as-of` can, where progress.yaml says so."""

from __future__ import annotations

from collections import defaultdict

from roadmap.output.context import RoadmapContext
from roadmap.output.render import Row
from roadmap.texts import format_int, label, month_short

CHART_HEIGHT = 72
LABEL_WIDTH = 44
MONTH_WIDTH = (4, 12)
"""The narrowest and widest a month's bar may be."""
PLOT_WIDTH = 760
TOP = 8
AXIS = 18


def _load(ctx: RoadmapContext) -> tuple[range, dict[str, dict[int, int]]]:
    """The months shown and the units in use per pool per month."""
    plan = ctx.plan
    months = range(plan.horizon_start, max(plan.finish, plan.horizon_end + 1))
    used: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for action, placement in ctx.scheduled:
        for pool, units in action.needs.items():
            for month in range(placement.start, placement.finish):
                used[pool][month] += units
    return months, used


def _mark(units: int, capacity: int) -> str:
    return "over" if units > capacity else "full" if units == capacity else ""


def _cell(units: int, capacity: int, lang: str) -> Row:
    text = f"{format_int(units, lang)} / {format_int(capacity, lang)}"
    return Row(text=text, mark=_mark(units, capacity))


def pool_table(ctx: RoadmapContext) -> Row | None:
    """Every month's load of every pool, for the Markdown roadmap; None without pools."""
    pools = ctx.dataset.strategy.resources
    if not pools:
        return None
    lang = ctx.lang
    months, used = _load(ctx)
    header = (label("month", lang), *(ctx.text(p.name) or p.id for p in pools))
    rows = tuple(
        Row(
            month=month_short(m, lang),
            cells=tuple(_cell(used[p.id][m], p.capacity, lang) for p in pools),
        )
        for m in months
    )
    return Row(header=header, rows=rows)


def pool_charts(ctx: RoadmapContext) -> tuple[Row, ...]:
    """A bar chart per pool, for the HTML roadmap."""
    lang = ctx.lang
    months, used = _load(ctx)
    step = max(MONTH_WIDTH[0], min(MONTH_WIDTH[1], PLOT_WIDTH // max(len(months), 1)))
    width = LABEL_WIDTH + step * len(months) + 8
    charts: list[Row] = []
    for pool in ctx.dataset.strategy.resources:
        load = used[pool.id]
        peak = max((load[m] for m in months), default=0)
        top = max(peak, pool.capacity)
        scale = CHART_HEIGHT / top
        bars: list[Row] = []
        for index, month in enumerate(months):
            units = load[month]
            if not units:
                continue
            height = max(1, round(units * scale))
            title = f"{month_short(month, lang)}: {format_int(units, lang)} / {pool.capacity}"
            bars.append(
                Row(
                    x=LABEL_WIDTH + index * step,
                    y=TOP + CHART_HEIGHT - height,
                    width=step - 1,
                    height=height,
                    css=_mark(units, pool.capacity),
                    title=title,
                )
            )
        years = tuple(
            Row(x=LABEL_WIDTH + i * step, label=str(month // 12))
            for i, month in enumerate(months)
            if month % 12 == 0 or i == 0
        )
        full = sum(1 for m in months if load[m] == pool.capacity)
        over = sum(1 for m in months if load[m] > pool.capacity)
        charts.append(
            Row(
                id=pool.id,
                name=ctx.text(pool.name) or pool.id,
                capacity=format_int(pool.capacity, lang),
                peak=format_int(peak, lang),
                full=format_int(full, lang),
                over=format_int(over, lang),
                width=width,
                height=TOP + CHART_HEIGHT + AXIS,
                capacity_y=TOP + CHART_HEIGHT - round(pool.capacity * scale),
                plot_right=width - 8,
                axis_y=TOP + CHART_HEIGHT + 13,
                bars=tuple(bars),
                years=years,
                description=label("pool_chart_description", lang),
            )
        )
    return tuple(charts)
