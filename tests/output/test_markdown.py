"""The Markdown roadmap: every section, escaping, and both languages."""

from __future__ import annotations

import pytest

from roadmap.output.render import escape_markdown, render
from roadmap.output.roadmap_page import roadmap_page
from tests.tools.render_cases import HOSTILE, SMALL, context


def test_escaping_leaves_no_markdown_or_html_syntax() -> None:
    assert escape_markdown("a|b") == "a\\|b"
    assert escape_markdown("<script>") == "&lt;script&gt;"
    assert escape_markdown("*x* _y_ `z` [l](u) $m$ #h ~s~") == (
        "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\$m\\$ \\#h \\~s\\~"
    )
    assert escape_markdown("two\nlines\r\n") == "two lines"
    assert escape_markdown("&amp;") == "&amp;amp;"


def test_every_section_is_there() -> None:
    text = render("roadmap.md.j2", roadmap_page(context(SMALL)))
    for heading in (
        "# Small strategy",
        "## Summary",
        "## Phases and actions",
        "### Short term: Jan 2021 – Dec 2021",
        "### Medium term: Jan 2022 – Jun 2023",
        "### Long term: Jul 2023 – Dec 2024",
        "### Not scheduled",
        "## Timeline",
        "## Dependencies",
        "## Critical path",
        "## Goals and the actions that serve them",
        "## Key performance indicators",
        "## Responsibilities",
        "### By source",
        "### By phase",
        "## Open errors and warnings",
    ):
        assert f"\n{heading}\n" in f"\n{text}", heading
    assert "| Total cost | €2,800,000 |" in text
    assert "| K2 | days to register | OG2.1 | days | ↓ decrease | 30 (2020) | 5.5 (2024) |" in text
    assert "| A02 Sandbox for pilots | P | L | P |" in text
    assert "| **A01** | Open-data platform |" in text


def test_bulgarian_roadmap_uses_bulgarian_labels_numbers_and_titles() -> None:
    text = render("roadmap.md.j2", roadmap_page(context(SMALL, "bg")))
    assert "# Малка стратегия" in text
    assert "| Обща стойност | 2 800 000 € |" in text
    assert "### Краткосрочна фаза: яну 2021 – дек 2021" in text
    assert "Платформа за отворени данни" in text
    assert "5,5 (2024)" in text
    assert "Summary" not in text


@pytest.mark.parametrize("lang", ["en", "bg"])
def test_hostile_text_is_escaped_everywhere_outside_mermaid(lang: str) -> None:
    text = render("roadmap.md.j2", roadmap_page(context(HOSTILE, lang)))
    outside = text.split("```mermaid")[0] + text.split("```")[-1]
    assert "<" not in outside.replace("&lt;", "")
    assert "onerror" in outside
    assert "\n# Not a heading" not in text
    row = next(line for line in text.splitlines() if line.startswith("| **end** |"))
    assert row.replace("\\|", "").count("|") == 12, row
