"""Small wording helpers shared by the rules, so that messages read alike."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from roadmap.texts import say, series


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`; did you mean 'X'?` for the closest known id, or an empty string."""
    close = difflib.get_close_matches(name, list(known), n=1)
    return say("did_you_mean_id", close=close[0]) if close else ""


def id_list(ids: Iterable[str], limit: int = 6) -> str:
    """`A01, A02 and A03`, cut short after `limit` ids."""
    items = list(ids)
    if len(items) > limit:
        return say("and_more", head=", ".join(items[:limit]), n=len(items) - limit)
    return series(items)
