"""The shipped data is written in the project's own words.

Facts from the strategy's documents may be used with their source; their sentences may
not be copied. Every text in data/ (titles, names, descriptions, statements, notes and
sources, in both languages) is compared with the seed texts in ../shared/seeds and with
the passages the research notes in ../shared/research quote: no run of RUN words may be
shared. Words are compared lower-cased, Latin and Cyrillic alike, punctuation ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
import yaml

from tests.conftest import DATA, ROOT

SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
NOTES = SHARED / "research"
RUN = 8
"""The shortest shared run of words that counts as copied wording."""

pytestmark = pytest.mark.skipif(
    not (SEEDS.is_dir() and NOTES.is_dir()),
    reason=f"{SHARED} (the seed texts and research notes) is not beside the repository",
)

WORD = re.compile(r"[^\W_]+")
ADDRESS = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)*\.(?:bg|com|eu|in|org|net)\b/?\S*")
"""A web address: a citation, not wording, so it is left out on both sides."""
QUOTED = re.compile(r'"([^"]{1,400})"|“([^”]{1,400})”|„([^“”"]{1,400})[“”"]|«([^»]{1,400})»')
HEADING = re.compile(r"^#+ ", re.MULTILINE)


def words(text: str) -> list[str]:
    """The words of `text`, lower-cased: letters and digits of any script, addresses
    left out."""
    return WORD.findall(ADDRESS.sub(" ", text).casefold())


def shingles(text: str, size: int = RUN) -> set[tuple[str, ...]]:
    """Every run of `size` consecutive words of `text`."""
    found = words(text)
    return {tuple(found[i : i + size]) for i in range(len(found) - size + 1)}


def shared_runs(text: str, copied: dict[tuple[str, ...], str]) -> list[tuple[str, str]]:
    """The longest runs of `text` made of protected shingles, each with where it is."""
    found = words(text)
    hits = [i for i in range(len(found) - RUN + 1) if tuple(found[i : i + RUN]) in copied]
    runs: list[tuple[str, str]] = []
    start = end = -1
    for i in [*hits, None]:
        if i is not None and i <= end:
            end = i + RUN
            continue
        if start >= 0:
            where = copied[tuple(found[start : start + RUN])]
            runs.append((" ".join(found[start:end]), where))
        if i is not None:
            start, end = i, i + RUN
    return runs


def quoted_passages(notes: str) -> Iterator[str]:
    """What the research notes quote: text in quotation marks, and the body of a section
    whose heading says it gives official wording."""
    for match in QUOTED.finditer(notes):
        yield next(group for group in match.groups() if group is not None)
    for section in HEADING.split(notes):
        heading = section.splitlines()[0].casefold() if section else ""
        if "official" in heading and "wording" in heading:
            yield section


@cache
def protected() -> dict[tuple[str, ...], str]:
    """Each shingle of the seeds and of the quoted passages, with the file it is in."""
    found: dict[tuple[str, ...], str] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for shingle in shingles(path.read_text(encoding="utf-8")):
            found.setdefault(shingle, path.name)
    for path in sorted(NOTES.glob("*.md")):
        for passage in quoted_passages(path.read_text(encoding="utf-8")):
            for shingle in shingles(passage):
                found.setdefault(shingle, f"{path.name} (quoted)")
    return found


def data_texts(value: Any, owner: str = "", field: str = "") -> Iterator[tuple[str, str, str]]:
    """(id of the record, field, text) for every string in a loaded data file."""
    if isinstance(value, dict):
        owner = str(value.get("id", owner))
        for key, item in value.items():
            yield from data_texts(item, owner, f"{field}.{key}" if field else str(key))
    elif isinstance(value, list):
        for item in value:
            yield from data_texts(item, owner, field)
    elif isinstance(value, str):
        yield owner, field, value


def test_the_protected_texts_are_read() -> None:
    assert len(list(SEEDS.glob("*.txt"))) >= 5
    assert len(protected()) > 1000
    assert shingles("one two three four five six seven eight") == {
        ("one", "two", "three", "four", "five", "six", "seven", "eight")
    }
    copied: dict[tuple[str, ...], str] = {("a", "b", "c", "d", "e", "f", "g", "h"): "seed"}
    assert shared_runs("x a b c d e f g h i", copied) == [("a b c d e f g h", "seed")]
    assert words("see https://a.bg/x-y-z and sofia.bg/en/n") == ["see", "and"]
    assert words("Е-управление, e-services: СДТС 2020") == [
        "е",
        "управление",
        "e",
        "services",
        "сдтс",
        "2020",
    ]


@pytest.mark.parametrize("kind", ["strategy", "goals", "actions", "progress"])
def test_no_data_text_shares_a_run_of_words_with_the_sources(kind: str) -> None:
    loaded = yaml.safe_load((DATA / f"{kind}.yaml").read_text(encoding="utf-8"))
    copied = protected()
    shared = []
    for owner, field, text in data_texts(loaded, kind):
        for run, where in shared_runs(text, copied):
            shared.append(f"{owner} {field}: '{run}' (in {where})")
    assert not shared, f"{kind}.yaml shares wording with its sources:\n" + "\n".join(shared)
