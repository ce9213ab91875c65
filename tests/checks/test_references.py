"""Stage 3 rules: unknown references."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from roadmap.checks import CheckContext
from roadmap.checks.rules import references as r
from tests.checks.conftest import action, findings

Make = Callable[..., CheckContext]


def test_clean_base_has_no_reference_findings(make_context: Make) -> None:
    ctx = make_context()
    for rule in (
        r.unknown_goal,
        r.unknown_area,
        r.unknown_objective,
        r.unknown_actor,
        r.unknown_dependency,
        r.unknown_funding_source,
        r.unknown_kpi,
        r.participant_is_lead,
        r.unknown_origin_list,
    ):
        assert findings(rule, ctx) == [], rule.__name__


def test_unknown_goal_suggests_the_closest(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["actions"]["actions"][0]["goals"] = ["G1", "G11"]

    [found] = findings(r.unknown_goal, make_context(edit))
    assert found.loc == ("actions", 0, "goals", 1)
    assert "goal 'G11'" in found.message and "did you mean 'G1'?" in found.message


def test_unknown_area_and_objective(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        goal = f["goals"]["goals"][0]
        goal["area"] = "PA2"
        goal["objectives"] = ["SO1", "XYZ"]

    ctx = make_context(edit)
    [area] = findings(r.unknown_area, ctx)
    assert area.loc == ("goals", 0, "area")
    [objective] = findings(r.unknown_objective, ctx)
    assert objective.loc == ("goals", 0, "objectives", 1)
    assert "did you mean" not in objective.message


def test_unknown_lead_and_participant(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["actions"]["actions"][0].update(lead="cty", participants=["agency", "mayor"])

    found = findings(r.unknown_actor, make_context(edit))
    assert [x.loc for x in found] == [
        ("actions", 0, "lead"),
        ("actions", 0, "participants", 1),
    ]
    assert "did you mean 'city'" in found[0].message


def test_unknown_dependency_in_both_spellings(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["actions"]["actions"].append(
            action("A02", depends_on=["A01", "A9", {"id": "B1", "lag_months": 2}])
        )

    found = findings(r.unknown_dependency, make_context(edit))
    assert [x.loc for x in found] == [
        ("actions", 1, "depends_on", 1, "id"),
        ("actions", 1, "depends_on", 2, "id"),
    ]
    assert "'A9'" in found[0].message and "'B1'" in found[1].message


def test_unknown_funding_source_and_kpi(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["actions"]["actions"][0]["funding"][0]["source"] = "budgt"
        f["actions"]["actions"][0]["kpis"] = ["K1", "K7"]

    ctx = make_context(edit)
    [source] = findings(r.unknown_funding_source, ctx)
    assert source.loc == ("actions", 0, "funding", 0, "source")
    assert "did you mean 'budget'" in source.message
    [unknown] = findings(r.unknown_kpi, ctx)
    assert unknown.loc == ("actions", 0, "kpis", 1)


def test_participant_equal_to_lead(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        f["actions"]["actions"][0].update(participants=["agency", "city", "agency"])
        f["actions"]["actions"].append(action("A02", depends_on=["A01", {"id": "A01"}]))

    ctx = make_context(edit)
    [lead] = findings(r.participant_is_lead, ctx)
    assert lead.loc == ("actions", 0, "participants", 1)


def _with_lists(f: dict[str, Any]) -> None:
    f["strategy"]["documents"] = [
        {"id": "plan-2020", "title": "Action plan", "kind": "activity_list"},
        {"id": "ch7", "title": "Governance chapter", "kind": "part"},
    ]


def test_strategy_activities_name_a_known_activity_list(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        _with_lists(f)
        f["actions"]["actions"] = [
            action("A01", origin="strategy", origin_list="plan-2020"),
            action("A02", origin="added"),
            action("A03"),
        ]

    assert findings(r.unknown_origin_list, make_context(edit)) == []


def test_origin_list_mistakes_are_each_reported(make_context: Make) -> None:
    def edit(f: dict[str, Any]) -> None:
        _with_lists(f)
        f["actions"]["actions"] = [
            action("A01", origin="strategy", origin_list="plan-2021"),
            action("A02", origin="strategy"),
            action("A03", origin="added", origin_list="plan-2020"),
            action("A04", origin="strategy", origin_list="ch7"),
        ]

    found = findings(r.unknown_origin_list, make_context(edit))
    assert [x.loc for x in found] == [
        ("actions", 0, "origin_list"),
        ("actions", 1, "origin"),
        ("actions", 2, "origin_list"),
        ("actions", 3, "origin_list"),
    ]
    assert "did you mean 'plan-2020'?" in found[0].message
    assert "name the list it comes from" in found[1].message
    assert "set origin: strategy" in found[2].message
    assert "kind is 'part'" in found[3].message
