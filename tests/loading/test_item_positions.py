"""Locating inside one cut-out item gives what the whole position table gives, or None."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.portfolio import write_portfolio
from roadmap.loading import fast_yaml
from roadmap.loading.item_positions import ItemIndex
from roadmap.loading.yaml_reader import read_text
from tests.conftest import CASES, DATA
from tests.loading.yaml_gen import scalar_texts, yaml_texts


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every node's path in `value`, with a few that name no node at their ends."""
    found = [prefix, (*prefix, "no-such-key"), (*prefix, 10_000)]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(paths(item, (*prefix, index)))
    return found


def agree(text: str) -> int:
    """Compare every answer of the cut with the whole table; return how many it gave."""
    try:
        data, table = fast_yaml.parse(text, positions=True)
    except fast_yaml.OutsideSubsetError:
        return 0
    assert table is not None
    index = ItemIndex(text)
    answered = 0
    for loc in paths(data):
        for key in (False, True):
            found = index.locate(loc, key=key)
            if found is not None:
                assert found == table.locate(loc, key=key), (loc, key)
                answered += 1
    return answered


def data_files() -> list[Path]:
    files = sorted(DATA.glob("*.yaml"))
    files += sorted((CASES / "valid").glob("*/*.yaml"))
    return files


@pytest.mark.parametrize("path", data_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_cut_agrees_with_the_whole_table_on_real_files(path: Path) -> None:
    text = read_text(str(path), path.read_bytes(), "pyyaml")
    assert text.problems == []
    agree(path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n"))


def test_the_cut_answers_for_the_items_of_the_shipped_actions() -> None:
    text = (DATA / "actions.yaml").read_text("utf-8")
    assert agree(text) > 500


def test_the_cut_agrees_on_a_synthetic_portfolio(tmp_path: Path) -> None:
    write_portfolio(tmp_path, 60)
    for name in ("actions.yaml", "goals.yaml", "progress.yaml"):
        assert agree((tmp_path / name).read_text("utf-8")) > 0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_texts())
def test_the_cut_agrees_on_any_style(text: str) -> None:
    agree(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scalar_texts())
def test_the_cut_agrees_with_anchors_and_block_scalars(text: str) -> None:
    agree(text)


@pytest.mark.parametrize(
    "text",
    [
        '"items":\n  - a: 1\n',
        "items: [1, 2]\n",
        "items:\n  - &x a\n  - *x\n",
        "items: # c\n  - a: 1\n",
    ],
    ids=["quoted key", "flow list", "alias to another item", "comment after key"],
)
def test_what_the_cut_cannot_answer_falls_back(text: str) -> None:
    index = ItemIndex(text)
    _, table = fast_yaml.parse(text, positions=True)
    assert table is not None
    found = index.locate(("items", 1 if "*x" in text else 0))
    if found is not None:
        assert found == table.locate(("items", 1 if "*x" in text else 0))


def test_a_document_locates_without_the_whole_table() -> None:
    text = "strategy: s\nitems:\n  - id: A\n    lead: x\n\n  # between\n  - id: B\n    lead: y\n"
    doc = read_text("f.yaml", text.encode(), "fast")
    assert doc.locate(("items", 1, "lead")) == (8, 11)
    assert doc.positions_worked_out is False
    assert doc.locate(("strategy",)) == (1, 11)
    assert doc.positions_worked_out is True


def reference_bounds(lines: list[str], top_key: str) -> list[int] | None:
    """The line-by-line scan that the regular expressions replaced, kept as the oracle."""
    header = None
    for number, line in enumerate(lines):
        if line.startswith(f"{top_key}:"):
            rest = line[len(top_key) + 1 :].strip(" ")
            if (rest and not rest.startswith("#")) or header is not None:
                return None
            header = number
    if header is None:
        return None
    starts: list[int] = []
    indent = -1
    end = len(lines)
    for number in range(header + 1, len(lines)):
        content = lines[number].lstrip(" ")
        if not content or content.startswith("#"):
            continue
        current = len(lines[number]) - len(content)
        is_item = content == "-" or content.startswith("- ")
        if indent < 0:
            if not is_item:
                return None
            indent = current
        if current < indent or (current == indent and not is_item):
            end = number
            break
        if current == indent:
            starts.append(number)
    if not starts:
        return None
    while end > starts[-1] + 1 and not lines[end - 1].strip(" "):
        end -= 1
    return [*starts, end]


def same_scan(text: str, *extra_keys: str) -> int:
    """The regular expressions find the items and cut the lines the reference does."""
    lines = text.split("\n")
    keys = {line.split(":", 1)[0] for line in lines if ":" in line} | set(extra_keys)
    index = ItemIndex(text)
    found = 0
    for top_key in sorted(keys):
        expected = reference_bounds(lines, top_key)
        assert index.bounds(top_key) == expected, top_key
        if expected is None:
            assert index.cut(top_key, 0) is None
            continue
        for number in range(len(expected) - 1):
            first, end = expected[number], expected[number + 1]
            assert index.cut(top_key, number) == (first, "\n".join(lines[first:end]))
        assert index.cut(top_key, len(expected) - 1) is None
        found += len(expected) - 1
    return found


@pytest.mark.parametrize(
    "text",
    [
        "items:\n  - a: 1\n  # a comment at the item's indent\n  - b: 2\n# last\n",
        "items:\n- a\n# column 0 comment\n- b\n\n\nnext: 1\n",
        "items:\n  - text: |\n      - looks like an item\n    - also\n  - b\n",
        "items:\n  - text: >-\n\n    - folded\n\n  - b\n  -\n  -x\n",
        "items:\n  - [a,\n  b]\n  - {c: 1,\n     d: 2}\nrest:\n  - x\n",
        "items:\r\n  - a: 1\r\n  - b: 2\r\n",
        "items:\n  - a\r\n  - b\n  -\r\n",
        "\ufeffitems:\n  - a\n",
        "items:   # comment\n  - a\n  \n   \n",
        "items:\n  - a\n \t- tab\n  - b\n",
        "items:\n  - a\n    - deeper\n  - b\n    \n  \n",
        "items:\n\n  # only a comment\n",
        "items:\n  a: 1\n",
        "items: x\n  - a\n",
        "items:\n  - a\nitems:\n  - b\n",
        "items:\n  - a\n  - b",
        "items:\n  - a\n  - b\n  ",
        "items:\n-\n-  x\n- y\nz: 1\n",
        "x:\n  items:\n  - a\nitems:\n    - a\n    -   b\n  - c\n",
        "items:",
        "items:\n",
    ],
)
def test_the_scan_finds_what_the_line_by_line_scan_found(text: str) -> None:
    same_scan(text, "items", "", "rest", "missing")


def test_the_scan_on_the_shipped_and_synthetic_files(tmp_path: Path) -> None:
    write_portfolio(tmp_path, 60)
    found = 0
    for path in [*data_files(), *sorted(tmp_path.glob("*.yaml"))]:
        raw = path.read_bytes().decode("utf-8-sig")
        found += same_scan(raw) + same_scan(raw.replace("\n", "\r\n"))
    assert found > 300


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_texts())
def test_the_scan_agrees_on_any_style(text: str) -> None:
    same_scan(text)
    same_scan(text.replace("\n", "\r\n"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [
                "items:",
                "  - a",
                "-",
                "- b",
                "  ",
                "",
                "# c",
                "  #",
                "\t-",
                "  -x",
                "x: 1",
                "    - y",
                " - z",
                "items: # c",
                "\r",
            ]
        ),
        max_size=12,
    )
)
def test_the_scan_agrees_on_any_lines(lines: list[str]) -> None:
    same_scan("\n".join(lines), "items")
