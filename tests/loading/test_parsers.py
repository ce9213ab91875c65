"""The YAML reader, run with each parser: same values, same positions, same diagnostics."""

from __future__ import annotations

import pytest

from roadmap.loading.yaml_reader import PARSERS, Document, Parser, read_text

PARSER_CHOICES = [p for p in PARSERS if p != "fast"]


def _read(text: str | bytes, parser: Parser) -> Document:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return read_text("f.yaml", raw, parser)


@pytest.fixture(params=PARSER_CHOICES)
def parser(request: pytest.FixtureRequest) -> Parser:
    chosen: Parser = request.param
    return chosen


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\nb: [x, 2021-03]\n", {"a": 1, "b": ["x", "2021-03"]}),
        (
            "a: no\nb: ~\nc: true\nd: 0x1F\ne: 1.5\n",
            {"a": "no", "b": None, "c": True, "d": 31, "e": 1.5},
        ),
        ("t: {bg: \"Об\", en: 'it''s'}\n", {"t": {"bg": "Об", "en": "it's"}}),
        ("caps: {2021: 5, 2022: 6}\n", {"caps": {2021: 5, 2022: 6}}),
        ("l:\n- a\n- b: 1\n  c: 2\n", {"l": ["a", {"b": 1, "c": 2}]}),
        ('d: "a\\tb\\u00e9"  # c\n', {"d": "a\tbé"}),
        ("k: {a: 1,\n    b: [1,\n      2]}\n", {"k": {"a": 1, "b": [1, 2]}}),
        ("a: &x [1]\nb: *x\n", {"a": [1], "b": [1]}),
        ("base: &b {x: 1}\nm:\n  <<: *b\n  y: 2\n", {"base": {"x": 1}, "m": {"y": 2, "x": 1}}),
        ("\ufeffa: 1\r\nb: 2\r\n", {"a": 1, "b": 2}),
    ],
)
def test_values(parser: Parser, text: str, expected: object) -> None:
    doc = _read(text, parser)
    assert doc.problems == []
    assert doc.data == expected


@pytest.mark.parametrize(
    ("raw", "code", "line", "column"),
    [
        (b"a: 1\na: 2\n", "Y005", 2, 1),
        (b"a: !!python/object:os.system x\n", "Y006", 1, 4),
        (b"a:\n\t- 1\n", "Y001", 2, 1),
        (b"", "Y008", 1, 1),
        (b"# only a comment\n", "Y008", 1, 1),
        (b"a: [1, 2\n", "Y001", 2, 1),
        (b"a: \xff\n", "Y002", 1, 4),
        (b"\xff\xfea\x00", "Y002", 1, 1),
        (b"a: 1\x00\n", "Y003", 1, 5),
        (b"a: 1" + b"0" * 5000 + b"\n", "Y010", 1, 4),
        (b"a: 1e999\n", "Y010", 1, 4),
        (b"a: &a [*a]\n", "Y007", 1, 4),
        (b"[a]: 1\n", "Y009", 1, 1),
        (b"a: {b: 1, b: 2}\n", "Y005", 1, 11),
    ],
)
def test_diagnostics(parser: Parser, raw: bytes, code: str, line: int, column: int) -> None:
    doc = _read(raw, parser)
    assert [(d.code, d.line, d.column) for d in doc.problems] == [(code, line, column)]
    assert doc.data is None


def test_alias_bomb_is_refused(parser: Parser) -> None:
    rows = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    rows += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 8)]
    doc = _read("\n".join(rows) + "\n", parser)
    assert [d.code for d in doc.problems] == ["Y007"]


TEXT = """\
id: demo
name: {bg: "Демо", en: "Demo"}
actions:
  - id: A01
    depends_on: [A00, {id: B, lag_months: 1}]
    title:
      en: "x"
caps: {2021: 500}
"""


@pytest.mark.parametrize(
    ("loc", "key", "expected"),
    [
        ((), False, (1, 1)),
        (("id",), False, (1, 5)),
        (("id",), True, (1, 1)),
        (("name", "en"), False, (2, 24)),
        (("name", "en"), True, (2, 20)),
        (("actions",), False, (4, 3)),
        (("actions", 0), False, (4, 5)),
        (("actions", 0), True, (4, 5)),
        (("actions", 0, "depends_on", 1, "mapping", "lag_months"), False, (5, 43)),
        (("actions", 0, "depends_on", 7), False, (5, 17)),
        (("actions", 0, "title", "en"), True, (7, 7)),
        (("actions", 0, "nope"), True, (4, 5)),
        (("caps", 2021), False, (8, 14)),
        (("caps", 2021, "[key]"), True, (8, 8)),
    ],
)
def test_locate(parser: Parser, loc: tuple[object, ...], key: bool, expected: object) -> None:
    doc = _read(TEXT, parser)
    assert doc.locate(loc, key=key) == expected


def test_positions_are_worked_out_once_and_only_on_demand() -> None:
    doc = _read(TEXT, "auto")
    assert doc.text is not None
    first = doc.positions
    assert first is not None
    assert doc.positions is first
    assert len(first) > 10


def test_a_file_that_did_not_parse_points_at_its_start(parser: Parser) -> None:
    doc = _read(b"a: [1\n", parser)
    assert doc.locate(("a", 0)) == (1, 1)
