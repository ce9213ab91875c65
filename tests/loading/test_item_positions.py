"""Locating inside one cut-out item gives what the whole position table gives, or None."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

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
