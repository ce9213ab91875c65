"""A text parsed in two halves gives the whole text's values, or no answer at all."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap.loading import fast_yaml, pyyaml_path, split_parse
from roadmap.loading.pyyaml_events import UnusualError
from roadmap.loading.yaml_reader import Parser, read_text
from tests.loading.yaml_gen import VALUES, block

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(autouse=True)
def _small_texts_split(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text in these tests is cut, however short, on any machine that can fork."""
    monkeypatch.setattr(split_parse, "MIN_CHARS", 0)
    monkeypatch.delenv("ROADMAP_YAML_SPLIT", raising=False)
    if not split_parse.enabled():
        pytest.skip("needs os.fork and two processors")


def _whole(text: str) -> Any:
    """The values of the text parsed in one piece, or the exception that says it cannot."""
    try:
        return pyyaml_path._events_values(text)
    except (UnusualError, yaml.YAMLError) as exc:
        return exc


def _no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def _agrees(text: str) -> bool:
    """Two halves answer only where the whole text does, with its values; True when
    they answered."""
    expected = _whole(text)
    found = split_parse.values(text, pyyaml_path._events_values)
    assert _no_children_left()
    if isinstance(expected, Exception):
        assert found is None, text
        return False
    if found is not None:
        assert found == expected or repr(found) == repr(expected), text  # a lone .nan
    return found is not None


ITEMS = "actions:\n" + "".join(f"  - id: A{n}\n    title: t {n}\n" for n in range(6))


def test_a_list_is_cut_at_an_item_near_the_middle() -> None:
    halves = split_parse.cut(ITEMS)
    assert halves is not None
    first, second, key = halves
    assert key == "actions"
    assert first == "actions:\n" + ITEMS[len("actions:\n") : ITEMS.index("  - id: A3")]
    assert second == "actions:\n" + ITEMS[ITEMS.index("  - id: A3") :]
    assert split_parse.values(ITEMS, pyyaml_path._events_values) == _whole(ITEMS)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: 2\n",  # no list
        "actions:\n  - one\n",  # one item only
        "actions: # the portfolio\n  - a\n  - b\n",  # a comment after the key: cut
        "top:\n  actions:\n    - a\n    - b\n",  # a nested list
        "notes: |\n  - a\n  - b\n",  # a block scalar's lines
        "- a\n- b\n",  # a list at the top
    ],
)
def test_only_a_top_level_key_with_items_is_cut(text: str) -> None:
    expected = "actions: # the portfolio\n" in text
    assert (split_parse.cut(text) is not None) == expected
    _agrees(text)


@pytest.mark.parametrize(
    "text",
    [
        # The cut would fall inside a quoted scalar or a flow list that spans lines.
        'actions:\n  - a\n  - "x\n  - y"\n  - c\n  - d\n',
        "actions:\n  - a\n  - 'x\n  - y'\n  - c\n  - d\n",
        "actions:\n  - a\n  - [x,\n  - y]\n  - c\n  - d\n",
        # A later key's list, at the same indentation.
        "actions:\n  - a\nother:\n  - x\n  - y\n  - z\n  - w\n",
        # A block scalar whose lines look like items, in an item.
        "actions:\n  - t: |\n      x\n  - b\n  - u: >\n     - c\n     - d\n  - e\n",
        # The key of the list given twice.
        "actions:\n  - a\n  - b\nactions:\n  - c\n  - d\n",
        # Anchors and aliases: never cut.
        "actions:\n  - &a x\n  - b\n  - c\n  - *a\n",
        # Something the events do not answer for, in one half only.
        "actions:\n  - a\n  - b\n  - c\n  - !!str d\n",
        # An alias of an anchor that no text defines.
        "actions:\n  - a\n  - b\n  - c\n  - *nowhere\n",
        "k: v\nactions:\n- a\n- b\n- c\nafter: [1, 2]\n",
        "actions:\r\n  - a\r\n  - b\r\n  - c\r\n",
        # A document end after a line break other than a newline, which YAML sees.
        "actions:\n  - a0\n  - b\u2028...\u2028\n  - c0\n  - c1\n",
        "actions:\n  - a0\n  - b\x85...\x85\n  - c0\n  - c1\n",
        "actions:\n- a0\n- b\u2029...\u2029\n- c0\n- c1\n",
        # Document markers in an indentless list.
        "actions:\n- a\n- b\n---\n- c\n- d\n",
        "actions:\n- a\n- b\n...\n- c\n- d\n",
    ],
)
def test_awkward_cuts_answer_the_whole_texts_values_or_nothing(text: str) -> None:
    _agrees(text)


def test_a_cut_inside_a_quoted_scalar_answers_nothing_and_leaves_no_child() -> None:
    text = 'actions:\n  - a\n  - "x\n' + "  - y\n" * 10 + '  z"\n  - c\n'
    halves = split_parse.cut(text)
    assert halves is not None
    assert halves[0].count('"') == 1
    assert _whole(text) == {"actions": ["a", "x" + " - y" * 10 + " z", "c"]}
    assert split_parse.values(text, pyyaml_path._events_values) is None
    assert _no_children_left()


