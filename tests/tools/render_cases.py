"""The render test cases: a small bilingual roadmap and one with hostile titles."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from roadmap.output.context import RoadmapContext, roadmap_context
from roadmap.pipeline import run

RENDER_CASES = Path(__file__).resolve().parent.parent / "cases" / "render"
SMALL = RENDER_CASES / "small"
HOSTILE = RENDER_CASES / "hostile"
TODAY = "2021-10"


@cache
def context(case: Path, lang: str = "en", today: str = TODAY) -> RoadmapContext:
    """The checked and planned case, ready to render (shared: pages never change it)."""
    outcome = run(str(case))
    assert outcome.plan is not None, outcome.diagnostics
    assert outcome.dataset is not None
    return roadmap_context(
        outcome.dataset, outcome.plan, outcome.diagnostics, lang=lang, today=today
    )
