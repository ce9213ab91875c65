"""The values of a regular YAML file, from one regular expression over all its lines.

Generated and hand-kept data files are mostly lines of one of a few shapes: `key:`,
`key: value`, `- key: value`, `- value`, where a value is a plain word, a quoted
string without escapes, or a flow collection on one line. One `findall` splits every
line of the text into indent, dash, key and rest in C, and a loop with a stack of open
collections builds the values: a few tuple operations per line instead of a parser's
calls. Plain scalars that repeat (`status: proposed`) are resolved once, and flow
collections that repeat (`[OG1]`, `{impact: 3, readiness: 4}`) are read once and
copied.

It answers only for values (a diagnostic's positions come from the parsers that keep
them), and it is stricter than the line parser of roadmap.loading.fast_yaml, which it
sits in front of: any line of another shape (comments after a value, anchors, block
scalars, keys that are not identifiers, flow across lines, empty values, anything
indented in an unexpected way) raises OutsideSubsetError, and the caller reads the file
with the line parser instead. So wherever it answers, the two agree (tested on
generated documents in tests/loading/test_fast_lines.py).
"""

from __future__ import annotations

import re
from typing import Any

from roadmap.loading.errors import OutsideSubsetError
from roadmap.loading.fast_scalars import PLAIN_START_BAD, plain_value

__all__ = ["values"]

_LINE = re.compile(r"^( *)(- +)?(?:([A-Za-z_][A-Za-z0-9_]*):(?: +|$))?(.*)$", re.MULTILINE)
_DOUBLE = re.compile(r'"([^"\\]*)" *')
_SINGLE = re.compile(r"'([^']*)' *")
_TOKEN = re.compile(r' *(?:([\[\]{},])|([A-Za-z_][A-Za-z0-9_]*): +|("[^"\\]*")|(\w[\w.\- ]*)|(.))')
_MAX_DEPTH = 50
_MISSING = object()
_NOT_FLAT = re.compile(r"[\[\]{}#\\']")
_BRACED = re.compile(r"(\{[^{}\[\]]*\})")
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def values(text: str) -> dict[str, Any]:
    """The values of `text`, a YAML mapping in the regular subset; else
    OutsideSubsetError."""
    return _Reader().read(text)


