"""The status page: formatting and labels chosen in Python, not in templates."""

from __future__ import annotations

from roadmap.monitoring.status import status
from roadmap.months import parse_month
from roadmap.output.status_page import status_page
from tests.monitoring.factory import action, dataset, plan


def test_rows_carry_labels_in_the_chosen_language() -> None:
    data = dataset(
        [action("A1", title={"bg": "Мярка", "en": "Measure"})],
        progress={"as_of": "2021-06", "kpis": [{"id": "K1", "date": "2021-05", "value": 20}]},
    )
    result = status(data, plan(A1=("2021-03", "2021-09")), parse_month("2021-06"))
    page = status_page(result, data, "bg")
    (row,) = page.actions
    assert (row.title, row.state_label, row.planned) == ("Мярка", "в риск", "2021-03 – 2021-08")
    (kpi,) = page.kpis
    assert (kpi.latest, kpi.light, kpi.mark) == ("20 (2021-05)", "green", "🟢")
    assert kpi.chart.startswith("<svg")
    assert [heading for heading, _ in page.rollups] == [
        "По оперативни цели",
        "По приоритетни области",
        "По водещ участник",
    ]
    assert {s: n for s, _, n in page.summary}["at_risk"] == 1
    english = status_page(result, data, "en")
    assert english.actions[0].title == "Measure"
    assert english.actions[0].reason == "planned start passed, no start reported"


def test_kpi_series_lists_baseline_measurements_as_of_and_target_in_order() -> None:
    data = dataset(
        [action("A1")],
        progress={"as_of": "2022-03", "kpis": [{"id": "K1", "date": "2021-12", "value": 18}]},
    )
    result = status(data, plan(A1=("2021-03", "2021-09")), parse_month("2022-03"))
    (kpi,) = status_page(result, data, "en").kpis
    assert [(p.month, p.what, p.trajectory, p.measured) for p in kpi.series] == [
        ("2020-12", "Baseline", "10", "10"),
        ("2021-12", "Measurement", "20", "18"),
        ("2022-03", "As of", "22.5", "18 (2021-12)"),
        ("2025-12", "Target", "60", "—"),
    ]
