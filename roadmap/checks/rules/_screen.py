"""Quick whole-dataset tests that let a rule skip its loop when it has nothing to say.

A rule that walks every action spends a few milliseconds per 10,000 actions on
attribute lookups alone, and some forty rules do. Most data has nothing for most rules
to report, so each rule first asks one of these questions of the action columns (see
roadmap.checks.columns), answered with C-level iteration (map, set operations); only
when the answer is "maybe" does it run its loop, which then finds exactly what it found
before, in the same order.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from itertools import chain, compress, count, repeat
from operator import attrgetter, gt

SOURCE = attrgetter("source")


def all_known(ids: Iterable[str], known: Mapping[str, object]) -> bool:
    """True when every id is a key of `known`."""
    return set(ids) <= known.keys()


def all_known_in(lists: Iterable[Iterable[str]], known: Mapping[str, object]) -> bool:
    """True when every id of every list is a key of `known`."""
    return all_known(chain.from_iterable(lists), known)


def with_repeats(lists: Sequence[Collection[Hashable]]) -> list[int]:
    """The indexes of the lists that hold a value twice."""
    longer = compress(count(), map(gt, map(len, lists), repeat(1)))
    return [i for i in longer if len(set(lists[i])) < len(lists[i])]
