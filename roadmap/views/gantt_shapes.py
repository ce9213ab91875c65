"""The shapes of the HTML gantt chart: sizes, colours and the positioned pieces.

`roadmap.views.gantt_svg` lays them out; templates/gantt.svg.j2 prints them.
"""

from __future__ import annotations

from dataclasses import dataclass

LABEL_WIDTH = 240
PLOT_WIDTH = 900
"""The width the months share, so that a typical horizon fits a laptop screen."""
MIN_MONTH_WIDTH = 8
MAX_MONTH_WIDTH = 24
ROW_HEIGHT = 24
HEADER_HEIGHT = 26
BAR_HEIGHT = 14
AXIS_ROW = 18
AXIS_HEIGHT = 3 * AXIS_ROW
PAD = 12
TOP_GAP = 22
BOTTOM_GAP = 22
LABEL_CHARS = 32

PALETTE = (
    "#2563eb",
    "#047857",
    "#c2410c",
    "#7c3aed",
    "#be185d",
    "#0e7490",
    "#4d7c0f",
    "#92400e",
    "#4b5563",
    "#1e40af",
)
"""Area colours, each at least 3:1 against white (WCAG non-text contrast)."""


@dataclass(frozen=True)
class Band:
    """A labelled stretch of the time axis: a year, a quarter or a phase."""

    x: int
    width: int
    label: str
    text_x: int
    css: str = ""


@dataclass(frozen=True)
class Marker:
    """A milestone line across the chart: today, a phase boundary, the horizon's end.

    `place` says where its text goes: "top", "bottom" or "" (only in its tooltip).
    """

    x: int
    label: str
    css: str
    place: str = ""
    anchor: str = "start"

    @property
    def text_x(self) -> int:
        """Where the text starts (or ends, for anchor "end")."""
        return self.x + 4 if self.anchor == "start" else self.x - 4


@dataclass(frozen=True)
class Row:
    """A row of the chart: an area heading (`bar` is None) or an action's bar."""

    key: str
    y: int
    height: int
    area_id: str
    phase: str
    label: str
    tooltip: str
    fill: str
    bar: tuple[int, int] | None = None
    progress_width: int = 0
    critical: bool = False
    deadline_x: int | None = None
    deadline_missed: bool = False
    deadline_label: str = ""


@dataclass(frozen=True)
class Arrow:
    """A dependency arrow from a predecessor's finish to its successor's start."""

    source: str
    target: str
    x1: int
    x2: int
    path: str
    critical: bool


@dataclass(frozen=True)
class LegendItem:
    """An area colour and its title."""

    fill: str
    label: str


@dataclass(frozen=True)
class GanttSvg:
    """The whole chart, sized in CSS pixels."""

    width: int
    height: int
    plot_left: int
    plot_top: int
    plot_bottom: int
    title: str
    description: str
    years: tuple[Band, ...]
    quarters: tuple[Band, ...]
    phase_bands: tuple[Band, ...]
    gridlines: tuple[int, ...]
    markers: tuple[Marker, ...]
    rows: tuple[Row, ...]
    arrows: tuple[Arrow, ...]
    legend: tuple[LegendItem, ...]
    month_width: int = MIN_MONTH_WIDTH
    row_height: int = ROW_HEIGHT
    header_height: int = HEADER_HEIGHT
    bar_height: int = BAR_HEIGHT
    first_row: int = AXIS_HEIGHT + TOP_GAP
    bottom_gap: int = BOTTOM_GAP
