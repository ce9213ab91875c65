"""The view model: formatting and labels chosen in Python, not in templates."""

from __future__ import annotations

from roadmap.monitoring import status
from roadmap.monitoring.views import money, percent, status_view
from roadmap.months import parse_month
from tests.monitoring.factory import action, dataset, plan


def test_money_and_percent_formats() -> None:
    assert money(1_234_567, "en") == "€1,234,567"
    assert money(1_234_567, "bg") == "1\u00a0234\u00a0567 €"
    assert percent(None) == "—"
    assert percent(0.16) == "16%"
    assert percent(1.0) == "100%"


def test_rows_carry_labels_in_the_chosen_language() -> None:
    data = dataset(
        [action("A1", title={"bg": "Мярка", "en": "Measure"})],
        progress={"as_of": "2021-06", "kpis": [{"id": "K1", "date": "2021-05", "value": 20}]},
    )
    report = status(data, plan(A1=("2021-03", "2021-09")), parse_month("2021-06"))
    view = status_view(report, data, "bg")
    (row,) = view.actions
    assert (row.title, row.state_label, row.planned) == ("Мярка", "в риск", "2021-03 – 2021-08")
    (kpi,) = view.kpis
    assert (kpi.latest, kpi.light, kpi.mark) == ("20 (2021-05)", "green", "🟢")
    assert kpi.chart.startswith("<svg")
    assert [heading for heading, _ in view.rollups] == [
        "По оперативни цели",
        "По приоритетни области",
        "По водещ изпълнител",
    ]
    assert {s: n for s, _, n in view.summary}["at_risk"] == 1
    english = status_view(report, data, "en")
    assert english.actions[0].title == "Measure"
    assert english.actions[0].reason == "planned start passed, no start reported"


def test_kpi_series_lists_baseline_measurements_as_of_and_target_in_order() -> None:
    data = dataset(
        [action("A1")],
        progress={"as_of": "2022-03", "kpis": [{"id": "K1", "date": "2021-12", "value": 18}]},
    )
    report = status(data, plan(A1=("2021-03", "2021-09")), parse_month("2022-03"))
    (kpi,) = status_view(report, data, "en").kpis
    assert [(p.month, p.what, p.trajectory, p.measured) for p in kpi.series] == [
        ("2020-12", "Baseline", "10", "10"),
        ("2021-12", "Measurement", "20", "18"),
        ("2022-03", "As of", "22.5", "18 (2021-12)"),
        ("2025-12", "Target", "60", "—"),
    ]
