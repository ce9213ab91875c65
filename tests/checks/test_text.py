"""Wording helpers: the closest-id search gives what difflib gives."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.checks.rules._text import closest, did_you_mean

_IDS = st.text(alphabet="AB01.-x", min_size=1, max_size=8)


@settings(max_examples=300, deadline=None)
@given(_IDS, st.lists(_IDS, max_size=40))
def test_closest_is_what_difflib_picks(name: str, known: list[str]) -> None:
    expected = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    assert closest(name, known) == (expected[0] if expected else None)


def test_ties_go_to_the_larger_id_as_in_difflib() -> None:
    known = ["A01", "A03", "A02"]
    assert closest("A0", known) == difflib.get_close_matches("A0", known, n=1)[0] == "A03"


def test_did_you_mean_names_the_closest_id_or_nothing() -> None:
    known = [f"A{k:06d}" for k in range(2000)]
    [best] = difflib.get_close_matches("A00012X", known, n=1)
    assert did_you_mean("A00012X", known) == f"; did you mean '{best}'?"
    assert did_you_mean("zzzz", known) == ""
