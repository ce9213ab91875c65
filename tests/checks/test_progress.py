"""progress.yaml rules: ids, dates, status history and agreement with actions.yaml."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from roadmap.checks import CheckContext
from roadmap.checks.rules import progress as p
from tests.checks.conftest import action, findings

Make = Callable[..., CheckContext]


def _progress(
    records: list[dict[str, Any]],
    kpis: list[dict[str, Any]] | None = None,
    actions: list[dict[str, Any]] | None = None,
) -> Callable[[dict[str, Any]], None]:
    def edit(f: dict[str, Any]) -> None:
        f["progress"] = {"as_of": "2022-06", "actions": records, "kpis": kpis or []}
        if actions is not None:
            f["actions"]["actions"] = actions

    return edit


def _rec(ident: str, date: str, status: str, percent: int | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"id": ident, "date": date, "status": status}
    if percent is not None:
        record["percent"] = percent
    return record


def test_no_progress_file_means_no_findings(make_context: Make) -> None:
    ctx = make_context()
    assert ctx.dataset.progress is None
    for rule in (p.unknown_action_record, p.action_record_after_as_of, p.status_backwards):
        assert findings(rule, ctx) == []
    assert p.current_status(ctx) == {"A01": ("proposed", None)}


def test_unknown_ids(make_context: Make) -> None:
    ctx = make_context(
        _progress([_rec("A1", "2021-05", "planned")], [{"id": "K9", "date": "2021-05", "value": 1}])
    )
    [unknown_action] = findings(p.unknown_action_record, ctx)
    assert unknown_action.kind == "progress" and unknown_action.loc == ("actions", 0, "id")
    assert "did you mean 'A01'" in unknown_action.message
    [unknown_kpi] = findings(p.unknown_kpi_record, ctx)
    assert unknown_kpi.loc == ("kpis", 0, "id")


def test_dates_against_as_of_and_baseline(make_context: Make) -> None:
    ctx = make_context(
        _progress(
            [_rec("A01", "2022-06", "planned"), _rec("A01", "2022-07", "in_progress")],
            [
                {"id": "K1", "date": "2022-07", "value": 1},
                {"id": "K1", "date": "2019-12", "value": 1},
                {"id": "K1", "date": "2020-01", "value": 1},
            ],
        )
    )
    assert [f.loc for f in findings(p.action_record_after_as_of, ctx)] == [("actions", 1, "date")]
    assert [f.loc for f in findings(p.measurement_after_as_of, ctx)] == [("kpis", 0, "date")]
    assert [f.loc for f in findings(p.measurement_before_baseline, ctx)] == [("kpis", 1, "date")]


def test_current_status_is_the_latest_record_up_to_as_of(make_context: Make) -> None:
    ctx = make_context(
        _progress(
            [
                _rec("A01", "2021-09", "done"),
                _rec("A01", "2021-03", "in_progress"),
                _rec("A01", "2023-01", "cancelled"),
            ]
        )
    )
    assert p.current_status(ctx)["A01"] == ("done", "2021-09")


def test_status_backwards_is_judged_in_date_order(make_context: Make) -> None:
    ctx = make_context(
        _progress(
            [
                _rec("A01", "2021-09", "in_progress"),
                _rec("A01", "2021-03", "done"),
                _rec("A01", "2021-10", "cancelled"),
                _rec("A01", "2021-11", "in_progress"),
            ]
        )
    )
    [found] = findings(p.status_backwards, ctx)
    assert found.loc == ("actions", 0, "status")
    assert "recorded done in 2021-03 but in_progress in 2021-09" in found.message


def test_done_action_with_an_unfinished_dependency(make_context: Make) -> None:
    actions = [
        action("A01", status="in_progress"),
        action("A02", depends_on=["A01"], status="planned"),
        action("A03", status="cancelled"),
        action("A04", depends_on=["A03", "A01"], status="done"),
    ]
    ctx = make_context(_progress([_rec("A02", "2022-01", "done", 100)], actions=actions))
    found = findings(p.done_before_dependency, ctx)
    assert [f.loc for f in found] == [
        ("actions", 1, "depends_on", 0, "id"),
        ("actions", 3, "depends_on", 1, "id"),
    ]
    assert "A02 is done (progress.yaml, 2022-01)" in found[0].message
    assert "A04 is done (actions.yaml)" in found[1].message


def test_percent_backwards_and_done_below_100(make_context: Make) -> None:
    ctx = make_context(
        _progress(
            [
                _rec("A01", "2021-03", "in_progress", 50),
                _rec("A01", "2021-04", "in_progress"),
                _rec("A01", "2021-05", "in_progress", 40),
                _rec("A01", "2021-06", "done", 90),
            ]
        )
    )
    [back] = findings(p.percent_backwards, ctx)
    assert back.loc == ("actions", 2, "percent")
    [done] = findings(p.done_not_complete, ctx)
    assert done.loc == ("actions", 3, "percent")
