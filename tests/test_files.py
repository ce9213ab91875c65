"""Atomic writes: the new file appears whole, or the old one stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from roadmap.files import write_text_atomic


def test_writes_utf8_with_unix_newlines(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    write_text_atomic(str(target), "Демо\nline\n")
    assert target.read_bytes() == "Демо\nline\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_failure_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(str(target), "bad \udc80 surrogate")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]
