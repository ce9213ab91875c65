"""Rendering the status view: Markdown cells, colour only when asked."""

from __future__ import annotations

from roadmap.monitoring import status
from roadmap.monitoring.render import markdown_cell, render_text
from roadmap.monitoring.views import status_view
from roadmap.months import parse_month
from tests.monitoring.factory import action, dataset, plan


def test_markdown_cells_cannot_break_the_table_or_inject_html() -> None:
    assert markdown_cell("a | b\nc") == "a \\| b c"
    assert markdown_cell("<b>R&D</b> \\") == "&lt;b&gt;R&amp;D&lt;/b&gt; \\\\"


def test_text_is_coloured_only_on_request() -> None:
    data = dataset([action("A1")])
    report = status(data, plan(A1=("2021-03", "2021-09")), parse_month("2021-10"))
    view = status_view(report, data, "en")
    plain = render_text(view, colour=False)
    coloured = render_text(view, colour=True)
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured
    assert "late" in plain
    assert all(line == line.rstrip() for line in plain.splitlines())
