"""Replaying a command whose inputs did not change: same bytes, and never stale."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import roadmap.cli
from roadmap import replay
from roadmap.cache_home import cache_dir
from tests.conftest import DATA, Run, run_cli, run_python


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A private copy of the shipped data."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def entries() -> list[Path]:
    folder = cache_dir() / "replay"
    return sorted(folder.glob("*.replay")) if folder.is_dir() else []


def test_a_second_identical_run_is_replayed_byte_for_byte(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run_cli("plan", str(data), "--format", "json")
    assert first.exit_code == 0
    assert len(entries()) == 1

    monkeypatch.setattr(roadmap.cli, "application", _refuse)
    second = run_cli("plan", str(data), "--format", "json")
    assert second == first


def test_findings_and_their_exit_code_are_replayed(data: Path) -> None:
    actions = data / "actions.yaml"
    actions.write_text(actions.read_text("utf-8").replace("lead: ", "lead: nobody-", 1), "utf-8")
    first = run_cli("check", str(data))
    assert first.exit_code == 1
    assert "R1" in first.stdout
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(roadmap.cli, "application", _refuse)
        assert run_cli("check", str(data)) == first


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


def test_a_file_written_with_o_is_written_again(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "roadmap.md"
    assert run_cli("render", str(data), "--format", "md", "-o", str(out)).exit_code == 0
    written = out.read_bytes()
    out.unlink()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(roadmap.cli, "application", _refuse)
        assert run_cli("render", str(data), "--format", "md", "-o", str(out)).exit_code == 0
    assert out.read_bytes() == written


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


def test_an_entry_cut_short_is_a_miss(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = run_cli("plan", str(data), "--format", "json")
    (entry,) = entries()
    entry.write_bytes(entry.read_bytes()[:-10])
    monkeypatch.setattr(roadmap.cli, "application", _refuse)
    ran = run_cli("plan", str(data), "--format", "json")
    assert ran.exit_code == 2
    assert "instead of being replayed" in ran.stderr
    assert first.exit_code == 0


def test_a_malformed_entry_is_a_miss(data: Path) -> None:
    first = run_cli("check", str(data))
    (entry,) = entries()
    entry.write_text("{not json", "utf-8")
    assert run_cli("check", str(data)) == first
    assert json.loads(entry.read_bytes().split(b"\n", 1)[0])["format"] == replay.FORMAT


def test_an_entry_for_another_key_is_a_miss(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_cli("check", str(data))
    (entry,) = entries()
    first, blobs = entry.read_bytes().split(b"\n", 1)
    header = json.loads(first)
    header["key"] = "0" * 64
    entry.write_bytes(json.dumps(header).encode() + b"\n" + blobs)
    monkeypatch.setattr(roadmap.cli, "application", _refuse)
    ran = run_cli("check", str(data))
    assert ran.exit_code == 2
    assert "instead of being replayed" in ran.stderr


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


def test_the_console_script_replays_the_same_bytes(data: Path, tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("roadmap")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "roadmap"]
    env = {**os.environ, "ROADMAP_CACHE_DIR": str(tmp_path / "cache")}
    runs = [
        subprocess.run(
            [*command, "plan", str(data), "--format", "json"],
            capture_output=True,
            env=env,
            check=False,
        )
        for _ in range(2)
    ]
    assert len(list((tmp_path / "cache" / "replay").glob("*.replay"))) == 1
    assert [r.returncode for r in runs] == [0, 0]
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stderr == runs[1].stderr == b""


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


def test_a_replay_imports_only_what_it_writes_with(data: Path) -> None:
    """A hit costs little more than starting Python: it leaves out, besides the heavy
    libraries, the standard modules that only a run that computes or writes needs."""
    recording = run_python(REPLAY_PROBE, str(data)).splitlines()[-1].split()
    replayed = run_python(REPLAY_PROBE, str(data)).splitlines()[-1].split()
    assert "roadmap.checks" in recording
    left_out = {"typer", "pydantic", "yaml", "typing", "tempfile", "traceback", "datetime"}
    assert left_out.isdisjoint(replayed), sorted(left_out & set(replayed))
