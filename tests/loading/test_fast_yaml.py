"""The fast parser either gives up or agrees with the PyYAML path, values and positions."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap.loading import fast_yaml
from roadmap.loading.yaml_reader import Document, decode, read_text
from tests.conftest import CASES
from tests.loading.yaml_gen import scalar_texts, yaml_texts

ROOT = Path(__file__).resolve().parents[2]


def _reference(text: str) -> Document:
    return read_text("f.yaml", text.encode("utf-8"), "pyyaml")


def _agrees(text: str) -> bool:
    """True when the fast parser answered (and then it must match the reference).

    Without positions it may answer by another way (roadmap.loading.fast_lines), which
    must then give up exactly where the line parser gives up.
    """
    try:
        data, table = fast_yaml.parse(text)
    except fast_yaml.OutsideSubsetError:
        with pytest.raises(fast_yaml.OutsideSubsetError):
            fast_yaml.parse(text, positions=False)
        return False
    reference = _reference(text)
    assert reference.problems == [], (text, reference.problems)
    assert data == reference.data, text
    assert table == reference.positions, text
    values_only, no_table = fast_yaml.parse(text, positions=False)
    assert values_only == data
    assert no_table is None
    return True


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_texts())
def test_fast_parser_agrees_with_pyyaml_on_generated_documents(text: str) -> None:
    _agrees(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scalar_texts())
def test_fast_parser_agrees_on_anchors_aliases_and_block_scalars(text: str) -> None:
    _agrees(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab1 :-#,'\"[]{}\n.&*!|>?", max_size=40))
def test_fast_parser_agrees_with_pyyaml_on_arbitrary_text(text: str) -> None:
    _agrees("k: " + text)
    _agrees(text)


@pytest.mark.parametrize(
    "folder",
    sorted(p for p in CASES.glob("*/*") if p.is_dir()),
    ids=lambda p: p.name,
)
def test_fast_parser_reads_the_example_files(folder: Path) -> None:
    """Valid cases are read on the fast path (merge keys aside, which go to PyYAML);
    invalid ones agree or go to PyYAML."""
    for path in sorted(folder.glob("*.yaml")):
        if path.name == "expected.yaml":
            continue
        try:
            text = decode(path.read_bytes())
        except (UnicodeDecodeError, IsADirectoryError):
            continue
        accepted = _agrees(text)
        if folder.parent.name == "valid" and "<<:" not in text:
            assert accepted, path


def test_fast_parser_reads_a_generated_portfolio(tmp_path: Path) -> None:
    from benchmarks.portfolio import write_portfolio

    write_portfolio(tmp_path, 50, seed=3)
    for path in sorted(tmp_path.glob("*.yaml")):
        assert _agrees(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1]\nb: *x\n",
        "a: *x\n",
        "a: !!str 1\n",
        "a: |\n  text\n",
        "a: >\n  text\n",
        "a: plain\n  continued\n",
        "a:\nb: 1\n",
        "a: 1\na: 2\n",
        "a:\n\t- 1\n",
        "--- \na: 1\n",
        "- 1\n",
        "",
        "a: 123456789012345678901234567890e999\n",
        "a: {b: 1, b: 2}\n",
        'a: "multi\n  line"\n',
        "a: [1, 2\n",
        "<<: {a: 1}\n",
    ],
)
def test_fast_parser_leaves_the_rest_to_pyyaml(text: str) -> None:
    with pytest.raises(fast_yaml.OutsideSubsetError):
        fast_yaml.parse(text)
