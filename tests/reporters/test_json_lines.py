"""The one-item-per-line JSON layout holds the same value as `json.dumps`."""

from __future__ import annotations

import io
import json

from roadmap.reporters.json_lines import Lines, encode, json_text, write_json


def test_layout_keeps_the_value_and_puts_each_list_item_on_its_own_line() -> None:
    items = [{"id": "A1", "title": 'quote " and Кирилица'}, {"id": "A2", "n": 1.5}]
    payload = {
        "head": {"start": "2021-01"},
        "none": None,
        "items": Lines(encode(i) for i in items),
        "empty": Lines([]),
        "tail": ["x", "y"],
    }
    text = json_text(payload)
    assert json.loads(text) == {
        "head": {"start": "2021-01"},
        "none": None,
        "items": items,
        "empty": [],
        "tail": ["x", "y"],
    }
    assert text.splitlines() == [
        "{",
        '  "head": {"start": "2021-01"},',
        '  "none": null,',
        '  "items": [',
        '    {"id": "A1", "title": "quote \\" and Кирилица"},',
        '    {"id": "A2", "n": 1.5}',
        "  ],",
        '  "empty": [],',
        '  "tail": ["x", "y"]',
        "}",
    ]


def test_streamed_text_equals_the_joined_text() -> None:
    payload = {"items": Lines(encode(n) for n in range(3))}
    stream = io.StringIO()
    write_json(stream, {"items": Lines(encode(n) for n in range(3))})
    assert stream.getvalue() == json_text(payload)


class _Counting(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def write(self, text: str) -> int:
        self.calls += 1
        return super().write(text)


def test_a_long_list_is_written_in_batches_with_the_same_text() -> None:
    items = [{"n": n, "text": f"item {n}"} for n in range(1500)]
    stream = _Counting()
    write_json(stream, {"head": 1, "items": Lines(encode(i) for i in items), "tail": []})
    assert stream.getvalue() == json_text(
        {"head": 1, "items": Lines(map(encode, items)), "tail": []}
    )
    assert json.loads(stream.getvalue())["items"] == items
    assert 1 < stream.calls < 10


def test_an_empty_object() -> None:
    assert json_text({}) == "{}\n"
