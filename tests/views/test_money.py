"""Funding tables: what each source gives and what each phase still lacks."""

from __future__ import annotations

from roadmap.views.money import by_phase, by_source
from tests.tools.render_cases import SMALL, context


def test_each_source_shows_its_pledges_and_what_remains_of_its_amount() -> None:
    rows = {row.name: row for row in by_source(context(SMALL))}
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
    rows = [(r.name, r.cost, r.secured, r.total, r.gap) for r in by_phase(context(SMALL, "bg"))]
    assert rows == [
        ("Краткосрочна фаза", "2 000 000 €", "1 250 000 €", "2 000 000 €", "0 €"),
        ("Средносрочна фаза", "800 000 €", "0 €", "800 000 €", "0 €"),
        ("Дългосрочна фаза", "0 €", "0 €", "0 €", "0 €"),
        ("Общо", "2 800 000 €", "1 250 000 €", "2 800 000 €", "0 €"),
    ]