def test_a_child_whose_parse_fails_answers_nothing() -> None:
    def parse(text: str) -> Any:
        if "A5" in text:
            raise ValueError("the child's half")
        return pyyaml_path._events_values(text)

    assert split_parse.values(ITEMS, parse) is None
    assert _no_children_left()


def test_split_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROADMAP_YAML_SPLIT", "0")
    assert not split_parse.enabled()
    assert split_parse.values(ITEMS, pyyaml_path._events_values) is None


def test_short_texts_are_parsed_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(split_parse, "MIN_CHARS", len(ITEMS) + 1)
    assert split_parse.values(ITEMS, pyyaml_path._events_values) is None


@pytest.mark.parametrize("parser", ["pyyaml", "auto"])
def test_the_shipped_actions_read_the_same_in_halves(parser: Parser) -> None:
    text = (DATA / "actions.yaml").read_text(encoding="utf-8")
    parse = pyyaml_path._events_values if parser == "pyyaml" else fast_yaml.plain_values
    halves = split_parse.values(text, parse)
    assert halves is not None
    assert halves == pyyaml_path._events_values(text)
    raw = text.encode("utf-8")
    assert read_text("actions.yaml", raw, parser).data == halves


@st.composite
def listed_texts(draw: st.DrawFn) -> str:
    """A top-level key with a list of items in many styles, other keys around it, and a
    trailing comment whose length moves the cut to another item."""
    items = draw(st.lists(VALUES, min_size=2, max_size=8))
    indent = draw(st.sampled_from([0, 2, 4]))
    lines = [draw(st.sampled_from(["", "# data", "version: 1", "k: [a,\n  b]"]))]
    lines.append(draw(st.sampled_from(["actions:", "actions:  # list", "items:"])))
    lines.extend(block(items, draw, indent))
    lines.extend(block(draw(st.dictionaries(st.sampled_from(["z", "tail"]), VALUES)), draw, 0))
    lines.append("#" + "x" * draw(st.integers(0, 400)))
    return "\n".join(lines) + "\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(listed_texts())
def test_halves_agree_with_the_whole_text(text: str) -> None:
    _agrees(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["  - a", "  - b: 1", '  - "x', "  - y'", "    z", "  - [1,", "  2]", "- w", "", "#"]
        ),
        min_size=2,
        max_size=12,
    )
)
def test_halves_agree_with_the_whole_text_on_broken_lists(lines: list[str]) -> None:
    _agrees("actions:\n" + "\n".join(lines) + "\n")


def _seeded_item(chance: random.Random, n: int) -> str:
    """One action written in one of several styles, each valid YAML."""
    styles = [
        f"  - id: A{n}\n    title: plain {n}\n",
        f'  - id: A{n}\n    title: "quoted\n      - over lines {n}"\n',
        f"  - id: A{n}\n    notes: |\n      - a list-like line {n}\n      more\n",
        f"  - id: A{n}\n    goals: [G1,\n      G2]\n",
        f"  - {{id: A{n}, goals: [G{n}]}}\n",
        f"  -\n    id: A{n}\n    depends_on:\n    - A{n - 1}\n",
        f"  - id: A{n}  # a comment\n\n    title: 'single\n\n      quoted'\n",
    ]
    return chance.choice(styles)


def test_seeded_lists_in_many_styles_are_cut_and_read_the_same() -> None:
    chance = random.Random(8)
    for _ in range(60):
        count = chance.randint(2, 40)
        text = "version: 1\nactions:\n" + "".join(_seeded_item(chance, n) for n in range(count))
        text += chance.choice(["", "after: 1\n", "tail:\n  - x\n"])
        found = split_parse.values(text, pyyaml_path._events_values)
        assert found is not None, text
        assert found == pyyaml_path._events_values(text), text
        assert split_parse.values(text, fast_yaml.plain_values) in (None, found)


@pytest.mark.parametrize("mark", ["&", "\r", "\x85", "\u2028", "\u2029", "\n---", "\n..."])
def test_a_text_with_a_mark_the_cut_would_not_see_is_kept_whole(mark: str) -> None:
    text = ITEMS.replace("title: t 2", f"title: t{mark}2")
    assert split_parse.values(text, lambda _: {"actions": []}) is None


def test_no_process_or_pipe_to_be_had_parses_the_text_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    before = len(os.listdir("/proc/self/fd"))
    monkeypatch.setattr(os, "fork", no_fork)
    assert split_parse.values(ITEMS, pyyaml_path._events_values) is None
    assert len(os.listdir("/proc/self/fd")) == before


def test_a_child_reaped_by_someone_else_answers_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    reap = os.waitpid

    def reaped_elsewhere(pid: int, options: int) -> tuple[int, int]:
        reap(pid, options)
        raise ChildProcessError(10, "No child processes")

    monkeypatch.setattr(os, "waitpid", reaped_elsewhere)
    assert split_parse.values(ITEMS, pyyaml_path._events_values) is None
