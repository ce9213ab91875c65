"""The roadmap page: phases, statuses from progress.yaml, traceability, responsibilities,
KPIs and funding, every value formatted in the page's language."""

from __future__ import annotations

from roadmap.output.roadmap_page import roadmap_page
from tests.tools.render_cases import SMALL, context


def test_actions_fall_into_phases_with_progress_from_progress_yaml() -> None:
    phases = roadmap_page(context(SMALL)).phases
    assert [[a.id for a in p.actions] for p in phases] == [["A01", "A03", "A02"], ["A04"], []]
    a01, a03, a02 = phases[0].actions
    assert (a01.status, a01.progress, a01.critical) == ("done", "100%", True)
    assert (a03.status_label, a03.progress, a03.slack) == ("in progress", "50%", "7 months")
    assert (a02.start, a02.finish, a02.depends_on) == ("Aug 2021", "Jul 2022", "A01 (+1 mo)")
    assert phases[1].span == "Jan 2022 – Jun 2023"


def test_cancelled_actions_are_listed_apart() -> None:
    (row,) = roadmap_page(context(SMALL, "bg")).unscheduled
    assert (row.id, row.status_label, row.start) == ("A05", "отменено", "—")


def test_traceability_and_responsibilities() -> None:
    page = roadmap_page(context(SMALL))
    trace = {row.id: row for row in page.traceability}
    assert trace["OG1.1"].actions == ("A01", "A02", "A04", "A05")
    assert trace["OG2.1"].kpis == ("K2",)
    matrix = {row.id: row.roles for row in page.responsibilities}
    assert matrix["A02"] == ("P", "L", "P")
    actors = {a.id: a for a in page.actors}
    assert (actors["city"].leads, actors["city"].capacity) == ("A01, A04, A05", "2")


def test_kpis_show_the_latest_measurement_and_progress() -> None:
    rows = {row.id: row for row in roadmap_page(context(SMALL, "bg")).kpis}
    assert (rows["K2"].latest, rows["K2"].progress) == ("21,5 (сеп 2021)", "35%")
    assert rows["K1"].direction == "↑ увеличение"


def test_each_source_shows_its_pledges_and_what_remains_of_its_amount() -> None:
    rows = {row.name: row for row in roadmap_page(context(SMALL)).funding_by_source}
    eib, op, total = rows["EIB advisory"], rows["Operational programme"], rows["Total"]
    assert (eib.note, eib.cost, eib.gap) == ("Jan 2021 – Dec 2023", "—", "—")
    assert (eib.secured, eib.planned, eib.total) == ("€250,000", "€650,000", "€900,000")
    assert (op.secured, op.applied, op.planned, op.total, op.cost, op.gap) == (
        "€1,000,000",
        "€200,000",
        "€700,000",
        "€1,900,000",
        "€2,000,000",
        "€100,000",
    )
    assert (total.secured, total.applied, total.planned, total.total) == (
        "€1,250,000",
        "€200,000",
        "€1,350,000",
        "€2,800,000",
    )


def test_each_phase_shows_its_cost_and_the_unfunded_gap() -> None:
    rows = [
        (r.name, r.cost, r.secured, r.total, r.gap)
        for r in roadmap_page(context(SMALL, "bg")).funding_by_phase
    ]
    assert rows == [
        ("Краткосрочна фаза", "2 000 000 €", "1 250 000 €", "2 000 000 €", "0 €"),
        ("Средносрочна фаза", "800 000 €", "0 €", "800 000 €", "0 €"),
        ("Дългосрочна фаза", "0 €", "0 €", "0 €", "0 €"),
        ("Общо", "2 800 000 €", "1 250 000 €", "2 800 000 €", "0 €"),
    ]
