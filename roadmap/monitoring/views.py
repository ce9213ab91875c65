"""The status report prepared for output: every value formatted, every label chosen.

Templates (Markdown, HTML) and the rich text table only loop over these rows and print
them. The HTML roadmap can include the same rows and charts.
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.models import Dataset, text_in
from roadmap.monitoring.chart import ChartLabels, kpi_chart, number
from roadmap.monitoring.kpis import trajectory_at
from roadmap.monitoring.labels import labels_for
from roadmap.monitoring.report import ACTION_STATES, LIGHTS, KpiStatus, Rollup, StatusReport
from roadmap.months import format_month

DASH = "—"
LIGHT_MARKS = {"green": "🟢", "amber": "🟡", "red": "🔴", "none": "⚪"}


@dataclass(frozen=True)
class ActionRow:
    """One action as the report prints it."""

    id: str
    title: str
    lead: str
    lead_id: str
    planned: str
    expected: str
    percent: str
    state: str
    state_label: str
    reason: str


@dataclass(frozen=True)
class SeriesRow:
    """One point in time of a KPI: what the trajectory expects and what was measured."""

    month: str
    what: str
    trajectory: str
    measured: str


@dataclass(frozen=True)
class KpiRow:
    """One KPI as the report prints it, with its chart for HTML."""

    id: str
    name: str
    goal: str
    unit: str
    baseline: str
    target: str
    latest: str
    progress: str
    expected: str
    light: str
    light_label: str
    mark: str
    """The light as a coloured emoji, for Markdown."""
    chart: str
    """The SVG chart (see `roadmap.monitoring.chart`), escaped already."""
    series: tuple[SeriesRow, ...]
    """The chart's points as a table, for Markdown."""


@dataclass(frozen=True)
class RollupRow:
    """One roll-up line: state counts in `StatusView.states` order, then the rest."""

    id: str
    name: str
    counts: tuple[int, ...]
    cancelled: int
    kpi_progress: str
    lights: str
    cost: str


@dataclass(frozen=True)
class Named:
    """An id with its title."""

    id: str
    title: str


@dataclass(frozen=True)
class StatusView:
    """Everything a status page shows."""

    lang: str
    labels: dict[str, str]
    strategy: str
    as_of: str
    states: tuple[tuple[str, str], ...]
    """(state, label) in report order."""
    summary: tuple[tuple[str, str, int], ...]
    """(state, label, count): how many actions are in each state."""
    light_summary: tuple[tuple[str, str, int], ...]
    """(light, label, count): how many KPIs show each light."""
    actions: tuple[ActionRow, ...]
    cancelled: tuple[Named, ...]
    unplanned: tuple[Named, ...]
    kpis: tuple[KpiRow, ...]
    rollups: tuple[tuple[str, tuple[RollupRow, ...]], ...]
    """(heading, rows) per goal, per priority area and per actor."""
    budget: tuple[tuple[str, str], ...]
    thresholds: str


def percent(fraction: float | None) -> str:
    """`16%`, or a dash for no value."""
    return DASH if fraction is None else f"{fraction * 100:.0f}%"


def money(amount: int, lang: str) -> str:
    """Euros the way each language writes them: `€1,200,000` or `1 200 000 €`."""
    if lang == "bg":
        return f"{amount:,} €".replace(",", "\u00a0")
    return f"€{amount:,}"


