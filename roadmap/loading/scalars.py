"""Plain scalars under the YAML 1.2 core schema, shared by both YAML parsers.

`2021-03` stays text, `no` stays text and `2020-06-11` is not turned into a date;
`true`, `null`, integers (decimal, `0o` octal, `0x` hex) and floats are resolved.
"""

from __future__ import annotations

import math
import re
from typing import Any

_INT_RE = re.compile(r"^[-+]?[0-9]+$")
_OCT_RE = re.compile(r"^0o[0-7]+$")
_HEX_RE = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT_RE = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUES = frozenset({"true", "True", "TRUE"})
_FALSES = frozenset({"false", "False", "FALSE"})
_INFS = frozenset({".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"})
_NEG_INFS = frozenset({"-.inf", "-.Inf", "-.INF"})
_NANS = frozenset({".nan", ".NaN", ".NAN"})
_NUMERIC_START = frozenset("0123456789+-.")


class NumberError(ValueError):
    """A plain scalar that looks like a number too large or too long to hold."""


def resolve_plain(value: str) -> Any:
    """A plain scalar's value. Raises NumberError for numbers that cannot be held."""
    if value in _NULLS:
        return None
    if value in _TRUES:
        return True
    if value in _FALSES:
        return False
    if value[0] not in _NUMERIC_START:
        return value
    try:
        if _INT_RE.match(value):
            return int(value)
        if _OCT_RE.match(value):
            return int(value[2:], 8)
        if _HEX_RE.match(value):
            return int(value[2:], 16)
    except ValueError as exc:
        raise NumberError(f"the number '{value[:20]}...' has too many digits") from exc
    if _FLOAT_RE.match(value):
        number = float(value)
        if math.isinf(number):
            raise NumberError(f"the number '{value[:20]}' is too large")
        return number
    if value in _INFS:
        return math.inf
    if value in _NEG_INFS:
        return -math.inf
    if value in _NANS:
        return math.nan
    return value
