"""The data files are read one way, with the kinds the models name."""

from __future__ import annotations

from pathlib import Path

from roadmap.data_files import KINDS, REQUIRED, read_data_file
from roadmap.models import FILE_MODELS, REQUIRED_KINDS


def test_the_kinds_are_those_of_the_models() -> None:
    assert tuple(FILE_MODELS) == KINDS
    assert REQUIRED == REQUIRED_KINDS


def test_a_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "goals.yaml").write_bytes(b"goals: []\n")
    found = read_data_file(str(tmp_path), "goals")
    assert found.raw == b"goals: []\n"
    assert found.problem is None


def test_what_cannot_be_read_says_why(tmp_path: Path) -> None:
    (tmp_path / "actions.yaml").mkdir()
    assert read_data_file(str(tmp_path), "actions").problem == (
        "actions.yaml is a directory; it must be a YAML file"
    )
    assert "missing" in str(read_data_file(str(tmp_path), "goals").problem)
    absent = read_data_file(str(tmp_path), "progress")
    assert (absent.raw, absent.problem) == (None, None)