def status_view(report: StatusReport, dataset: Dataset, lang: str) -> StatusView:
    """Prepare `report` on `dataset` for output in `lang`."""
    labels = labels_for(lang)
    actions = {a.id: a for a in dataset.actions}
    actors = {a.id: text_in(a.name, lang) for a in dataset.strategy.actors}
    goals = {g.id: text_in(g.title, lang) for g in dataset.goals}
    areas = {a.id: text_in(a.title, lang) for a in dataset.strategy.areas}
    kpi_names = {k.id: text_in(k.name, lang) for g in dataset.goals for k in g.kpis}
    states = tuple((s, labels[f"state.{s}"]) for s in ACTION_STATES)
    action_rows = tuple(
        ActionRow(
            id=a.id,
            title=text_in(actions[a.id].title, lang),
            lead=actors.get(a.lead, a.lead),
            lead_id=a.lead,
            planned=f"{format_month(a.start)} – {format_month(a.finish - 1)}",
            expected=percent(a.expected),
            percent=DASH if a.percent is None else f"{a.percent}%",
            state=a.state,
            state_label=labels[f"state.{a.state}"],
            reason=labels[f"reason.{a.reason}"],
        )
        for a in report.actions
    )
    return StatusView(
        lang=lang,
        labels=labels,
        strategy=text_in(dataset.strategy.name, lang),
        as_of=format_month(report.as_of),
        states=states,
        summary=tuple(
            (s, label, sum(1 for a in report.actions if a.state == s)) for s, label in states
        ),
        light_summary=tuple(
            (light, labels[f"light.{light}"], sum(1 for k in report.kpis if k.light == light))
            for light in LIGHTS
        ),
        actions=action_rows,
        cancelled=tuple(Named(i, text_in(actions[i].title, lang)) for i in report.cancelled),
        unplanned=tuple(Named(i, text_in(actions[i].title, lang)) for i in report.unplanned),
        kpis=tuple(_kpi_row(k, kpi_names[k.id], report.as_of, labels) for k in report.kpis),
        rollups=tuple(
            (labels[key], tuple(_rollup_row(r, names, labels, lang) for r in rows))
            for key, rows, names in (
                ("goals", report.goals, goals),
                ("areas", report.areas, areas),
                ("actors", report.actors, actors),
            )
        ),
        budget=tuple(
            (labels[f"budget.{key}"], money(getattr(report.budget, key), lang))
            for key in (
                "cost_total",
                "planned_to_date",
                "planned_committed",
                "committed",
                "done",
                "committed_secured",
                "secured",
                "applied",
                "planned",
            )
        ),
        thresholds=labels["thresholds"].format(
            green=percent(report.kpi_green),
            amber=percent(report.kpi_amber),
            lag=f"{report.at_risk_lag * 100:.0f}",
        ),
    )


def _kpi_row(kpi: KpiStatus, name: str, as_of: int, labels: dict[str, str]) -> KpiRow:
    chart_labels = ChartLabels(
        title=f"{kpi.id} {name}",
        baseline=labels["baseline"],
        target=labels["target"],
        trajectory=labels["trajectory"],
        measurements=labels["measurements"],
        as_of=f"{labels['as_of']} {format_month(as_of)}",
        legend_as_of=f"{labels['legend_as_of']} {format_month(as_of)}",
    )
    return KpiRow(
        id=kpi.id,
        name=name,
        goal=kpi.goal,
        unit=kpi.unit,
        baseline=f"{number(kpi.baseline)} ({kpi.baseline_month // 12})",
        target=f"{number(kpi.target)} ({kpi.target_month // 12})",
        latest=(
            DASH
            if kpi.value is None or kpi.date is None
            else f"{number(kpi.value)} ({format_month(kpi.date)})"
        ),
        progress=percent(kpi.progress),
        expected=percent(kpi.expected),
        light=kpi.light,
        light_label=labels[f"light.{kpi.light}"],
        mark=LIGHT_MARKS[kpi.light],
        chart=kpi_chart(kpi, as_of, chart_labels),
        series=_series(kpi, as_of, labels),
    )


def _series(kpi: KpiStatus, as_of: int, labels: dict[str, str]) -> tuple[SeriesRow, ...]:
    points = [(kpi.baseline_month, 0, labels["baseline"], number(kpi.baseline))]
    points += [(m, 1, labels["measurement"], number(v)) for m, v in kpi.measurements]
    latest = DASH
    if kpi.value is not None and kpi.date is not None:
        latest = f"{number(kpi.value)} ({format_month(kpi.date)})"
    points.append((as_of, 2, labels["as_of"], latest))
    points.append((kpi.target_month, 3, labels["target"], DASH))
    return tuple(
        SeriesRow(format_month(month), what, number(trajectory_at(kpi, month)), measured)
        for month, _, what, measured in sorted(points, key=lambda p: (p[0], p[1]))
    )


def _rollup_row(
    rollup: Rollup, names: dict[str, str], labels: dict[str, str], lang: str
) -> RollupRow:
    lights = " · ".join(
        f"{rollup.lights[light]} {labels[f'light.{light}']}"
        for light in LIGHTS
        if rollup.lights[light]
    )
    return RollupRow(
        id=rollup.id,
        name=names.get(rollup.id, rollup.id),
        counts=tuple(rollup.states[s] for s in ACTION_STATES),
        cancelled=rollup.cancelled,
        kpi_progress=percent(rollup.kpi_progress),
        lights=lights or DASH,
        cost=money(rollup.cost, lang),
    )
