"""Every Mermaid block of the Markdown roadmap renders in the real Mermaid, as text.

Runs `mmdc` (npm @mermaid-js/mermaid-cli) with Debian's chromium on the Markdown of the
small case, the hostile case and (where data/ holds it) the Sofia data, in both
languages. mmdc exits 1 when a diagram does not parse; a gantt line that parses into
something else shows up as missing tasks.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from roadmap.output.render import render
from roadmap.output.roadmap_page import roadmap_page
from tests.conftest import DATA
from tests.tools import peers
from tests.tools.render_cases import HOSTILE, SMALL, context

pytestmark = pytest.mark.mermaid
CASES = [SMALL, HOSTILE] + ([DATA] if (DATA / "strategy.yaml").exists() else [])


def _render_blocks(markdown: str, tmp_path: Path) -> tuple[str, str]:
    source = tmp_path / "roadmap.md"
    source.write_text(markdown, encoding="utf-8")
    config = peers.puppeteer_config(tmp_path)
    command = [
        peers.mmdc(),
        "-q",
        "-p",
        str(config),
        "-i",
        str(source),
        "-o",
        str(tmp_path / "out.md"),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stderr
    gantt = (tmp_path / "out-1.svg").read_text(encoding="utf-8")
    graph = (tmp_path / "out-2.svg").read_text(encoding="utf-8")
    return gantt, graph


@pytest.mark.parametrize("lang", ["en", "bg"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_mermaid_renders_every_block_with_every_task(case: Path, lang: str, tmp_path: Path) -> None:
    ctx = context(case, lang)
    markdown = render("roadmap.md.j2", roadmap_page(ctx))
    assert markdown.count("```mermaid") == 2
    gantt, graph = _render_blocks(markdown, tmp_path)
    for svg in (gantt, graph):
        assert "<script" not in svg
        assert "onerror" not in svg.replace("onerror=alert", "")
    found = re.findall(r'<text id="[^"]*-t(\d+)-text"[^>]*>([^<]*)</text>', gantt)
    tasks = sorted(found, key=lambda task: int(task[0]))
    assert len(tasks) == len(ctx.scheduled)
    for (action, _placement), (_n, text) in zip(
        (p for _a, ps in ctx.by_area for p in ps), tasks, strict=True
    ):
        assert action.id in text
    sections = re.findall(r'class="sectionTitle[^"]*"', gantt)
    assert len(sections) == len({ctx.area_of(a) for a, _p in ctx.scheduled})
    assert len(re.findall(r'class="node default', graph)) == len(ctx.scheduled)


def test_hostile_titles_show_as_text_in_the_diagrams(tmp_path: Path) -> None:
    gantt, graph = _render_blocks(render("roadmap.md.j2", roadmap_page(context(HOSTILE))), tmp_path)
    assert '‹script›alert("x")‹/script›' in gantt
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in graph
    assert "|pipe| \\back" in graph
