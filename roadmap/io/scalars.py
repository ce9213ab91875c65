"""YAML 1.2 core scalars and keys for the reader: `2021-03`, `no` and `2020-06-11` stay
text; `true`, `null`, integers (`0o17` and `0x1F` too) and floats are resolved. Only the
core tags are allowed, never constructed: `!!python/object` is a diagnostic. A key that
reads as a float, a boolean or null stays text, and `<<` merges mappings.
"""

from __future__ import annotations

import math
import re
from typing import Any

from roadmap.texts import say

CORE = "tag:yaml.org,2002:"
_TYPED: dict[str, type] = {CORE + "int": int, CORE + "float": float, CORE + "bool": bool}
_TYPED[CORE + "null"] = type(None)
MERGE = object()
"""The key `<<`: the mapping or mappings after it are merged in."""


class ScalarError(ValueError):
    """A scalar with no value here; its code and message are the arguments."""


def resolve_tagged(tag: str, text: str) -> Any:
    """The value of a scalar with an explicit tag; only the core scalar tags are allowed."""
    if tag == CORE + "str":
        return text
    kind = _TYPED.get(tag)
    if kind is None:
        raise ScalarError("Y006", tag_message(tag))
    value = resolve_plain(text)
    if kind is float and type(value) is int:
        return float(value)
    if type(value) is not kind:
        raise ScalarError("Y006", say("Y006.invalid", text=text, tag=tag.removeprefix(CORE)))
    return value


def tag_message(tag: str) -> str:
    """The diagnostic for a tag that is not allowed."""
    return say("Y006", tag=tag.replace(CORE, "!!"))


_INT = re.compile(r"^[-+]?[0-9]+$")
_OCT = re.compile(r"^0o[0-7]+$")
_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_WORDS: dict[str, Any] = {"": None, "~": None}
for _value, _spellings in (
    (None, "null Null NULL"),
    (True, "true True TRUE"),
    (False, "false False FALSE"),
    (math.inf, ".inf .Inf .INF +.inf +.Inf +.INF"),
    (-math.inf, "-.inf -.Inf -.INF"),
    (math.nan, ".nan .NaN .NAN"),
):
    _WORDS.update(dict.fromkeys(_spellings.split(), _value))


def resolve_plain(text: str) -> Any:
    """A plain scalar's value under the YAML 1.2 core schema; raises ScalarError
    (Y010) for a number too large or too long to hold."""
    if text in _WORDS:
        return _WORDS[text]
    if text[0] not in "0123456789+-.":
        return text
    try:
        if _INT.match(text):
            return int(text)
        if _OCT.match(text):
            return int(text[2:], 8)
        if _HEX.match(text):
            return int(text[2:], 16)
    except ValueError as exc:
        raise ScalarError("Y010", say("Y010.digits", text=text[:20])) from exc
    if _FLOAT.match(text):
        number = float(text)
        if math.isinf(number):
            raise ScalarError("Y010", say("Y010.large", text=text[:20]))
        return number
    return text


def merges(event: Any) -> bool:
    """Whether a scalar key is `<<` (plain, or tagged !!merge), which merges mappings in."""
    tag = event.tag
    return tag == CORE + "merge" or (
        event.value == "<<" and event.implicit[0] and tag in (None, "!")
    )


def key_of(event: Any, value: Any) -> Any:
    """A scalar as a mapping key: `<<` merges; a float, boolean or null stays text."""
    if merges(event):
        return MERGE
    return event.value if isinstance(value, float | bool) or value is None else value
