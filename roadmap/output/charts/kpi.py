"""A KPI over time as a small inline SVG: baseline, target, trajectory, measurements.

The drawing is plain text built here, with every piece of text escaped, no scripts and
no external references, so it can sit inside any self-contained HTML page (the
monitoring page, the HTML roadmap). Coordinates are written with one decimal, so the
same report gives byte-identical SVG.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from roadmap.monitoring.result import KpiStatus
from roadmap.months import format_month
from roadmap.output.i18n import format_number, label
from roadmap.output.render import Verbatim

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
    words = {
        k: escape(label(k, lang)) for k in ("baseline", "target", "trajectory", "measurements")
    }
    when = format_month(as_of)
    words["as_of"] = f"{escape(label('mon_as_of', lang))} {when}"
    words["legend_as_of"] = f"{escape(label('legend_as_of', lang))} {when}"
    f = _frame(kpi, as_of)
    colour = COLOURS[kpi.light]
    bottom, right = HEIGHT - BOTTOM, WIDTH - RIGHT
    title = escape(title)

    def number(value: float) -> str:
        return escape(format_number(value, lang))

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{title}" class="kpi-chart">',
        f"<title>{title}</title>",
        f'<rect x="{LEFT}" y="{TOP}" width="{right - LEFT}" height="{bottom - TOP}" '
        'fill="#fafafa" stroke="#bdbdbd" stroke-width="0.5"/>',
    ]
    out.extend(_axes(f, bottom, number))
    bx, by, tx, ty = (
        f.x(kpi.baseline_month),
        f.y(kpi.baseline),
        f.x(kpi.target_month),
        f.y(kpi.target),
    )
    out.append(
        f'<line x1="{bx}" y1="{by}" x2="{tx}" y2="{ty}" stroke="#616161" stroke-width="1.2" '
        f'stroke-dasharray="4 3"><title>{words["trajectory"]}</title></line>'
    )
    out.append(
        f'<circle cx="{bx}" cy="{by}" r="3.5" fill="#fff" stroke="#616161" stroke-width="1.5">'
        f"<title>{words['baseline']}: {number(kpi.baseline)}</title></circle>"
    )
    out.append(
        f'<rect x="{float(tx) - 3.5:.1f}" y="{float(ty) - 3.5:.1f}" width="7" height="7" '
        f'fill="#616161"><title>{words["target"]}: {number(kpi.target)}'
        "</title></rect>"
    )
    if kpi.measurements:
        points = " ".join(f"{f.x(m)},{f.y(v)}" for m, v in kpi.measurements)
        out.append(
            f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2">'
            f"<title>{words['measurements']}</title></polyline>"
        )
        out.extend(
            f'<circle cx="{f.x(m)}" cy="{f.y(v)}" r="3" fill="{colour}">'
            f"<title>{format_month(m)}: {number(v)}</title></circle>"
            for m, v in kpi.measurements
        )
    ax = f.x(as_of)
    out.append(
        f'<line x1="{ax}" y1="{TOP}" x2="{ax}" y2="{bottom}" stroke="#1565c0" '
        f'stroke-width="1" stroke-dasharray="2 2"><title>{words["as_of"]}</title></line>'
    )
    out.extend(_legend(words, colour))
    out.append("</svg>")
    return Verbatim("".join(out))


def _legend(words: dict[str, str], colour: str) -> list[str]:
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
        (LEFT + 10, top, words["baseline"]),
        (LEFT + 110, top, words["target"]),
        (LEFT + 215, top, words["trajectory"]),
        (LEFT + 10, low, words["measurements"]),
        (LEFT + 110, low, words["legend_as_of"]),
    ]
    return marks + [
        f'<text x="{x}" y="{y}" font-size="8" fill="#424242">{text}</text>' for x, y, text in texts
    ]


def _axes(f: _Frame, bottom: int, number: Callable[[float], str]) -> list[str]:
    out = []
    for value in sorted({f.data_low, f.data_high}):
        out.append(
            f'<text x="{LEFT - 4}" y="{float(f.y(value)) + 3:.1f}" font-size="9" '
            f'text-anchor="end" fill="#424242">{number(value)}</text>'
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
