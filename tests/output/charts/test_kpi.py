"""The KPI chart: deterministic, escaped, self-contained SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from roadmap.monitoring.result import KpiStatus
from roadmap.months import parse_month
from roadmap.output.charts.kpi import kpi_chart
from roadmap.texts import format_number

SVG = "{http://www.w3.org/2000/svg}"
TITLE = 'K1 <b>"bold"</b> & co'


def kpi(measurements: tuple[tuple[int, float], ...], light: str = "amber") -> KpiStatus:
    return KpiStatus(
        id="K1",
        goal="G1",
        direction="increase",
        unit="count",
        baseline=10,
        baseline_month=parse_month("2020-12"),
        target=60,
        target_month=parse_month("2025-12"),
        progress=0.16 if measurements else None,
        expected=0.25,
        light=light,  # type: ignore[arg-type]
        value=measurements[-1][1] if measurements else None,
        date=measurements[-1][0] if measurements else None,
        measurements=measurements,
    )


def test_the_chart_parses_as_svg_with_each_part() -> None:
    svg = kpi_chart(
        kpi(((parse_month("2021-12"), 18.0), (parse_month("2022-02"), 20.0))),
        parse_month("2022-03"),
        TITLE,
        "en",
    )
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == TITLE  # type: ignore[union-attr]
    assert root.find(f"{SVG}polyline") is not None
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert "2021-12: 18" in titles
    assert "2022-02: 20" in titles
    assert "Baseline: 10" in titles
    assert "Target: 60" in titles
    assert "As of 2022-03" in titles


def test_text_is_escaped_and_nothing_is_fetched() -> None:
    svg = kpi_chart(kpi(()), parse_month("2022-03"), TITLE, "en")
    assert "<b>" not in svg
    assert "&lt;b&gt;&#34;bold&#34;&lt;/b&gt; &amp; co" in svg
    for forbidden in ("href", "<script", "url(", "<image"):
        assert forbidden not in svg


def test_without_measurements_there_is_no_measurement_line() -> None:
    root = ET.fromstring(kpi_chart(kpi(()), parse_month("2022-03"), TITLE, "en"))
    assert root.find(f"{SVG}polyline") is None


def test_the_chart_is_deterministic_and_stays_in_its_box() -> None:
    data = kpi(((parse_month("2019-01"), -5.0), (parse_month("2031-06"), 90.0)), "red")
    first = kpi_chart(data, parse_month("2030-01"), TITLE, "en")
    assert first == kpi_chart(data, parse_month("2030-01"), TITLE, "en")
    root = ET.fromstring(first)
    for circle in root.iter(f"{SVG}circle"):
        assert 0 <= float(circle.get("cx", "-1")) <= 360
        assert 0 <= float(circle.get("cy", "-1")) <= 200


def test_a_flat_kpi_still_draws() -> None:
    flat = KpiStatus(**{**kpi(()).__dict__, "target": 10.0})
    ET.fromstring(kpi_chart(flat, parse_month("2022-03"), TITLE, "en"))


def test_numbers_read_naturally() -> None:
    assert [format_number(v) for v in (10.0, 2.5, 1234567.0, 0.125, -0.0001)] == [
        "10",
        "2.5",
        "1,234,567",
        "0.12",
        "0",
    ]


def test_bulgarian_charts_write_numbers_and_words_in_bulgarian() -> None:
    svg = kpi_chart(kpi(((parse_month("2021-12"), 18.5),)), parse_month("2022-03"), "K1", "bg")
    assert "Базова стойност: 10" in svg
    assert "2021-12: 18,5" in svg
