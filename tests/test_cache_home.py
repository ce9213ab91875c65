"""The listing of roadmap's files and the code fingerprint that keys stored entries."""

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
    _forget()
    yield package
    _forget()


def _forget() -> None:
    cache_home.source_files.cache_clear()
    cache_home.code_fingerprint.cache_clear()


def _fresh_fingerprint() -> bytes:
    _forget()
    return cache_home.code_fingerprint()


def test_every_file_is_listed_outside_pycache(sources: Path) -> None:
    (sources / "__pycache__").mkdir()
    (sources / "__pycache__" / "a.pyc").write_bytes(b"\0")
    listed = [(folder, name) for folder, name, _size, _mtime in cache_home.source_files()]
    assert listed == [(str(sources), "a.py"), (str(sources / "sub"), "b.j2")]


def test_a_dangling_link_is_listed_not_fatal(sources: Path) -> None:
    """An editor's lock file (`.#name`, a link to nowhere) sits among the sources while a
    buffer has unsaved edits."""
    (sources / ".#a.py").symlink_to(sources / "user@host.1234")
    listed = {name: (size, mtime) for _, name, size, mtime in cache_home.source_files()}
    assert listed[".#a.py"] == (-1, -1)
    before = cache_home.code_fingerprint()
    (sources / ".#a.py").unlink()
    assert _fresh_fingerprint() != before


def test_the_fingerprint_follows_the_content_even_when_size_and_time_stay(
    sources: Path,
) -> None:
    """A copy that keeps times (`cp -p`, `rsync -a`) must not bring stored findings of
    other code back."""
    source = sources / "a.py"
    before = _fresh_fingerprint()
    assert _fresh_fingerprint() == before
    stat = source.stat()
    source.write_text("A = 2\n")
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert source.stat().st_size == stat.st_size
    assert _fresh_fingerprint() != before


def test_a_new_python_file_changes_the_fingerprint(sources: Path) -> None:
    before = _fresh_fingerprint()
    (sources / "sub" / "c.py").write_text("")
    assert _fresh_fingerprint() != before


def test_a_library_version_enters_the_fingerprint(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new PyYAML (say) can change what a check finds, so it misses stored findings."""
    library = tmp_path / "site" / "somelib"
    library.mkdir(parents=True)
    (library / "__init__.py").write_text("__version__ = '1.0'\n")
    monkeypatch.syspath_prepend(str(library.parent))
    monkeypatch.setattr(cache_home, "_LIBRARY_VERSIONS", (("somelib", "__init__.py"),))
    before = _fresh_fingerprint()
    (library / "__init__.py").write_text("__version__ = '1.1'\n")
    assert _fresh_fingerprint() != before
