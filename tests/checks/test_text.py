"""Wording helpers."""

from __future__ import annotations

import difflib

from roadmap.checks.rules._text import did_you_mean, id_list


def test_did_you_mean_names_the_closest_id_or_nothing() -> None:
    known = [f"A{k:06d}" for k in range(2000)]
    [best] = difflib.get_close_matches("A00012X", known, n=1)
    assert did_you_mean("A00012X", known) == f"; did you mean '{best}'?"
    assert did_you_mean("zzzz", known) == ""


def test_id_lists_are_cut_short() -> None:
    assert id_list(["A1"]) == "A1"
    assert id_list(["A1", "A2", "A3"]) == "A1, A2 and A3"
    assert id_list([f"A{k}" for k in range(8)], limit=2) == "A0, A1 and 6 more"
