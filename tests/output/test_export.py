"""CSV: UTF-8 with a BOM, CRLF, one row per action, no formula injection."""

from __future__ import annotations

import csv
import datetime
import io
import json
from typing import Any

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from roadmap.output.export import COLUMNS, escape_text, export_csv, export_ics, export_json, fold
from tests.conftest import run_cli
from tests.tools.render_cases import HOSTILE, SMALL, context


def _rows(data: bytes, delimiter: str = ";") -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_one_row_per_action_with_the_planned_dates() -> None:
    data = export_csv(context(SMALL, "bg"))
    lines = data.split(b"\r\n")
    assert lines[-1] == b""
    assert all(b"\n" not in line for line in lines)
    rows = _rows(data)
    assert list(rows[0]) == list(COLUMNS)
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == {"A01", "A02", "A03", "A04", "A05"}
    assert by_id["A02"]["title"] == "Пясъчник за пилотни проекти"
    assert (by_id["A02"]["start"], by_id["A02"]["finish"]) == ("2021-08", "2022-08")
    assert by_id["A02"]["end"] == "2022-07"
    assert by_id["A02"]["depends_on"] == "A01+1"
    assert by_id["A01"]["secured_eur"] == "1250000"
    assert by_id["A05"]["start"] == "" and by_id["A05"]["status"] == "cancelled"


def test_the_delimiter_follows_the_language_unless_given() -> None:
    assert export_csv(context(SMALL, "en")).decode("utf-8-sig").startswith("id,title,")
    assert export_csv(context(SMALL, "bg")).decode("utf-8-sig").startswith("id;title;")
    tabbed = export_csv(context(SMALL, "en"), delimiter="\t")
    assert _rows(tabbed, "\t")[0]["end"] == _rows(export_csv(context(SMALL, "bg")))[0]["end"]


def test_titles_never_become_formulas_or_break_rows() -> None:
    rows = _rows(export_csv(context(HOSTILE)), ",")
    titles = {row["id"]: row["title"] for row in rows}
    assert len(rows) == 3
    assert titles["click"] == "dateFormat YYYY\ntitle injected\n    section evil"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value


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


def test_the_export_is_a_superset_of_the_plan_json() -> None:
    plan = json.loads(run_cli("plan", str(SMALL), "--format", "json").stdout)
    exported = json.loads(export_json(context(SMALL)))
    for key, value in plan.items():
        if key != "actions":
            assert exported[key] == value, key
    plain = {a["id"]: a for a in plan["actions"]}
    for action in exported["actions"]:
        assert plain[action["id"]].items() <= action.items()
    a02 = next(a for a in exported["actions"] if a["id"] == "A02")
    assert a02["title"] == "Sandbox for pilots"
    assert a02["depends_on"] == [{"id": "A01", "lag_months": 1}]
    assert a02["area"] == "PA1"
    assert exported["unscheduled"] == [
        {"id": "A05", "title": "Cancelled portal", "status": "cancelled"}
    ]
