"""A KPI over time as a small inline SVG: baseline, target, trajectory, measurements.

The drawing is plain text built here, with every piece of text escaped, no scripts and
no external references, so it can sit inside any self-contained HTML page (the
monitoring page, the HTML roadmap). Coordinates are written with one decimal, so the
same report gives byte-identical SVG.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from roadmap.monitoring.report import KpiStatus
from roadmap.months import format_month

WIDTH, HEIGHT = 360, 200
LEFT, RIGHT, TOP, BOTTOM = 48, 14, 14, 50
COLOURS = {"green": "#2e7d32", "amber": "#b26a00", "red": "#c62828", "none": "#757575"}


@dataclass(frozen=True)
class ChartLabels:
    """The words a chart shows, in the report's language."""

    title: str
    baseline: str
    target: str
    trajectory: str
    measurements: str
    as_of: str
    legend_as_of: str


def number(value: float) -> str:
    """A KPI value as people write it: no trailing `.0`, at most two decimals."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


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


def kpi_chart(kpi: KpiStatus, as_of: int, labels: ChartLabels) -> str:
    """The SVG chart of one KPI at the as-of month."""
    f = _frame(kpi, as_of)
    colour = COLOURS[kpi.light]
    bottom, right = HEIGHT - BOTTOM, WIDTH - RIGHT
    title = escape(labels.title)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{title}" class="kpi-chart">',
        f"<title>{title}</title>",
        f'<rect x="{LEFT}" y="{TOP}" width="{right - LEFT}" height="{bottom - TOP}" '
        'fill="#fafafa" stroke="#bdbdbd" stroke-width="0.5"/>',
    ]
    out.extend(_axes(f, bottom))
    bx, by, tx, ty = (
        f.x(kpi.baseline_month),
        f.y(kpi.baseline),
        f.x(kpi.target_month),
        f.y(kpi.target),
    )
    out.append(
        f'<line x1="{bx}" y1="{by}" x2="{tx}" y2="{ty}" stroke="#616161" stroke-width="1.2" '
        f'stroke-dasharray="4 3"><title>{escape(labels.trajectory)}</title></line>'
    )
    out.append(
        f'<circle cx="{bx}" cy="{by}" r="3.5" fill="#fff" stroke="#616161" stroke-width="1.5">'
        f"<title>{escape(labels.baseline)}: {escape(number(kpi.baseline))}</title></circle>"
    )
    out.append(
        f'<rect x="{float(tx) - 3.5:.1f}" y="{float(ty) - 3.5:.1f}" width="7" height="7" '
        f'fill="#616161"><title>{escape(labels.target)}: {escape(number(kpi.target))}'
        "</title></rect>"
    )
    if kpi.measurements:
        points = " ".join(f"{f.x(m)},{f.y(v)}" for m, v in kpi.measurements)
        out.append(
            f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2">'
            f"<title>{escape(labels.measurements)}</title></polyline>"
        )
        out.extend(
            f'<circle cx="{f.x(m)}" cy="{f.y(v)}" r="3" fill="{colour}">'
            f"<title>{format_month(m)}: {escape(number(v))}</title></circle>"
            for m, v in kpi.measurements
        )
    ax = f.x(as_of)
    out.append(
        f'<line x1="{ax}" y1="{TOP}" x2="{ax}" y2="{bottom}" stroke="#1565c0" '
        f'stroke-width="1" stroke-dasharray="2 2"><title>{escape(labels.as_of)}</title></line>'
    )
    out.extend(_legend(labels, colour))
    out.append("</svg>")
    return "".join(out)


def _legend(labels: ChartLabels, colour: str) -> list[str]:
    top, low = HEIGHT - 20, HEIGHT - 7
    marks = [
        f'<circle cx="{LEFT + 3}" cy="{top - 3}" r="3" fill="#fff" stroke="#616161"/>',
        f'<rect x="{LEFT + 100}" y="{top - 6}" width="6" height="6" fill="#616161"/>',
        f'<line x1="{LEFT + 197}" y1="{top - 3}" x2="{LEFT + 211}" y2="{top - 3}" '
        'stroke="#616161" stroke-dasharray="4 3"/>',
        f'<circle cx="{LEFT + 3}" cy="{low - 3}" r="3" fill="{colour}"/>',
        f'<line x1="{LEFT + 103}" y1="{low - 8}" x2="{LEFT + 103}" y2="{low + 1}" '
        'stroke="#1565c0" stroke-dasharray="2 2"/>',
    ]
    texts = [
        (LEFT + 10, top, labels.baseline),
        (LEFT + 110, top, labels.target),
        (LEFT + 215, top, labels.trajectory),
        (LEFT + 10, low, labels.measurements),
        (LEFT + 110, low, labels.legend_as_of),
    ]
    return marks + [
        f'<text x="{x}" y="{y}" font-size="8" fill="#424242">{escape(text)}</text>'
        for x, y, text in texts
    ]


def _axes(f: _Frame, bottom: int) -> list[str]:
    out = []
    for value in sorted({f.data_low, f.data_high}):
        out.append(
            f'<text x="{LEFT - 4}" y="{float(f.y(value)) + 3:.1f}" font-size="9" '
            f'text-anchor="end" fill="#424242">{escape(number(value))}</text>'
        )
    first_year, last_year = f.first // 12, f.last // 12
    step = max(1, (last_year - first_year + 1) // 6)
    for year in range(first_year + 1, last_year + 1, step):
        x = f.x(year * 12)
        out.append(
            f'<line x1="{x}" y1="{bottom}" x2="{x}" y2="{bottom + 4}" stroke="#9e9e9e"/>'
            f'<text x="{x}" y="{bottom + 14}" font-size="9" text-anchor="middle" '
            f'fill="#424242">{year}</text>'
        )
    return out
