"""A KPI over time as a small inline SVG (kpi.svg.j2): baseline, target, trajectory,
measurements; no scripts or external references, coordinates with one decimal."""

from __future__ import annotations

from roadmap.monitoring.result import KpiStatus
from roadmap.months import format_month
from roadmap.output.render import Verbatim, environment
from roadmap.texts import format_number, labels

WIDTH, HEIGHT = 360, 200
LEFT, RIGHT, TOP, BOTTOM = 48, 14, 14, 50
COLOURS = {"green": "#2e7d32", "amber": "#b26a00", "red": "#c62828", "none": "#757575"}


class _Frame:
    """The months and values a KPI's plot spans (values padded), its ticks, and pixels."""

    def __init__(self, kpi: KpiStatus, as_of: int) -> None:
        months = [kpi.baseline_month, kpi.target_month, as_of, *(m for m, _ in kpi.measurements)]
        values = [kpi.baseline, kpi.target, *(v for _, v in kpi.measurements)]
        low, high = min(values), max(values)
        pad = (high - low) * 0.08 or max(abs(high) * 0.1, 1.0)
        self.first = min(months)
        self.last = max(*months, self.first + 1)
        self.low, self.high, self.ticks = low - pad, high + pad, sorted({low, high})
        first_year, last_year = self.first // 12, self.last // 12
        step = max(1, (last_year - first_year + 1) // 6)
        self.years = range(first_year + 1, last_year + 1, step)

    def x(self, month: int) -> str:
        span = WIDTH - LEFT - RIGHT
        return f"{LEFT + (month - self.first) / (self.last - self.first) * span:.1f}"

    def y(self, value: float) -> str:
        span = HEIGHT - TOP - BOTTOM
        return f"{TOP + (self.high - value) / (self.high - self.low) * span:.1f}"


def kpi_chart(kpi: KpiStatus, as_of: int, title: str, lang: str) -> Verbatim:
    """The SVG chart of one KPI at the as-of month, its texts in `lang`, escaped."""
    f = _Frame(kpi, as_of)
    svg = environment().get_template("kpi.svg.j2").render(
        W=WIDTH, H=HEIGHT, L=LEFT, T=TOP, right=WIDTH - RIGHT, bottom=HEIGHT - BOTTOM,
        top=HEIGHT - 20, low=HEIGHT - 7, w=labels(lang), colour=COLOURS[kpi.light],
        title=title, kpi=kpi, f=f, as_of=as_of, when=format_month(as_of),
        n=lambda v: format_number(v, lang), month=format_month,
    )  # fmt: skip
    return Verbatim("".join(svg.splitlines()))
