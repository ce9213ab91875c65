"""Mermaid text stays text: sanitising for the gantt grammar, escaping for flowchart labels."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from roadmap.output.charts.mermaid import dependency_graph, gantt, gantt_text, quoted_label
from tests.tools.render_cases import HOSTILE, SMALL, context


@given(st.text(max_size=200))
def test_gantt_text_never_holds_what_ends_or_comments_a_statement(text: str) -> None:
    clean = gantt_text(text)
    assert clean
    assert not set(clean) & set(":#;%{}<>\n\r")
    assert clean.split(" ", 1)[0].lower() not in {"title", "section", "excludes", "click"}
    assert len(clean) <= 80


@given(st.text(max_size=200))
def test_a_quoted_label_has_no_bare_quote_or_tag(text: str) -> None:
    label = quoted_label(text)
    assert label.startswith('"') and label.endswith('"')
    inner = label[1:-1]
    assert not set(inner) & set('"<>`|\n\r%')
    assert "#" not in re.sub(r"#(quot|lt|gt|amp|35|37|96|124);", "", inner)


def test_a_keyword_at_the_start_of_a_task_text_is_guarded() -> None:
    assert gantt_text("title injected").startswith("› ")
    assert gantt_text("Section 5 reform").startswith("› ")
    assert gantt_text("A01 Section 5") == "A01 Section 5"


def test_the_gantt_has_explicit_dates_sections_and_marks() -> None:
    text = gantt(context(SMALL), "Small")
    assert "dateFormat YYYY-MM-DD" in text
    assert "    section E-government" in text
    assert "    section ICT start-up ecosystem" in text
    assert "A01 Open-data platform :done, crit, t1, 2021-01-01, 2021-07-01" in text
    assert re.search(r"A03 Accelerator programme :active, t\d, 2021-04-01, 2022-01-01", text)
    assert "Deadline A02 :milestone" in text


def test_the_dependency_graph_has_an_arrow_per_dependency_with_lags() -> None:
    text = dependency_graph(context(SMALL))
    assert text.startswith("flowchart LR\n")
    assert text.count("-->") == 3
    assert '-->|"+1 mo"|' in text
    assert re.search(r"class n\d+(,n\d+)* critical", text)


def test_hostile_titles_become_quoted_labels_with_entities() -> None:
    text = dependency_graph(context(HOSTILE))
    assert "<script>" not in text
    assert "#lt;script#gt;" in text
    for line in text.splitlines():
        if "[" in line and not line.strip().startswith(("subgraph", "class")):
            assert re.fullmatch(r'\s+n\d+\["[^"]*"\]', line), line
