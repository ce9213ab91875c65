"""Replaying a command whose inputs did not change: same bytes, and never stale."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import roadmap.cli
from roadmap import replay
from roadmap.cache_home import cache_dir
from tests.conftest import DATA, Run, run_cli


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A private copy of the shipped data."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def entries() -> list[Path]:
    folder = cache_dir() / "replay"
    return sorted(folder.glob("*.replay")) if folder.is_dir() else []


def test_an_edited_file_is_read_again(data: Path) -> None:
    before = run_cli("check", str(data), "--format", "json")
    actions = data / "actions.yaml"
    actions.write_text(actions.read_text("utf-8").replace("lead: ", "lead: nobody-", 1), "utf-8")
    after = run_cli("check", str(data), "--format", "json")
    assert json.loads(before.stdout)["errors"] == 0
    assert json.loads(after.stdout)["errors"] > 0


def test_a_file_that_appears_is_read(data: Path) -> None:
    progress = data / "progress.yaml"
    saved = progress.read_bytes()
    progress.unlink()
    without = run_cli("status", str(data), "--format", "json")
    progress.write_bytes(saved)
    with_progress = run_cli("status", str(data), "--format", "json")
    assert without.stdout != with_progress.stdout


@pytest.mark.parametrize(
    ("args", "env"),
    [(("--no-cache",), {}), ((), {"ROADMAP_REPLAY": "0"})],
    ids=["--no-cache", "ROADMAP_REPLAY=0"],
)
def test_replay_can_be_switched_off(
    data: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], env: dict[str, str]
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    run_cli("check", str(data), *args)
    run_cli("check", str(data), *args)
    assert entries() == []


def test_a_crash_is_not_recorded(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("roadmap.checks.check_directory", broken)
    crashed = run_cli("check", str(data))
    assert crashed.exit_code == 2
    assert "this is a bug in roadmap" in crashed.stderr
    assert entries() == []


def test_a_usage_error_is_not_recorded() -> None:
    assert run_cli("check", "--no-such-option").exit_code == 2
    assert entries() == []


def test_the_key_follows_the_code_the_date_and_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = replay.run_key(["check", "data"])
    assert replay.run_key(["check", "data"]) == base
    assert replay.run_key(["check", "data/"]) != base
    monkeypatch.setenv("ROADMAP_YAML_PARSER", "auto")
    assert replay.run_key(["check", "data"]) != base
    monkeypatch.delenv("ROADMAP_YAML_PARSER")
    monkeypatch.setattr(replay, "code_fingerprint", lambda: ["another build"])
    assert replay.run_key(["check", "data"]) != base


def test_the_code_fingerprint_sees_every_source_file() -> None:
    seen = replay.code_fingerprint()[2]
    files = {os.path.join(folder, name) for folder, name, _size, _mtime in seen}
    package = Path(replay.__file__).parent
    templates = Path(__file__).resolve().parent.parent / "templates"
    for source in [*package.rglob("*.py"), *templates.rglob("*.j2")]:
        if "__pycache__" not in source.parts:
            assert str(source.resolve()) in files or str(source) in files, source


def test_path_state_tells_what_the_loader_would_find(tmp_path: Path) -> None:
    (tmp_path / "file.yaml").write_bytes(b"a: 1\n")
    (tmp_path / "folder").mkdir()
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    assert replay.path_state(str(tmp_path / "missing")) == "absent"
    assert replay.path_state(str(tmp_path / "folder")) == "directory"
    assert replay.path_state(str(tmp_path / "dangling")) == "not a regular file"
    assert len(replay.path_state(str(tmp_path / "file.yaml"))) == 64


def _refuse() -> Run:
    raise AssertionError("the command ran instead of being replayed")


@pytest.mark.parametrize("args", [("--help",), ("plan", "--help"), ()], ids=str)
def test_help_is_replayed(monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]) -> None:
    first = run_cli(*args)
    assert "Usage" in first.stdout + first.stderr
    monkeypatch.setattr(roadmap.cli, "application", _refuse)
    assert run_cli(*args) == first


def test_commands_that_write_or_compare_are_never_replayed(data: Path) -> None:
    run_cli("rules")
    run_cli("diff", "HEAD", "HEAD", "--data", str(data))
    assert entries() == []


REPLAY_PROBE = """
import sys
from roadmap.cli import main
sys.argv = ["roadmap", "check", sys.argv[1]]
try:
    main()
except SystemExit:
    pass
print()
print(" ".join(sorted(sys.modules)))
"""
