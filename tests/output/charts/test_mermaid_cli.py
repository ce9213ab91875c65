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

# One worker runs the whole module, so the pages are rendered once.
pytestmark = [pytest.mark.mermaid, pytest.mark.xdist_group("mermaid")]
CASES = [SMALL, HOSTILE] + ([DATA] if (DATA / "strategy.yaml").exists() else [])


LANGS = ["en", "bg"]
PAGES = [(case, lang) for case in CASES for lang in LANGS]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[Path, str], list[str]]:
    """The SVG of every Mermaid block of every page, from one run of mmdc.

    mmdc starts one browser per run and writes the blocks of a Markdown file as out-1.svg,
    out-2.svg, ... in order, so the pages go into one file and their blocks are counted
    back out of it.
    """
    folder = tmp_path_factory.mktemp("mermaid")
    pages = {page: render("roadmap.md.j2", roadmap_page(context(*page))) for page in PAGES}
    source = folder / "pages.md"
    source.write_text("\n\n".join(pages.values()), encoding="utf-8")
    config = peers.puppeteer_config(folder)
    command = [
        peers.mmdc(),
        "-q",
        "-p",
        str(config),
        "-i",
        str(source),
        "-o",
        str(folder / "out.md"),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    svgs: dict[tuple[Path, str], list[str]] = {}
    n = 0
    for page, markdown in pages.items():
        blocks = markdown.count("```mermaid")
        files = [folder / f"out-{n + i + 1}.svg" for i in range(blocks)]
        svgs[page] = [f.read_text(encoding="utf-8") for f in files]
        n += blocks
    return svgs


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_mermaid_renders_every_block_with_every_task(
    case: Path, lang: str, rendered: dict[tuple[Path, str], list[str]]
) -> None:
    ctx = context(case, lang)
    assert len(rendered[case, lang]) == 2
    gantt, graph = rendered[case, lang]
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


def test_hostile_titles_show_as_text_in_the_diagrams(
    rendered: dict[tuple[Path, str], list[str]],
) -> None:
    gantt, graph = rendered[HOSTILE, "en"]
    assert '‹script›alert("x")‹/script›' in gantt
    assert '&lt;script&gt;alert("x")&lt;/script&gt;' in graph
    assert "|pipe| \\back" in graph
