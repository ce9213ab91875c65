"""Reading a data file: its text, or one diagnostic saying why it cannot be read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from roadmap.diagnostics import Diagnostic
from roadmap.io import files
from roadmap.io.files import MAX_FILE_BYTES, read_text


def _problem(path: Path, *, required: bool = True) -> tuple[str, int, int, str]:
    found = read_text(str(path), required=required)
    assert isinstance(found, Diagnostic), found
    return (found.code, found.line, found.column, found.message)


def test_a_file_is_read_as_text_without_bom_or_carriage_returns(tmp_path: Path) -> None:
    (tmp_path / "goals.yaml").write_bytes(b"\xef\xbb\xbfgoals: []\r\nx: 1\r")
    assert read_text(str(tmp_path / "goals.yaml")) == "goals: []\nx: 1\n"


def test_a_missing_file_is_a_problem_only_when_required(tmp_path: Path) -> None:
    assert _problem(tmp_path / "goals.yaml") == (
        "Y000",
        0,
        0,
        "the file is missing; every data directory needs goals.yaml",
    )
    assert read_text(str(tmp_path / "progress.yaml"), required=False) is None


def test_a_directory_a_pipe_or_a_broken_link_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "actions.yaml").mkdir()
    assert _problem(tmp_path / "actions.yaml", required=False)[3] == (
        "actions.yaml is a directory; it must be a YAML file"
    )
    os.mkfifo(tmp_path / "goals.yaml")
    assert _problem(tmp_path / "goals.yaml")[3] == (
        "goals.yaml is not a regular file; it must be a YAML file"
    )
    (tmp_path / "strategy.yaml").symlink_to(tmp_path / "nowhere.yaml")
    assert "is not a regular file" in _problem(tmp_path / "strategy.yaml")[3]


def test_permission_denied_is_not_called_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "goals.yaml").write_text("goals: []\n")

    def refuse(*_args: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    assert _problem(tmp_path / "goals.yaml")[3] == "cannot read the file: permission denied"


def test_the_size_limit_comes_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "actions.yaml"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk, and any read would be slow

    def no_reading(*_args: object) -> None:
        raise AssertionError("the file was read")

    monkeypatch.setattr(os, "fdopen", no_reading)
    assert _problem(huge)[3] == "the file is larger than 64 MiB"


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "goals.yaml").write_text("goals: []\n")
    real = os.fstat

    def as_when_empty(fd: int) -> os.stat_result:
        found = real(fd)
        return os.stat_result((found.st_mode, 0, 0, 1, 0, 0, 0, 0, 0, 0))

    monkeypatch.setattr(os, "fstat", as_when_empty)
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 4)
    assert _problem(tmp_path / "goals.yaml")[3] == "the file is larger than 0 MiB"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a: 1\n".encode("utf-16"), ("Y002", 1, 1, "the file is UTF-16; save it as UTF-8")),
        (b"a: 1\nb: \xff\n", ("Y002", 2, 4, "byte 0xff is not UTF-8; save the file as UTF-8")),
        (
            b"\xef\xbb\xbfa: \xe9\n",
            ("Y002", 1, 4, "byte 0xe9 is not UTF-8; save the file as UTF-8"),
        ),
        (
            "a: 1\n".encode("utf-16-le"),
            ("Y003", 1, 2, "the file holds a NUL byte; is it a binary file? Save it as UTF-8 text"),
        ),
        (
            b"a: 1\r\nb: \x00\n",
            ("Y003", 2, 4, "the file holds a NUL byte; is it a binary file? Save it as UTF-8 text"),
        ),
    ],
)
def test_text_that_is_not_utf8_says_where(
    tmp_path: Path, raw: bytes, expected: tuple[str, int, int, str]
) -> None:
    (tmp_path / "goals.yaml").write_bytes(raw)
    assert _problem(tmp_path / "goals.yaml") == expected
