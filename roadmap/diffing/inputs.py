"""The edited inputs of a diff: every field of the data that differs between two sides,
walking both datasets dumped as JSON. Lists of items with ids are matched by id, so an
edit is named by the item's kind, its id and the field's dotted path inside it; any
other list counts as one value."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from roadmap.models import Dataset


@dataclass(frozen=True)
class FieldChange:
    """One input with a different value on the head side; None where a side lacks it."""

    kind: str
    id: str
    field: str
    before: Any
    after: Any


def edited_inputs(old: Dataset, new: Dataset) -> list[FieldChange]:
    """Every field that differs, items added or removed left to the other sections."""
    dump = TypeAdapter(Dataset).dump_python
    before, after = (dump(side, mode="json", exclude_none=True) for side in (old, new))
    return [
        change
        for section in ("strategy", "goals", "actions", "progress")
        for change in _walk(before.get(section), after.get(section), section, "", [])
    ]


def shown(value: Any) -> str:
    """A value in one line: text as it is, anything else as compact JSON, None as "-"."""
    if value is None:
        return "-"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _by_id(value: Any) -> dict[str, Any] | None:
    if (
        isinstance(value, list)
        and value
        and all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in value)
    ):
        return {item["id"]: item for item in value}
    return None


def _walk(old: Any, new: Any, kind: str, ident: str, path: list[str]) -> Iterator[FieldChange]:
    if old == new:
        return
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            yield from _walk(old.get(key), new.get(key), kind, ident, [*path, key])
        return
    old_items, new_items = _by_id(old), _by_id(new)
    if old_items is not None and new_items is not None:
        item_kind = path[-1].removesuffix("s") if path else kind.removesuffix("s")
        for key in [k for k in new_items if k in old_items]:
            yield from _walk(old_items[key], new_items[key], item_kind, key, [])
        for key in sorted(old_items.keys() ^ new_items.keys()):
            if kind != "actions" or path:  # added and removed actions have their own lists
                yield FieldChange(item_kind, key, "", old_items.get(key), new_items.get(key))
        return
    yield FieldChange(kind.removesuffix("s"), ident, ".".join(path), old, new)
