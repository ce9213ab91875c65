"""Table rows: phases, statuses from progress.yaml, traceability, responsibilities."""

from __future__ import annotations

from roadmap.views import tables
from tests.tools.render_cases import SMALL, context


def test_actions_fall_into_phases_with_progress_from_progress_yaml() -> None:
    phases = tables.phases(context(SMALL))
    assert [[a.id for a in p.actions] for p in phases] == [["A01", "A03", "A02"], ["A04"], []]
    a01, a03, a02 = phases[0].actions
    assert (a01.status, a01.progress, a01.critical) == ("done", "100%", True)
    assert (a03.status_label, a03.progress, a03.slack) == ("in progress", "50%", "7 months")
    assert (a02.start, a02.finish, a02.deadline, a02.depends_on) == (
        "Aug 2021",
        "Jul 2022",
        "Dec 2022",
        "A01 (+1 mo)",
    )
    assert phases[1].span == "Jan 2022 – Jun 2023"


def test_cancelled_actions_are_listed_apart() -> None:
    (row,) = tables.unscheduled(context(SMALL, "bg"))
    assert (row.id, row.status_label, row.start) == ("A05", "отменено", "—")


def test_traceability_and_responsibilities() -> None:
    ctx = context(SMALL)
    trace = {row.id: row for row in tables.traceability(ctx)}
    assert trace["OG1.1"].actions == ("A01", "A02", "A04", "A05")
    assert trace["OG2.1"].kpis == ("K2",)
    matrix = {row.id: row.cells for row in tables.responsibilities(ctx)}
    assert matrix["A02"] == ("P", "L", "P")
    actors = {a.id: a for a in tables.actors(ctx)}
    assert (actors["city"].leads, actors["city"].capacity) == ("A01, A04, A05", "2")


def test_kpis_show_the_latest_measurement_and_progress() -> None:
    rows = {row.id: row for row in tables.kpis(context(SMALL, "bg"))}
    assert (rows["K2"].latest, rows["K2"].progress) == ("21,5 (сеп 2021)", "35%")
    assert rows["K1"].direction == "↑ увеличение"
