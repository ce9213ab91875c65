"""A KPI over time as a small inline SVG (kpi.svg.j2): baseline, target, trajectory,
measurements; no scripts or external references, coordinates with one decimal."""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.monitoring.result import KpiStatus
from roadmap.months import format_month
from roadmap.output.render import Verbatim, environment
from roadmap.texts import format_number, label

WIDTH, HEIGHT = 360, 200
LEFT, RIGHT, TOP, BOTTOM = 48, 14, 14, 50
COLOURS = {"green": "#2e7d32", "amber": "#b26a00", "red": "#c62828", "none": "#757575"}


@dataclass(frozen=True)
class _Frame:
    first: int
    last: int
    low: float
    high: float
    data_low: float
    data_high: float

    def x(self, month: int) -> str:
        span = WIDTH - LEFT - RIGHT
        return f"{LEFT + (month - self.first) / (self.last - self.first) * span:.1f}"

    def y(self, value: float) -> str:
        span = HEIGHT - TOP - BOTTOM
        return f"{TOP + (self.high - value) / (self.high - self.low) * span:.1f}"


def _frame(kpi: KpiStatus, as_of: int) -> _Frame:
    months = [kpi.baseline_month, kpi.target_month, as_of, *(m for m, _ in kpi.measurements)]
    values = [kpi.baseline, kpi.target, *(v for _, v in kpi.measurements)]
    first, last = min(months), max(months)
    low, high = min(values), max(values)
    pad = (high - low) * 0.08 or max(abs(high) * 0.1, 1.0)
    return _Frame(first, max(last, first + 1), low - pad, high + pad, low, high)


def kpi_chart(kpi: KpiStatus, as_of: int, title: str, lang: str) -> Verbatim:
    """The SVG chart of one KPI at the as-of month, its texts in `lang`, escaped."""
    words = {k: label(k, lang) for k in ("baseline", "target", "trajectory", "measurements")}
    when = format_month(as_of)
    words["as_of"] = f"{label('mon_as_of', lang)} {when}"
    words["legend_as_of"] = f"{label('legend_as_of', lang)} {when}"
    f = _frame(kpi, as_of)
    first_year, last_year = f.first // 12, f.last // 12
    step = max(1, (last_year - first_year + 1) // 6)
    bx, by, tx, ty = (
        f.x(kpi.baseline_month),
        f.y(kpi.baseline),
        f.x(kpi.target_month),
        f.y(kpi.target),
    )

    def n(value: float) -> str:
        return format_number(value, lang)

    svg = environment().get_template("kpi.svg.j2").render(
        W=WIDTH, H=HEIGHT, L=LEFT, T=TOP, right=WIDTH - RIGHT, bottom=HEIGHT - BOTTOM,
        top=HEIGHT - 20, low=HEIGHT - 7, w=words, colour=COLOURS[kpi.light],
        title=title,
        ticks=[(f"{float(f.y(v)) + 3:.1f}", n(v)) for v in sorted({f.data_low, f.data_high})],
        years=[(f.x(year * 12), year) for year in range(first_year + 1, last_year + 1, step)],
        bx=bx, by=by, tx=tx, ty=ty, tx_box=f"{float(tx) - 3.5:.1f}",
        ty_box=f"{float(ty) - 3.5:.1f}",
        baseline=n(kpi.baseline), target=n(kpi.target),
        points=[(f.x(m), f.y(v), format_month(m), n(v)) for m, v in kpi.measurements],
        ax=f.x(as_of),
    )  # fmt: skip
    return Verbatim("".join(svg.splitlines()))
