"""The geometry of the HTML page's gantt chart, which gantt.svg.j2 draws as inline SVG.

Rows by priority area, bars by area colour, filled by progress, marked ▲ when critical.
An elbow joins a dependency between nearby rows; a farther one is named at the
successor's bar, so that no line crosses the whole chart."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from roadmap.models import Action
from roadmap.months import format_month, parse_month
from roadmap.output.context import RoadmapContext
from roadmap.output.plan_page import phase_months
from roadmap.output.render import Row
from roadmap.planning.result import Placement
from roadmap.texts import label, month_short, quarter_label

LABEL_WIDTH = 300
PLOT_WIDTH = 900
"""The width the months share, so that a typical horizon fits a laptop screen."""
MIN_MONTH_WIDTH = 8
MAX_MONTH_WIDTH = 24
ROW_HEIGHT = 24
LINE_HEIGHT = 13
"""A row is ROW_HEIGHT for a one-line label and LINE_HEIGHT more for each further line."""
HEADER_HEIGHT = 26
BAR_HEIGHT = 14
AXIS_ROW = 18
AXIS_HEIGHT = 3 * AXIS_ROW
PAD = 12
TOP_GAP = 22
BOTTOM_GAP = 22
LABEL_CHARS = 44
"""Characters on one line of a row's label, at 11px in the label column."""
LABEL_LINES = 4
"""Lines a label may take; a longer title ends in "…" (the tooltip holds it whole)."""
NEAR_ROWS = 3
"""How many rows apart a dependency may be and still be drawn as an elbow."""
CRITICAL = "▲"
"""The glyph of a critical action, as in the phase tables; no other state uses it."""

PALETTE = (
    "#2563eb", "#047857", "#c2410c", "#7c3aed", "#be185d",
    "#0e7490", "#4d7c0f", "#92400e", "#4b5563", "#1e40af"
)  # fmt: skip
"""Area colours, each at least 3:1 against white (WCAG non-text contrast)."""


def arrow_path(x1: int, y1: int, x2: int, y2: int) -> str:
    """An elbow from (x1, y1) to (x2, y2); the page's filter script draws the same."""
    if x2 - x1 >= 12:
        return f"M{x1},{y1} H{x1 + 6} V{y2} H{x2}"
    turn = y2 - ROW_HEIGHT // 2 if y2 > y1 else y2 + ROW_HEIGHT // 2
    return f"M{x1},{y1} H{x1 + 6} V{turn} H{x2 - 6} V{y2} H{x2}"


