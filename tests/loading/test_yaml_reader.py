"""Reading YAML: values, positions, and a diagnostic (never an exception) for bad input."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.loading.yaml_reader import MAX_DEPTH, read_text


def _codes(raw: bytes) -> list[str]:
    return [d.code for d in read_text("f.yaml", raw).problems]


def test_plain_scalars_follow_the_yaml_12_core_schema() -> None:
    doc = read_text(
        "f.yaml",
        b"a: no\nb: 2021-03\nc: 2020-06-11\nd: 0x1F\ne: 0o17\nf: 1e3\ng: ~\nh: true\n"
        b"i: .inf\nj: -7\nk: '12'\nl: Yes\n",
    )
    assert doc.problems == []
    assert doc.data == {
        "a": "no",
        "b": "2021-03",
        "c": "2020-06-11",
        "d": 31,
        "e": 15,
        "f": 1000.0,
        "g": None,
        "h": True,
        "i": math.inf,
        "j": -7,
        "k": "12",
        "l": "Yes",
    }


def test_explicit_core_tags_are_honoured_and_checked() -> None:
    assert read_text("f.yaml", b"a: !!str 5\nb: !!float 2\n").data == {"a": "5", "b": 2.0}
    assert _codes(b"a: !!int five\n") == ["Y006"]


def test_bom_and_crlf_are_accepted_and_positions_stay_right() -> None:
    doc = read_text("f.yaml", b"\xef\xbb\xbfa: 1\r\nb:\r\n  c: 2\r\n")
    assert doc.problems == []
    assert doc.data == {"a": 1, "b": {"c": 2}}
    assert doc.locate(("b", "c")) == (3, 6)
    assert doc.locate(("b", "c"), key=True) == (3, 3)


def test_locate_falls_back_to_the_nearest_node_and_skips_union_tags() -> None:
    doc = read_text("f.yaml", b"items:\n  - {id: A, deps: [B]}\n")
    assert doc.locate(("items", 0, "deps", 0, "id")) == (2, 20)
    assert doc.locate(("items", 0, "missing")) == (2, 5)
    assert doc.locate(("items", 7)) == (2, 3)
    assert doc.locate(("items", 0, "mapping", "id")) == (2, 10)


def test_merge_keys_give_values_and_positions_of_their_source() -> None:
    doc = read_text("f.yaml", b"base: &b {lead: city, cost: 1}\nitem:\n  <<: *b\n  cost: 2\n")
    assert doc.data["item"] == {"lead": "city", "cost": 2}
    assert doc.locate(("item", "lead")) == (1, 17)
    assert doc.locate(("item", "cost")) == (4, 9)


def test_duplicate_key_names_the_first_line() -> None:
    [problem] = read_text("f.yaml", b"a: 1\nb: 2\na: 3\n").problems
    assert (problem.code, problem.line, problem.column) == ("Y005", 3, 1)
    assert "first given on line 1" in problem.message


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"a: [1\n", "Y001"),
        (b"a:\n\tb: 1\n", "Y001"),
        (b"a: \xff\n", "Y002"),
        ("a: 1\n".encode("utf-16"), "Y002"),
        (b"a: 1\x00\n", "Y003"),
        (b"a: " + b"[" * (MAX_DEPTH + 50) + b"]" * (MAX_DEPTH + 50) + b"\n", "Y004"),
        (b"a: !!python/object:os.system {}\n", "Y006"),
        (b"a: !custom 1\n", "Y006"),
        (b"a: &a [*a]\n", "Y007"),
        (b"", "Y008"),
        (b"# only a comment\n\n", "Y008"),
        (b"? [a]\n: 1\n", "Y009"),
        (b"a: {<<: 5}\n", "Y009"),
        (b"a: " + b"9" * 5000 + b"\n", "Y010"),
        (b"a: 1e999\n", "Y010"),
    ],
)
def test_each_syntax_problem_has_its_code(raw: bytes, code: str) -> None:
    assert _codes(raw) == [code]


def test_alias_bomb_is_refused_quickly() -> None:
    levels = [b"l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    for k in range(1, 9):
        levels.append(f"l{k}: &l{k} [".encode() + b", ".join([f"*l{k - 1}".encode()] * 10) + b"]")
    assert _codes(b"\n".join(levels) + b"\n") == ["Y007"]


def test_tab_message_says_to_use_spaces() -> None:
    [problem] = read_text("f.yaml", b"a:\n\tb: 1\n").problems
    assert "indent YAML with spaces" in problem.message
    assert problem.line == 2


_yamlish = st.text(
    alphabet="{}[]:,-&*!|>'\"\n\t #<?%@`~.eE0123456789abAB\x00\ufeffé\r",
    max_size=120,
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_yamlish, st.text(max_size=200)))
def test_any_text_gives_a_document_never_an_exception(text: str) -> None:
    doc = read_text("f.yaml", text.encode("utf-8", "surrogatepass"))
    for problem in doc.problems:
        assert problem.code.startswith("Y") and problem.line >= 1 and problem.column >= 1
    if doc.problems:
        assert doc.data is None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_a_document_never_an_exception(raw: bytes) -> None:
    doc = read_text("f.yaml", raw)
    assert all(p.code.startswith("Y") for p in doc.problems)
    if doc.problems:
        assert doc.data is None
