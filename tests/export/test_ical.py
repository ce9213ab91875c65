"""iCalendar: RFC 5545 lines, folding and escaping; parsed back with `icalendar`."""

from __future__ import annotations

import datetime
from typing import Any

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from roadmap.export.ical import escape_text, export_ics, fold
from tests.tools.render_cases import HOSTILE, SMALL, context


@given(st.text(min_size=0, max_size=400))
def test_folded_lines_stay_within_75_octets_and_unfold_to_the_original(text: str) -> None:
    line = "SUMMARY:" + escape_text(text)
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in parts)
    assert all(part.startswith(" ") for part in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_text_escapes() -> None:
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"


def test_calendar_has_a_start_finish_and_deadline_per_action() -> None:
    data = export_ics(context(SMALL, "bg"))
    text = data.decode("utf-8")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    calendar = icalendar.Calendar.from_ical(data)
    events: dict[str, Any] = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 4 * 2 + 1 + 3
    assert events["horizon-end@small.roadmap"]["DTSTART"].dt == datetime.date(2024, 12, 31)
    assert events["phase-long@small.roadmap"]["DTSTART"].dt == datetime.date(2023, 7, 1)
    a02 = "A02-start@small.roadmap"
    assert events[a02]["DTSTART"].dt == datetime.date(2021, 8, 1)
    assert events["A02-finish@small.roadmap"]["DTSTART"].dt == datetime.date(2022, 7, 31)
    assert events["A02-deadline@small.roadmap"]["DTSTART"].dt == datetime.date(2022, 12, 31)
    assert str(events[a02]["SUMMARY"]) == "Начало: A02 Пясъчник за пилотни проекти"
    stamps = {e["DTSTAMP"].dt for e in events.values()}
    assert stamps == {datetime.datetime(2021, 1, 1, tzinfo=datetime.UTC)}


def test_hostile_titles_round_trip_through_a_parser() -> None:
    data = export_ics(context(HOSTILE))
    calendar = icalendar.Calendar.from_ical(data)
    found: list[Any] = calendar.walk("VEVENT")
    summaries = {str(e["UID"]): str(e["SUMMARY"]) for e in found}
    assert summaries["click-start@hostile.roadmap"] == (
        "Start: click dateFormat YYYY\ntitle injected\n    section evil"
    )
    assert summaries["end-finish@hostile.roadmap"].endswith("[x](y) {z} |pipe| \\back")
