"""Hypothesis strategies that write YAML text in many styles, for differential tests."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

_WORDS = st.sampled_from(
    [
        "a",
        "id",
        "title",
        "A01",
        "OG1.1",
        "2021-03",
        "2020-06-11",
        "no",
        "yes",
        "null",
        "Null",
        "~",
        "true",
        "False",
        "1",
        "-5",
        "+7",
        "007",
        "0x1F",
        "0o17",
        "1.5",
        "1e3",
        ".5",
        ".inf",
        "-.Inf",
        ".nan",
        "Област",
        "е-услуги",
        "a b",
        "a:b",
        "a #b",
        "x#y",
        "-x",
        "?x",
        ":x",
        "",
        " ",
        "a,b",
        "[x]",
        "{y}",
        "it's",
        'say "hi"',
        "back\\slash",
        "tab\there",
        "line\nbreak",
        "*ref",
        "&anc",
        "!tag",
        "%p",
        "@at",
        "`bt`",
        "|",
        ">",
        "- a",
        "a: b",
        "12345678901234567890123",
        "1" * 400,
        "é",
        "😀",
    ]
)
SCALARS = st.one_of(
    _WORDS,
    st.integers(min_value=-(10**6), max_value=10**6),
    st.booleans(),
    st.none(),
    st.text(alphabet="ab -:#,'\"[]{}\\1.", max_size=6),
)
KEYS = st.one_of(
    st.sampled_from(["id", "title", "bg", "en", "depends_on", "2021", "a b", "null", "1"]),
    st.text(alphabet="abcxyz_-.1", min_size=1, max_size=5),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(KEYS, inner, max_size=4),
    ),
    max_leaves=25,
)
DOCUMENTS = st.dictionaries(KEYS, VALUES, min_size=1, max_size=5)


def _scalar(value: Any, draw: st.DrawFn) -> str:
    if value is None:
        return draw(st.sampled_from(["null", "~", "", "Null"]))
    if isinstance(value, bool):
        return draw(st.sampled_from(["true", "True"] if value else ["false", "FALSE"]))
    if isinstance(value, int):
        return str(value)
    style = draw(st.sampled_from(["plain", "plain", "double", "single"]))
    if style == "double":
        return json.dumps(value, ensure_ascii=draw(st.booleans()))
    if style == "single":
        return "'" + str(value).replace("'", "''") + "'"
    return str(value)


def _comment(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(["", "", "", "  # note", " #c", "#x", " # a: b"]))


def flow(value: Any, draw: st.DrawFn, indent: int) -> str:
    """A value in flow style, sometimes across lines."""
    brk = "\n" + " " * (indent + draw(st.integers(0, 3)))
    sep = draw(st.sampled_from([", ", ",", " , ", "," + brk]))
    if isinstance(value, dict):
        items = [f"{_scalar(k, draw)}: {flow(v, draw, indent)}" for k, v in value.items()]
        tail = draw(st.sampled_from(["", "", ",", " "]))
        return "{" + draw(st.sampled_from(["", " "])) + sep.join(items) + tail + "}"
    if isinstance(value, list):
        return "[" + sep.join(flow(v, draw, indent) for v in value) + "]"
    return _scalar(value, draw)


def block(value: Any, draw: st.DrawFn, indent: int) -> list[str]:
    """A mapping or list in block style, one line per entry."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            head = f"{pad}{_scalar(key, draw)}:"
            lines.extend(_entry(head, item, draw, indent))
            if draw(st.integers(0, 6)) == 0:
                lines.append(draw(st.sampled_from(["", "# comment", pad + "  # indented"])))
        return lines
    for item in value:
        step = draw(st.integers(1, 3))
        if isinstance(item, dict) and item and draw(st.booleans()):
            inner = block(item, draw, indent + 1 + step)
            first = inner[0].lstrip(" ")
            lines.append(f"{pad}-{' ' * step}{first}")
            lines.extend(inner[1:])
        else:
            lines.extend(_entry(f"{pad}-", item, draw, indent))
    return lines


def _entry(head: str, item: Any, draw: st.DrawFn, indent: int) -> list[str]:
    if isinstance(item, dict | list) and item and draw(st.booleans()):
        indentless = isinstance(item, list) and not head.lstrip().startswith("-")
        step = 0 if indentless and draw(st.booleans()) else draw(st.integers(1, 4))
        return [head + _comment(draw), *block(item, draw, indent + step)]
    text = flow(item, draw, indent + 1)
    return [f"{head} {text}{_comment(draw)}"]


@st.composite
def yaml_texts(draw: st.DrawFn) -> str:
    """A YAML document holding a mapping, written in a random mix of styles."""
    document = draw(DOCUMENTS)
    lines = block(document, draw, 0)
    if draw(st.integers(0, 4)) == 0:
        lines.insert(0, draw(st.sampled_from(["# header", "", "---"])))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


_BODY = st.lists(st.sampled_from(["word", "two  words", "", "  more", "# x", "a: b", "end "]))


@st.composite
def scalar_texts(draw: st.DrawFn) -> str:
    """Entries with anchors, aliases and block scalars, in mappings and lists."""
    anchors: list[str] = []
    lines: list[str] = []
    for number in range(draw(st.integers(1, 8))):
        pad = " " * draw(st.sampled_from([0, 0, 2]))
        head = f"{pad}k{number}:"
        if pad:
            lines.append(f"w{number}:")
        if draw(st.booleans()):
            lines.append(f"{pad}k{number}:")
            head = f"{pad}{' ' * draw(st.integers(0, 2))}-"
        kind = draw(st.sampled_from(["plain", "anchor", "alias", "block", "flow-alias"]))
        if kind == "alias" and anchors:
            lines.append(f"{head} *{draw(st.sampled_from(anchors))}{_comment(draw)}")
        elif kind == "flow-alias" and anchors:
            lines.append(f"{head} [x, *{draw(st.sampled_from(anchors))}]")
        elif kind == "block":
            anchor = f"&b{number} " if draw(st.booleans()) else ""
            if anchor:
                anchors.append(f"b{number}")
            header = draw(st.sampled_from([">-", ">", "|", "|-", "|+", ">+", ">2", "> # c"]))
            lines.append(f"{head} {anchor}{header}")
            indent = len(head) - len(head.lstrip(" ")) + draw(st.integers(0, 3))
            body = [*draw(_BODY), "end"]
            lines.extend(" " * indent + b if b else " " * draw(st.integers(0, 4)) for b in body)
        else:
            anchor = f"&a{number} " if kind == "anchor" else ""
            if anchor:
                anchors.append(f"a{number}")
            value = draw(st.sampled_from(["v", "'q'", '"d"', "1", "~", "[1]"]))
            lines.append(f"{head} {anchor}{value}{_comment(draw)}")
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))


def example_texts() -> list[str]:
    """The text of every shipped data file and example case that is UTF-8 text."""
    from tests.conftest import CASES, DATA

    texts = []
    for path in sorted([*DATA.glob("*.yaml"), *CASES.glob("*/*/*.yaml")]):
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, IsADirectoryError):
            continue
    return texts
