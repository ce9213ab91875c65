"""Values from PyYAML's node tree: remembered plain scalars and keys change nothing."""

from __future__ import annotations

import pytest

from roadmap.loading import pyyaml_path
from roadmap.loading.node_values import MAX_DEPTH, ValueBuilder, YamlError


def _values(text: str) -> object:
    root = pyyaml_path.compose(text)
    assert root is not None
    return ValueBuilder("f.yaml", aliases="&" in text).build(root)


def test_repeated_plain_scalars_and_keys_resolve_as_the_first_time() -> None:
    text = "".join(
        f"- {{id: A{i}, n: 007, x: 1e3, f: false, s: proposed, q: '007', 1: one, true: t}}\n"
        for i in range(3)
    )
    first = {"n": 7, "x": 1000.0, "f": False, "s": "proposed", "q": "007", 1: "one", "true": "t"}
    assert _values(text) == [{"id": f"A{i}", **first} for i in range(3)]


def test_a_remembered_key_is_still_a_duplicate_and_named_at_its_first_line() -> None:
    text = "a: {k: 1, j: 2}\nb:\n  j: 1\n  k: 2\n  j: 3\n"
    with pytest.raises(YamlError) as raised:
        _values(text)
    assert raised.value.code == "Y005"
    assert "first given on line 3" in raised.value.message
    assert raised.value.node.start_mark.line == 4


def test_keys_that_resolve_alike_are_duplicates() -> None:
    with pytest.raises(YamlError) as raised:
        _values("1: a\n01: b\n")
    assert raised.value.code == "Y005"
    assert "first given on line 1" in raised.value.message


def test_a_merge_key_is_never_remembered_as_a_key() -> None:
    text = "base: &b {lead: city}\nx: {<<: *b, cost: 1}\ny: {<<: *b, '<<': quoted}\n"
    assert _values(text) == {
        "base": {"lead": "city"},
        "x": {"lead": "city", "cost": 1},
        "y": {"lead": "city", "<<": "quoted"},
    }


def test_a_number_too_large_is_refused_each_time_it_appears() -> None:
    for text in ("a: 1e999\n", "a: x\nb: 1e999\n", "- 1e999\n"):
        with pytest.raises(YamlError) as raised:
            _values(text)
        assert raised.value.code == "Y010"


def test_scalars_at_the_depth_limit_are_refused() -> None:
    deep = "a: " + "[" * MAX_DEPTH + "1" + "]" * MAX_DEPTH + "\n"
    with pytest.raises(YamlError) as raised:
        _values(deep)
    assert raised.value.code == "Y004"
    shallow = "a: " + "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1) + "\n"
    assert _values(shallow) is not None
