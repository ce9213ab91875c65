"""Stage 3 rules: duplicate ids, and ids repeated within one list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from roadmap.checks import CheckContext
from roadmap.checks.rules import duplicates as d
from tests.checks.conftest import action, findings, kpi

Make = Callable[..., CheckContext]


def test_clean_base_has_no_duplicates(make_context: Make) -> None:
    ctx = make_context()
    assert findings(d.duplicate_ids, ctx) == []
    assert findings(d.repeated_reference, ctx) == []


def test_duplicate_ids_per_kind_point_at_the_second(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["actions"]["actions"] += [action("A01"), action("A02")]
        f["strategy"]["actors"].append({"id": "city", "name": "Again"})
        f["strategy"]["documents"] = [{"id": "plan", "title": "P"}, {"id": "plan", "title": "Q"}]
        f["goals"]["goals"][0]["kpis"].append(kpi("K1"))

    found = findings(d.duplicate_ids, make_context(edit))
    assert [(x.kind, x.loc) for x in found] == [
        ("strategy", ("actors", 2, "id")),
        ("strategy", ("documents", 1, "id")),
        ("goals", ("goals", 0, "kpis", 1, "id")),
        ("actions", ("actions", 1, "id")),
    ]
    assert "actor id 'city' is used twice" in found[0].message


def test_same_id_in_different_kinds_is_fine(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["strategy"]["actors"].append({"id": "A01", "name": "Actor named like an action"})

    assert findings(d.duplicate_ids, make_context(edit)) == []


def test_repeats_point_at_the_second_mention(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["actions"]["actions"][0].update(participants=["agency", "city", "agency"])
        f["actions"]["actions"].append(action("A02", depends_on=["A01", {"id": "A01"}]))

    repeats = findings(d.repeated_reference, make_context(edit))
    assert [x.loc for x in repeats] == [
        ("actions", 0, "participants", 2),
        ("actions", 1, "depends_on", 1),
    ]
