"""The code fingerprint that keys every cache entry: it changes with any source file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from roadmap import cache_home


@pytest.fixture
def sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A package of two files in place of roadmap's own, with no remembered answers."""
    package = tmp_path / "package"
    (package / "sub").mkdir(parents=True)
    (package / "a.py").write_text("A = 1\n")
    (package / "sub" / "b.j2").write_text("{{ b }}\n")
    monkeypatch.setattr(cache_home, "_code_roots", lambda: [str(package)])
    cache_home.source_files.cache_clear()
    cache_home.code_fingerprint.cache_clear()
    yield package
    cache_home.source_files.cache_clear()
    cache_home.code_fingerprint.cache_clear()


def _fresh_fingerprint() -> bytes:
    cache_home.source_files.cache_clear()
    cache_home.code_fingerprint.cache_clear()
    return cache_home.code_fingerprint()


def test_every_file_is_listed_outside_pycache(sources: Path) -> None:
    (sources / "__pycache__").mkdir()
    (sources / "__pycache__" / "a.pyc").write_bytes(b"\0")
    listed = [(folder, name) for folder, name, _size, _mtime in cache_home.source_files()]
    assert listed == [(str(sources), "a.py"), (str(sources / "sub"), "b.j2")]


@pytest.mark.parametrize("change", ["content", "time", "new file"])
def test_the_fingerprint_changes_with_any_source_file(sources: Path, change: str) -> None:
    before = _fresh_fingerprint()
    assert _fresh_fingerprint() == before
    target = sources / "sub" / "b.j2"
    if change == "content":
        target.write_text("{{ b }} and more\n")
    elif change == "time":
        stat = target.stat()
        os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    else:
        (sources / "c.py").write_text("")
    assert _fresh_fingerprint() != before
