"""The regular-lines reader answers only where the line parser answers, with its values."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap.loading import fast_lines, fast_yaml
from roadmap.loading.errors import OutsideSubsetError
from tests.loading.yaml_gen import example_texts

_KEYS = st.sampled_from(["id", "title", "a", "b", "kpis", "null", "true", "_x", "K1", "a1"])
_GOOD_SCALARS = st.sampled_from(
    [
        "A01",
        "proposed",
        "2021-03",
        "1500000",
        "-5",
        "+7",
        "007",
        "0x1F",
        "1.5",
        "1e3",
        ".5",
        "null",
        "~",
        "True",
        "no",
        "a b",
        "a  b ",
        "-x",
        "Област",
        '"quoted"',
        '""',
        '"a, b"',
        '"a: b"',
        "'single'",
    ]
)
_ODD_SCALARS = st.sampled_from(
    [
        "- x",
        "x#y",
        "a #b",
        "a:b",
        "a: b",
        '"back\\\\slash"',
        '"say \\"hi\\""',
        "'it''s'",
        "&anchor x",
        "*alias",
        "!tag x",
        "|",
        "?x",
        "1e999",
    ]
)
_GOOD_FLOWS = st.sampled_from(
    [
        "[]",
        "{}",
        "[ ]",
        "[OG1]",
        "[OG1, OG2]",
        "[a b, 1, null, -5]",
        '["x, y", z]',
        "{impact: 4, readiness: 2}",
        '{bg: "цифров близнак", en: "digital twin"}',
        "[{source: f1, amount_eur: 5, status: planned}]",
        "[{a: 1}, {b: 2}]",
        "{a: [1, 2], b: {c: d}}",
        "[[1, 2], [3]]",
    ]
)
_ODD_FLOWS = st.sampled_from(
    [
        "[a, ]",
        "[, a]",
        "[a,b]",
        "{a: 1, a: 2}",
        "{a:1}",
        "{a: }",
        "{a: b: c}",
        "[{a: 1} {b: 2}]",
        "[{a: 1}, x]",
        "[a: 1]",
        "[a] # note",
        "[a",
        "[a]]",
        "{a: 1}}",
        "[a, 'b']",
    ]
)

_SCALARS = st.one_of(*[_GOOD_SCALARS] * 15, _ODD_SCALARS)
_FLOWS = st.one_of(*[_GOOD_FLOWS] * 8, _ODD_FLOWS)


@st.composite
def regular_documents(draw: st.DrawFn) -> str:
    """A YAML text mostly of the regular shapes, with some lines that are not."""
    lines: list[str] = []

    def mapping(indent: int, depth: int, first_prefix: str | None = None) -> None:
        unique = draw(st.sampled_from([True] * 5 + [False]))
        keys = draw(st.lists(_KEYS, min_size=1, max_size=4, unique=unique))
        for n, key in enumerate(keys):
            pad = first_prefix if (n == 0 and first_prefix is not None) else " " * indent
            kinds = ["scalar", "scalar", "flow", "map", "seq", "compact"] * 3 + ["empty"]
            kind = draw(st.sampled_from(kinds))
            if depth > 2 and kind in ("map", "seq", "compact"):
                kind = "scalar"
            if kind == "scalar":
                lines.append(f"{pad}{key}: {draw(_SCALARS)}")
            elif kind == "flow":
                lines.append(f"{pad}{key}: {draw(_FLOWS)}")
            elif kind == "empty":
                lines.append(f"{pad}{key}:")
            else:
                lines.append(f"{pad}{key}:")
                sequence(indent + (0 if kind == "compact" else 2), depth + 1, kind)

    def sequence(indent: int, depth: int, kind: str) -> None:
        if kind == "map":
            mapping(indent, depth)
            return
        for _ in range(draw(st.integers(1, 3))):
            item = draw(st.sampled_from(["mapping", "scalar", "flow"]))
            if item == "mapping":
                mapping(indent + 2, depth + 1, first_prefix=" " * indent + "- ")
            elif item == "scalar":
                lines.append(" " * indent + "- " + draw(_SCALARS))
            else:
                lines.append(" " * indent + "- " + draw(_FLOWS))

    mapping(0, 0)
    for _ in range(draw(st.sampled_from([0, 0, 1, 2]))):
        at = draw(st.integers(0, len(lines)))
        change = draw(st.sampled_from(["comment", "blank", "indent", "dedent", "lone dash"]))
        if change == "comment":
            lines.insert(at, " " * draw(st.integers(0, 4)) + "# note")
        elif change == "blank":
            lines.insert(at, "   ")
        elif change == "lone dash":
            lines.insert(at, "  -")
        elif at < len(lines):
            lines[at] = (" " + lines[at]) if change == "indent" else lines[at][1:]
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


def _same_answer(text: str) -> bool:
    """Both readers give up, or both answer with equal values; True if they answered."""
    try:
        expected = fast_yaml.BlockParser(text, positions=False).document()
    except OutsideSubsetError:
        with pytest.raises(OutsideSubsetError):
            fast_lines.values(text)
        return False
    try:
        found = fast_lines.values(text)
    except OutsideSubsetError:
        return False
    assert found == expected, text
    return True


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(regular_documents())
def test_it_answers_only_where_the_line_parser_does_and_agrees(text: str) -> None:
    _same_answer(text)


def test_the_generated_documents_reach_both_outcomes() -> None:
    """The property above means something only if many documents are answered."""
    answered = []

    @settings(max_examples=300, deadline=None, database=None)
    @given(regular_documents())
    def collect(text: str) -> None:
        answered.append(_same_answer(text))

    collect()
    assert 0.15 < sum(answered) / len(answered) < 0.95


def test_it_reads_a_generated_portfolio(tmp_path: Path) -> None:
    from benchmarks.portfolio import write_portfolio

    write_portfolio(tmp_path, 60, seed=5)
    for name in ("actions.yaml", "goals.yaml"):  # the large ones; strategy has year keys
        assert _same_answer((tmp_path / name).read_text(encoding="utf-8")), name


def test_repeated_flow_collections_are_not_shared() -> None:
    found = fast_lines.values(
        "actions:\n  - funding: [{a: 1}]\n    goals: [OG1]\n  - funding: [{a: 1}]\n"
        "    goals: [OG1]\n"
    )
    first, second = found["actions"]
    assert first == second
    assert first["funding"] is not second["funding"]
    assert first["funding"][0] is not second["funding"][0]
    assert first["goals"] is not second["goals"]


@pytest.mark.parametrize(
    "text",
    [
        "a: 1 # note\n",
        "a: &x 1\nb: *x\n",
        "a: |\n  text\n",
        "'a': 1\n",
        "a b: 1\n",
        "a: [1,\n  2]\n",
        "a:\nb: 1\n",
        "a:\n",
        "a: 1\n  b: 2\n",
        "a: 1\na: 2\n",
        "a:\n  - - x\n",
        'a: "esc\\n"\n',
        "- a\n",
        "  a: 1\n",
        "",
        "# only a comment\n",
        "a:\n  - x\n b: 1\n",
    ],
)
def test_it_hands_other_shapes_on(text: str) -> None:
    with pytest.raises(OutsideSubsetError):
        fast_lines.values(text)


def test_the_shipped_and_example_files_agree() -> None:
    texts = [t for t in example_texts() if not fast_yaml._BAIL_CHARS.search(t)]
    assert sum(_same_answer(text) for text in texts) > 0
