"""The values a roadmap page shows, every one formatted; templates only loop and print."""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.views.gantt_shapes import GanttSvg
from roadmap.views.i18n import Labels
from roadmap.views.pools import DeferredRow, PoolChart, PoolTable


class Verbatim(str):
    """Text that is already in the output's syntax (a Mermaid block): never escaped.

    Everything else a template prints is escaped for its format, so that user text can
    only ever show as text.
    """

    __slots__ = ()


@dataclass(frozen=True)
class Fact:
    """A labelled value of the summary."""

    label: str
    value: str


@dataclass(frozen=True)
class ActionRow:
    """One action, as the phase tables and the filter show it."""

    id: str
    title: str
    area_id: str
    area: str
    phase: str
    phase_label: str
    lead: str
    start: str
    finish: str
    duration: str
    cost: str
    funded: str
    status: str
    status_label: str
    slack: str
    critical: bool
    deadline: str
    progress: str
    depends_on: str


@dataclass(frozen=True)
class PhaseView:
    """A phase with its months and actions."""

    key: str
    title: str
    span: str
    cost: str
    actions: tuple[ActionRow, ...]


@dataclass(frozen=True)
class TraceRow:
    """A goal and what serves and measures it."""

    id: str
    title: str
    area: str
    objectives: str
    actions: tuple[str, ...]
    kpis: tuple[str, ...]


@dataclass(frozen=True)
class KpiRow:
    """A KPI with its baseline, target and latest measurement."""

    id: str
    name: str
    goal: str
    unit: str
    direction: str
    baseline: str
    target: str
    latest: str
    progress: str


@dataclass(frozen=True)
class Responsibility:
    """One action's row of the responsibility matrix: a cell per actor."""

    id: str
    title: str
    area_id: str
    phase: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ActorColumn:
    """An actor as a column of the responsibility matrix, with what it leads."""

    id: str
    name: str
    leads: str
    takes_part: str
    capacity: str


@dataclass(frozen=True)
class MoneyRow:
    """Funding of one source or one phase."""

    name: str
    note: str
    cost: str
    secured: str
    applied: str
    planned: str
    total: str
    gap: str


@dataclass(frozen=True)
class PathStep:
    """An action on the critical path."""

    id: str
    title: str
    start: str
    finish: str
    duration: str


@dataclass(frozen=True)
class WarningRow:
    """An open warning: what and where."""

    code: str
    severity: str
    where: str
    message: str


@dataclass(frozen=True)
class FilterOption:
    """A choice of the area or phase filter."""

    value: str
    label: str


@dataclass
class RoadmapView:
    """Everything the Markdown and the HTML roadmap print, in one language."""

    lang: str
    labels: Labels
    title: str
    subtitle: str
    vision: str
    mission: str
    facts: tuple[Fact, ...]
    phases: tuple[PhaseView, ...]
    unscheduled: tuple[ActionRow, ...]
    gantt_mermaid: Verbatim
    graph_mermaid: Verbatim
    traceability: tuple[TraceRow, ...]
    kpis: tuple[KpiRow, ...]
    actors: tuple[ActorColumn, ...]
    responsibilities: tuple[Responsibility, ...]
    funding_by_source: tuple[MoneyRow, ...]
    funding_by_phase: tuple[MoneyRow, ...]
    critical_path: tuple[PathStep, ...]
    warnings: tuple[WarningRow, ...]
    areas: tuple[FilterOption, ...]
    phase_options: tuple[FilterOption, ...]
    gantt_svg: GanttSvg
    deferred: tuple[DeferredRow, ...] = ()
    pool_table: PoolTable | None = None
    pool_charts: tuple[PoolChart, ...] = ()
