"""The status page: a status result with every value formatted and every label chosen,
which status.md.j2, status.html.j2 and the rich tables (roadmap.output.text) print."""

from __future__ import annotations

from typing import Any

from roadmap.models import Dataset, text_in
from roadmap.monitoring.kpis import trajectory_at
from roadmap.monitoring.result import ACTION_STATES, LIGHTS, KpiStatus, Rollup, StatusResult
from roadmap.months import format_month
from roadmap.output.charts.kpi import kpi_chart
from roadmap.output.render import Row
from roadmap.texts import (
    DASH,
    format_int,
    format_number,
    label,
    labels,
    money,
    noun,
    percent,
    unit,
)

LIGHT_MARKS = {"green": "🟢", "amber": "🟡", "red": "🔴", "none": "⚪"}
BUDGET = (
    "cost_total", "planned_to_date", "planned_committed", "committed", "done",
    "committed_secured", "secured", "applied", "planned",
)  # fmt: skip
"""The budget lines, in the order printed."""


def status_page(result: StatusResult, dataset: Dataset, lang: str) -> Row:
    """`result` on `dataset`, ready to print in `lang`: `states`, `summary` and
    `light_summary` are (key, label[, count]) in report order; `rollups` are (heading,
    rows) per goal, area and lead actor."""
    actions = {a.id: text_in(a.title, lang) for a in dataset.actions}
    actors = {a.id: text_in(a.name, lang) for a in dataset.strategy.actors}
    goals = {g.id: text_in(g.title, lang) for g in dataset.goals}
    areas = {a.id: text_in(a.title, lang) for a in dataset.strategy.areas}
    kpi_names = {k.id: text_in(k.name, lang) for g in dataset.goals for k in g.kpis}
    states = tuple((s, noun(2, f"state_{s}", lang)) for s in ACTION_STATES)
    return Row(
        lang=lang,
        labels=labels(lang),
        strategy=text_in(dataset.strategy.name, lang),
        as_of=format_month(result.as_of),
        states=states,
        summary=_tally("state", ACTION_STATES, [a.state for a in result.actions], lang),
        light_summary=_tally("light", LIGHTS, [k.light for k in result.kpis], lang),
        actions=tuple(
            Row(
                id=a.id,
                title=actions[a.id],
                lead=actors.get(a.lead, a.lead),
                lead_id=a.lead,
                planned=f"{format_month(a.start)} – {format_month(a.finish - 1)}",
                expected=percent(a.expected, lang),
                percent=percent(None if a.percent is None else a.percent / 100, lang),
                state=a.state,
                state_label=noun(1, f"state_{a.state}", lang),
                reason=label(f"reason_{a.reason}", lang),
            )
            for a in result.actions
        ),
        cancelled=tuple((i, actions[i]) for i in result.cancelled),
        unplanned=tuple((i, actions[i]) for i in result.unplanned),
        kpis=tuple(_kpi_row(k, kpi_names[k.id], result.as_of, lang) for k in result.kpis),
        rollups=tuple(
            (label(key, lang), tuple(_rollup_row(r, names, lang) for r in rows))
            for key, rows, names in (
                ("mon_goals", result.goals, goals),
                ("mon_areas", result.areas, areas),
                ("mon_actors", result.actors, actors),
            )
        ),
        budget=tuple(
            (label(f"budget_{key}", lang), money(getattr(result.budget, key), lang))
            for key in BUDGET
        ),
        thresholds=label("thresholds", lang).format(
            green=percent(result.kpi_green, lang),
            amber=percent(result.kpi_amber, lang),
            lag=format_int(round(result.at_risk_lag * 100), lang),
        ),
    )


def _tally(kind: str, keys: tuple[str, ...], found: list[str], lang: str) -> tuple[Any, ...]:
    """(key, label, count) for each of `keys`, the label a noun in the count's number."""
    return tuple(
        (key, noun(found.count(key), f"{kind}_{key}", lang), found.count(key)) for key in keys
    )


def _measured(kpi: KpiStatus, lang: str) -> str:
    if kpi.value is None or kpi.date is None:
        return DASH
    return f"{format_number(kpi.value, lang)} ({format_month(kpi.date)})"


def _kpi_row(kpi: KpiStatus, name: str, as_of: int, lang: str) -> Row:
    return Row(
        id=kpi.id,
        name=name,
        goal=kpi.goal,
        unit=unit(kpi.unit, lang),
        baseline=f"{format_number(kpi.baseline, lang)} ({kpi.baseline_month // 12})",
        target=f"{format_number(kpi.target, lang)} ({kpi.target_month // 12})",
        latest=_measured(kpi, lang),
        progress=percent(kpi.progress, lang),
        expected=percent(kpi.expected, lang),
        light=kpi.light,
        light_label=noun(1, f"light_{kpi.light}", lang),
        mark=LIGHT_MARKS[kpi.light],
        chart=kpi_chart(kpi, as_of, f"{kpi.id} {name}", lang),
        series=_series(kpi, as_of, lang),
    )


def _series(kpi: KpiStatus, as_of: int, lang: str) -> tuple[Row, ...]:
    """Baseline, measurements, the as-of month and the target, in date order."""
    points = [(kpi.baseline_month, 0, "baseline", format_number(kpi.baseline, lang))]
    points += [(m, 1, "measurement", format_number(v, lang)) for m, v in kpi.measurements]
    points.append((as_of, 2, "mon_as_of", _measured(kpi, lang)))
    points.append((kpi.target_month, 3, "target", DASH))
    return tuple(
        Row(
            month=format_month(month),
            what=label(what, lang),
            trajectory=format_number(trajectory_at(kpi, month), lang),
            measured=measured,
        )
        for month, _, what, measured in sorted(points, key=lambda p: (p[0], p[1]))
    )


def _rollup_row(rollup: Rollup, names: dict[str, str], lang: str) -> Row:
    lights = " · ".join(
        f"{rollup.lights[light]} {noun(rollup.lights[light], f'light_{light}', lang)}"
        for light in LIGHTS
        if rollup.lights[light]
    )
    return Row(
        id=rollup.id,
        name=names.get(rollup.id, rollup.id),
        counts=tuple(rollup.states[s] for s in ACTION_STATES),
        cancelled=rollup.cancelled,
        kpi_progress=percent(rollup.kpi_progress, lang),
        lights=lights or DASH,
        cost=money(rollup.cost, lang),
    )
