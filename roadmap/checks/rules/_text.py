"""Small wording helpers shared by the rules, so that messages read alike."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`; did you mean 'X'?` for the closest known id, or an empty string."""
    close = closest(name, known)
    return f"; did you mean '{close}'?" if close is not None else ""


def closest(name: str, known: Iterable[str], cutoff: float = 0.6) -> str | None:
    """What `difflib.get_close_matches(name, known, n=1, cutoff=cutoff)` gives, sooner.

    difflib works out the full similarity of every candidate that passes its cheap
    upper bounds, and among 10,000 similar ids (A000123, A000124, ...) nearly all do,
    so each typo cost a quarter of a second. Here the candidates are tried in order of
    that upper bound, and the search stops once the bound falls below the best
    similarity found: no later candidate can beat it. Ties go to the larger id, as in
    difflib.
    """
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(name)
    bounded = []
    for candidate in set(known):
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= cutoff:
            bound = matcher.quick_ratio()
            if bound >= cutoff:
                bounded.append((bound, candidate))
    bounded.sort(reverse=True)
    best: tuple[float, str] | None = None
    for bound, candidate in bounded:
        if best is not None and bound < best[0]:
            break
        matcher.set_seq1(candidate)
        score = matcher.ratio()
        if score >= cutoff and (best is None or (score, candidate) > best):
            best = (score, candidate)
    return best[1] if best is not None else None


def eur(amount: int) -> str:
    """Euros with thousands separators: `1,250,000 EUR`."""
    return f"{amount:,} EUR"


def id_list(ids: Iterable[str], limit: int = 6) -> str:
    """`A01, A02 and A03`, cut short after `limit` ids."""
    items = list(ids)
    if len(items) > limit:
        return ", ".join(items[:limit]) + f" and {len(items) - limit} more"
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
