"""JSON objects laid out one list item per line: readable, diff-friendly and fast.

`json.dumps(..., indent=2)` runs the pure-Python encoder, which takes most of a second
for a plan of 10,000 actions. Here the top level is written by hand, small values go
through the C encoder on the line of their key, and long lists come as the JSON texts of
their items (see `Lines`), one per line. The value is the same JSON either way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TextIO

encode = json.JSONEncoder(ensure_ascii=False).encode
"""Compact JSON text of a value, non-ASCII characters kept as they are."""

quote = json.encoder.encode_basestring
"""The JSON string literal of a str (quotes and escapes), non-ASCII kept."""


@dataclass(frozen=True)
class Lines:
    """A list value given as the JSON texts of its items, written one item per line.

    `items` may be a lazy iterator: it is consumed once, while writing.
    """

    items: Iterable[str]


def json_chunks(payload: Mapping[str, Any]) -> Iterator[str]:
    """The JSON text of `payload`, in pieces, ending with a newline."""
    yield "{"
    first = True
    for key, value in payload.items():
        yield ("\n  " if first else ",\n  ") + quote(key) + ": "
        first = False
        if isinstance(value, Lines):
            yield from _list_lines(value.items)
        else:
            yield encode(value)
    yield "}\n" if first else "\n}\n"


def _list_lines(items: Iterable[str]) -> Iterator[str]:
    opened = False
    for item in items:
        yield ",\n    " + item if opened else "[\n    " + item
        opened = True
    yield "\n  ]" if opened else "[]"


def json_text(payload: Mapping[str, Any]) -> str:
    """`json_chunks` joined into one string."""
    return "".join(json_chunks(payload))


def write_json(stream: TextIO, payload: Mapping[str, Any]) -> None:
    """Write `payload` to `stream` a few hundred pieces at a time, so that a long list is
    never one string and the stream is not called once per item."""
    batch: list[str] = []
    for chunk in json_chunks(payload):
        batch.append(chunk)
        if len(batch) >= _BATCH:
            stream.write("".join(batch))
            batch.clear()
    stream.write("".join(batch))


_BATCH = 512
