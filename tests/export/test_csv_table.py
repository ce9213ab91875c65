"""CSV: UTF-8 with a BOM, CRLF, one row per action, no formula injection."""

from __future__ import annotations

import csv
import io

from roadmap.export.csv_table import COLUMNS, export_csv
from tests.tools.render_cases import HOSTILE, SMALL, context


def _rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


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
    assert by_id["A02"]["last_month"] == "2022-07"
    assert by_id["A02"]["depends_on"] == "A01+1"
    assert by_id["A01"]["secured_eur"] == "1250000"
    assert by_id["A05"]["start"] == "" and by_id["A05"]["status"] == "cancelled"


def test_titles_never_become_formulas_or_break_rows() -> None:
    rows = _rows(export_csv(context(HOSTILE)))
    titles = {row["id"]: row["title"] for row in rows}
    assert len(rows) == 3
    assert titles["click"] == "dateFormat YYYY\ntitle injected\n    section evil"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