class _Reader:
    def __init__(self) -> None:
        self.scalars: dict[str, Any] = {}
        """Each scalar text read so far and its value (they are immutable)."""
        self.flows: dict[str, tuple[Any, bool]] = {}
        """Each flow text read so far, its value, and whether it nests collections."""

    def read(self, text: str) -> dict[str, Any]:
        root: dict[str, Any] = {}
        indents = [0]
        opened: list[Any] = [root]
        top: Any = root
        top_indent = 0
        in_list = False
        pending: tuple[dict[str, Any], str, int] | None = None
        scalars, value = self.scalars, self.value
        for spaces, dash, key, rest in _LINE.findall(text):
            if not dash and not key:
                if not rest or rest[0] == "#":
                    continue
                raise OutsideSubsetError("a line that is neither a key nor an item")
            indent = len(spaces)
            if pending is not None:
                owner, name, at = pending
                pending = None
                if indent < at or (indent == at and not dash):
                    raise OutsideSubsetError("an empty value")
                top = owner[name] = [] if dash else {}
                in_list = bool(dash)
                top_indent = indent
                indents.append(indent)
                opened.append(top)
                if len(opened) > _MAX_DEPTH:
                    raise OutsideSubsetError("deep")
            elif indent != top_indent or (in_list and not dash):
                while indent < top_indent or (indent == top_indent and in_list and not dash):
                    indents.pop()
                    opened.pop()
                    top, top_indent = opened[-1], indents[-1]
                    in_list = type(top) is list
                if indent != top_indent:
                    raise OutsideSubsetError("indentation")
            if dash:
                if not in_list:
                    raise OutsideSubsetError("an item where a key belongs")
                if not key:
                    found = scalars.get(rest, _MISSING)
                    top.append(value(rest) if found is _MISSING else found)
                    continue
                mapping: dict[str, Any] = {}
                top.append(mapping)
                top = mapping
                in_list = False
                top_indent = indent + len(dash)
                indents.append(top_indent)
                opened.append(top)
                if len(opened) > _MAX_DEPTH:
                    raise OutsideSubsetError("deep")
            elif in_list or not key:
                raise OutsideSubsetError("a key where an item belongs")
            if key in top:
                raise OutsideSubsetError("a duplicate key")
            if rest:
                found = scalars.get(rest, _MISSING)
                top[key] = value(rest) if found is _MISSING else found
            else:
                pending = (top, key, top_indent)
        if pending is not None or not root:
            raise OutsideSubsetError("an empty value or document")
        return root

    def value(self, rest: str) -> Any:
        """The value of the rest of a line after `key: ` or `- `, read for the first time."""
        if not rest:
            raise OutsideSubsetError("an empty item")
        if rest[0] in "[{":
            return self.flow(rest)
        found = self.scalar(rest)
        if found is _MISSING:
            raise OutsideSubsetError("a scalar outside the regular shapes")
        return found

    def scalar(self, text: str) -> Any:
        """A quoted scalar without escapes, or a plain one without `#` or `:`; _MISSING
        for any other text. In a flow collection the caller has ruled out `,[]{}`."""
        found = self.scalars.get(text, _MISSING)
        if found is not _MISSING:
            return found
        if not text:
            return _MISSING
        first = text[0]
        if first in "\"'":
            quoted = (_DOUBLE if first == '"' else _SINGLE).fullmatch(text)
            if quoted is None:
                return _MISSING
            found = quoted.group(1)
        elif (
            first in PLAIN_START_BAD
            or (first == "-" and text[1:2] in ("", " "))
            or "#" in text
            or ":" in text
            or '"' in text
        ):
            return _MISSING
        else:
            found = plain_value(text.rstrip(" "))
        self.scalars[text] = found
        return found

    def flow(self, rest: str) -> Any:
        """A flow collection that fills the rest of its line."""
        known = self.flows.get(rest)
        if known is None:
            text = rest.rstrip(" ")
            found = self.flat(text)
            if found is None and text[0] == "[":
                found = self.flat_mappings(text)
                if found is not None:
                    found = self.flows[rest] = found, True
                    return _copy(found[0])
            if found is not None:
                known = self.flows[rest] = found, False
            else:
                tokens = _TOKEN.findall(text)
                try:
                    found, end = self.node(tokens, 0, 0)
                except IndexError as exc:
                    raise OutsideSubsetError("an unclosed flow collection") from exc
                if end != len(tokens):
                    raise OutsideSubsetError("text after a flow collection")
                known = self.flows[rest] = found, True
        found, nested = known
        return _copy(found) if nested else found.copy()

    def flat(self, text: str) -> Any:
        """A flow collection of scalars without commas in them, split in C; None for
        any other, which the tokenizer reads."""
        inner = text[1:-1]
        if text[-1] != ("]" if text[0] == "[" else "}") or _NOT_FLAT.search(inner):
            return None
        scalar = self.scalar
        if not inner.strip(" "):
            return [] if text[0] == "[" else {}
        if text[0] == "[":
            items = [scalar(part.strip(" ")) for part in inner.split(",")]
            return None if _MISSING in items else items
        pairs = {}
        for part in inner.split(","):
            key, colon, rest = part.partition(": ")
            key = key.strip(" ")
            if not colon or key in pairs or _KEY.fullmatch(key) is None:
                return None
            found = pairs[key] = scalar(rest.strip(" "))
            if found is _MISSING:
                return None
        return pairs

    def flat_mappings(self, text: str) -> list[Any] | None:
        """A flow sequence of flat flow mappings (`[{source: x, amount_eur: 5}]`); None
        for any other."""
        if text[-1] != "]":
            return None
        parts = _BRACED.split(text[1:-1])
        if len(parts) < 3 or parts[0].strip(" ") or parts[-1].strip(" "):
            return None
        items = []
        for at in range(1, len(parts), 2):
            found = self.flat(parts[at])
            if found is None or (at > 1 and parts[at - 1].strip(" ") != ","):
                return None
            items.append(found)
        return items

    def node(self, tokens: list[tuple[str, ...]], at: int, depth: int) -> tuple[Any, int]:
        """The flow node whose first token is `tokens[at]`, and the index after it."""
        punct, _, double, plain, _ = tokens[at]
        if double:
            return double[1:-1], at + 1
        if plain:
            return plain_value(plain.rstrip(" ")), at + 1
        if depth > _MAX_DEPTH or punct not in ("[", "{"):
            raise OutsideSubsetError("a flow token out of place")
        if punct == "[":
            items: list[Any] = []
            if tokens[at + 1][0] == "]":
                return items, at + 2
            while True:
                item, at = self.node(tokens, at + 1, depth + 1)
                items.append(item)
                after = tokens[at][0]
                if after == "]":
                    return items, at + 1
                if after != ",":
                    raise OutsideSubsetError("a flow sequence")
        pairs: dict[str, Any] = {}
        if tokens[at + 1][0] == "}":
            return pairs, at + 2
        while True:
            key = tokens[at + 1][1]
            if not key or key in pairs:
                raise OutsideSubsetError("a flow mapping key")
            pairs[key], at = self.node(tokens, at + 2, depth + 1)
            after = tokens[at][0]
            if after == "}":
                return pairs, at + 1
            if after != ",":
                raise OutsideSubsetError("a flow mapping")


def _copy(value: Any) -> Any:
    """A fresh copy of a flow collection, so that no two places share one."""
    if type(value) is list:
        return [_copy(item) if type(item) in (list, dict) else item for item in value]
    if type(value) is dict:
        return {k: _copy(v) if type(v) in (list, dict) else v for k, v in value.items()}
    return value
