"""Month arithmetic and the finish/deadline convention."""

from __future__ import annotations

from roadmap.months import finish_month, format_month, is_month, meets, month_year, parse_month


def test_round_trip_and_validation() -> None:
    assert format_month(parse_month("2021-01")) == "2021-01"
    assert parse_month("2022-01") - parse_month("2021-12") == 1
    assert month_year(parse_month("2021-12")) == 2021
    assert is_month("2021-12") and not is_month("2021-13") and not is_month("2021-3")


def test_an_action_meets_a_deadline_on_its_last_month() -> None:
    start = parse_month("2021-01")
    finish = finish_month(start, 12)
    assert format_month(finish) == "2022-01"
    assert meets(finish, parse_month("2021-12"))
    assert not meets(finish, parse_month("2021-11"))