def month_width(months: int) -> int:
    """Pixels per month: the plot fills PLOT_WIDTH, within readable bounds."""
    return max(MIN_MONTH_WIDTH, min(MAX_MONTH_WIDTH, PLOT_WIDTH // max(months, 1)))


class _Axis:
    def __init__(self, first: int, last: int) -> None:
        self.first = first
        self.last = last
        self.month = month_width(last - first)

    def x(self, month: int) -> int:
        return LABEL_WIDTH + (month - self.first) * self.month

    def band(self, first: int, end: int, text: str, room: int, css: str = "") -> Row:
        """Months `first` to `end` as a band; its text shows where it has `room` pixels."""
        x, width = self.x(first), (end - first) * self.month
        name = text if width >= room else ""
        return Row(x=x, width=width, label=name, text_x=x + width // 2, css=css)

    def bands(self, size: int, text: Callable[[int], str]) -> list[Row]:
        """Bands of `size` months aligned to the calendar, clipped to the axis."""
        starts = [self.first, *range((self.first // size + 1) * size, self.last, size)]
        return [self.band(m, min((m // size + 1) * size, self.last), text(m), 24) for m in starts]


def gantt_chart(ctx: RoadmapContext, title: str) -> Row:
    """Lay out the chart of `ctx.plan`, sized in CSS pixels: bands of the axis, markers
    (today, phase starts, the horizon's end), rows (area headings have `bar` None), arrows."""
    plan, lang = ctx.plan, ctx.lang
    last = max(plan.finish, plan.horizon_end + 1, plan.horizon_start + 1)
    axis = _Axis(plan.horizon_start, last)
    colours = {a: PALETTE[i % len(PALETTE)] for i, a in enumerate(ctx.areas)}
    rows, order = [], {}
    y = AXIS_HEIGHT + TOP_GAP
    for area_id, pairs in ctx.by_area:
        fill = colours.get(area_id, PALETTE[-2])
        name = ctx.area_title(area_id) or "—"
        rows.append(
            Row(key=f"area-{area_id}", y=y, area_id=area_id, label=name, fill=fill, bar=None)
        )
        y += HEADER_HEIGHT
        for action, placement in pairs:
            order[action.id] = row = _action_row(ctx, axis, (action, placement), y, fill)
            rows.append(row)
            y += row.height
    index = {key: i for i, key in enumerate(order)}
    arrows = []
    for action, placement in ctx.scheduled:
        for dep in action.dependencies():
            before = plan.by_id.get(dep.id)
            if before is None or dep.id not in order or dep.id == action.id:
                continue
            if abs(index[dep.id] - index[action.id]) > NEAR_ROWS:
                order[action.id].far.append(dep.id)
                continue
            x1, x2 = axis.x(before.finish), axis.x(placement.start)
            y1, y2 = order[dep.id].y + ROW_HEIGHT // 2, order[action.id].y + ROW_HEIGHT // 2
            critical = before.critical and placement.critical
            arrows.append(
                Row(
                    source=dep.id,
                    target=action.id,
                    x1=x1,
                    x2=x2,
                    path=arrow_path(x1, y1, x2, y2),
                    critical=critical,
                )
            )
    for row in order.values():
        _name_far_dependencies(ctx, row)
    note = ""  # what plan the chart shows when progress is known
    if ctx.progress_month is not None:
        key = "gantt_as_written" if plan.as_of is None else "gantt_replanned"
        when = month_short(ctx.progress_month, lang)
        note = label(key, lang).format(month=when, as_of=format_month(ctx.progress_month))
    return Row(
        month_width=axis.month,
        row_height=ROW_HEIGHT,
        header_height=HEADER_HEIGHT,
        bar_height=BAR_HEIGHT,
        first_row=AXIS_HEIGHT + TOP_GAP,
        bottom_gap=BOTTOM_GAP,
        width=axis.x(last) + PAD,
        height=y + BOTTOM_GAP,
        plot_top=AXIS_HEIGHT,
        title=title,
        description=label("gantt_description", lang),
        years=tuple(axis.bands(12, lambda m: str(m // 12))),
        quarters=tuple(axis.bands(3, lambda m: quarter_label(m, lang))),
        phase_bands=tuple(_phase_bands(ctx, axis)),
        gridlines=tuple(b.x for b in axis.bands(3, str)[1:]),
        markers=tuple(_markers(ctx, axis)),
        note=note,
        rows=tuple(rows),
        arrows=tuple(arrows),
        legend=tuple(Row(fill=colours[a], label=ctx.area_title(a)) for a in ctx.areas),
    )


def _action_row(
    ctx: RoadmapContext, axis: _Axis, pair: tuple[Action, Placement], y: int, fill: str
) -> Row:
    action, placement = pair
    lang = ctx.lang
    start, finish = axis.x(placement.start), axis.x(placement.finish)
    percent = ctx.percent(action) or 0
    title = ctx.text(action.title)
    span = f"{month_short(placement.start, lang)} – {month_short(placement.finish - 1, lang)}"
    status = label(f"status_{ctx.status(action)}", lang)
    facts = [f"{action.id} {title}", span, status]
    if ctx.percent(action) is not None:
        facts.append(f"{percent}%")
    if placement.critical:
        facts.append(label("critical", lang))
    deadline_x, missed, deadline_label = None, False, ""
    if action.deadline is not None:
        due = parse_month(action.deadline) + 1
        deadline_x = axis.x(due)
        missed = placement.finish > due
        deadline_label = f"{label('deadline', lang)}: {month_short(due - 1, lang)}"
        facts.append(deadline_label)
    head = f"{action.id} {CRITICAL}" if placement.critical else action.id
    lines = textwrap.wrap(f"{head} {title}", LABEL_CHARS, max_lines=LABEL_LINES, placeholder=" …")
    return Row(
        key=action.id,
        y=y,
        height=ROW_HEIGHT + (len(lines) - 1) * LINE_HEIGHT,
        area_id=ctx.area_of(action),
        phase=placement.phase,
        lines=tuple(Row(y=16 + i * LINE_HEIGHT, text=line) for i, line in enumerate(lines)),
        tooltip=" · ".join(facts),
        fill=fill,
        bar=(start, finish - start),
        progress_width=round((finish - start) * percent / 100),
        critical=placement.critical,
        late=placement.finish <= ctx.today and ctx.status(action) not in ("done", "cancelled"),
        deadline_x=deadline_x,
        deadline_missed=missed,
        deadline_label=deadline_label,
        far=[],
    )


def _name_far_dependencies(ctx: RoadmapContext, row: Row) -> None:
    """Name the far predecessors of `row` beside its bar, pointing at it: before the bar
    when there is room, else after it; the hover title gives their titles."""
    row.far_text, row.far_title, row.far_x, row.far_anchor = "", "", 0, "end"
    if not row.far:
        return
    ids = ", ".join(row.far)
    start, width = row.bar
    if start - 6 - len(ids) * CHAR_WIDTH - 2 * CHAR_WIDTH > LABEL_WIDTH:
        row.far_text, row.far_x = f"{ids} →", start - 3
    else:
        row.far_text, row.far_x, row.far_anchor = f"← {ids}", start + width + 3, "start"
    titles = (f"{i} {ctx.text(ctx.actions[i].title)}" for i in row.far if i in ctx.actions)
    row.far_title = f"{label('depends_on', ctx.lang)}: {'; '.join(titles)}"


def _phase_bands(ctx: RoadmapContext, axis: _Axis) -> list[Row]:
    bands = []
    for key, (begin, last) in phase_months(ctx.plan).items():
        first = max(begin, axis.first)
        end = axis.last if key == "long" else min(last + 1, axis.last)
        if first < end:
            text = label(f"phase_{key}", ctx.lang)
            bands.append(axis.band(first, end, text, 90, css=f"phase-{key}"))
    return bands


CHAR_WIDTH = 7
"""A generous estimate of one character's width at the markers' 11px, to keep texts apart."""


def _markers(ctx: RoadmapContext, axis: _Axis) -> list[Row]:
    """Milestone lines; `place` says where a text goes: "top", "bottom" or "" (tooltip only)."""
    plan, lang = ctx.plan, ctx.lang
    phases = phase_months(plan)
    markers = []
    for key in ("medium", "long"):
        month = phases[key][0]
        if axis.first < month < axis.last:
            text = f"{label(f'phase_{key}', lang)}: {month_short(month, lang)}"
            markers.append(Row(x=axis.x(month), label=text, css="phase", place=""))
    labelled = []
    if axis.first <= ctx.today < axis.last:
        known = ctx.progress_month is not None
        prefix = f"{label('as_of_marker', lang)} " if known else f"{label('today', lang)}: "
        labelled.append(("today", ctx.today, prefix))
    labelled.append(("horizon", plan.horizon_end + 1, f"{label('horizon_end', lang)}: "))
    if plan.finish != plan.horizon_end + 1:
        labelled.append(("finish", plan.finish, f"{label('plan_finish', lang)}: "))
    lanes: dict[str, list[tuple[int, int]]] = {"top": [], "bottom": []}
    for css, month, prefix in labelled:
        text = prefix + month_short(month if css == "today" else month - 1, lang)
        x, size = axis.x(month), len(text) * CHAR_WIDTH
        anchor = "start" if x + size < axis.x(axis.last) else "end"
        left = x if anchor == "start" else x - size
        free = (
            n for n, taken in lanes.items() if all(left + size < a or b < left for a, b in taken)
        )
        place = next(free, "")
        if place:
            lanes[place].append((left, left + size))
        text_x = x + 4 if anchor == "start" else x - 4
        markers.append(Row(x=x, label=text, css=css, place=place, anchor=anchor, text_x=text_x))
    return markers
