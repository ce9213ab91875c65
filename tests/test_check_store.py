"""`roadmap check` on unchanged files prints the stored diagnostics, the same bytes and
exit code as a full check, without importing pydantic or the models."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from roadmap import check_store, replay
from roadmap.check_store import check_diagnostics, decode, encode, stored_findings
from roadmap.diagnostics import Diagnostic, Severity
from tests.conftest import CASES, DATA, run_cli, run_python

CASES_WITH_FINDINGS = ["goal_without_kpi", "deadline_unmeetable", "duplicate_action_id"]


@pytest.fixture(autouse=True)
def _no_replay(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second run must reach the stored findings, not the replay of the first."""
    monkeypatch.setenv("ROADMAP_REPLAY", "0")


def _copy(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    (target / "expected.yaml").unlink(missing_ok=True)
    return target


@pytest.mark.parametrize("case", CASES_WITH_FINDINGS)
@pytest.mark.parametrize("output", ["text", "json", "github", "sarif"])
@pytest.mark.parametrize("strict", [False, True])
def test_a_stored_check_prints_what_the_full_check_printed(
    tmp_path: Path, case: str, output: str, strict: bool
) -> None:
    data = _copy(CASES / "invalid" / case, tmp_path / case)
    args = ["check", str(data), "--format", output, *(["--strict"] if strict else [])]
    full = run_cli(*args, "--no-cache")
    cold = run_cli(*args)
    assert stored_findings(str(data)) is not None
    warm = run_cli(*args)
    assert (cold.exit_code, cold.stdout, cold.stderr) == (full.exit_code, full.stdout, full.stderr)
    assert (warm.exit_code, warm.stdout, warm.stderr) == (full.exit_code, full.stdout, full.stderr)


def test_the_stored_diagnostics_are_those_of_the_full_check(tmp_path: Path) -> None:
    from roadmap.checks import check_directory

    for directory in [DATA, *(CASES / "invalid" / case for case in CASES_WITH_FINDINGS)]:
        full = check_directory(str(directory), use_cache=False).diagnostics
        assert check_diagnostics(str(directory)) == full
        stored = stored_findings(str(directory))
        assert stored is not None
        assert stored == full


def test_an_edited_file_is_checked_again(tmp_path: Path) -> None:
    data = _copy(CASES / "valid" / "spec_example", tmp_path / "data")
    assert run_cli("check", str(data)).exit_code == 0
    actions = data / "actions.yaml"
    actions.write_text(actions.read_text().replace("id: A02", "id: A01"))
    assert stored_findings(str(data)) is None
    run = run_cli("check", str(data), "--format", "json")
    assert run.exit_code == 1
    assert '"code": "R101"' in run.stdout


@pytest.mark.parametrize("change", ["remove", "directory", "progress as directory"])
def test_a_file_that_cannot_be_read_takes_the_full_way(tmp_path: Path, change: str) -> None:
    data = _copy(CASES / "valid" / "spec_example", tmp_path / "data")
    assert run_cli("check", str(data)).exit_code == 0
    target = data / ("progress.yaml" if "progress" in change else "goals.yaml")
    target.unlink()
    if change != "remove":
        target.mkdir()
    assert stored_findings(str(data)) is None
    run = run_cli("check", str(data))
    assert run.exit_code == 1
    assert "Y000" in run.stdout


def test_an_absent_optional_file_is_part_of_the_key(tmp_path: Path) -> None:
    data = _copy(CASES / "valid" / "spec_example", tmp_path / "data")
    run_cli("check", str(data))
    (data / "progress.yaml").unlink()
    assert stored_findings(str(data)) is None
    run_cli("check", str(data))
    assert stored_findings(str(data)) is not None


def test_the_same_files_under_another_name_are_checked_again(tmp_path: Path) -> None:
    data = _copy(CASES / "invalid" / "goal_without_kpi", tmp_path / "data")
    run_cli("check", str(data))
    assert stored_findings(str(data)) is not None
    assert stored_findings(os.path.join(str(data), ".")) is None


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"[1, 2]",
        b'[["f", "1", 1, "X", "error", "m"]]',
        b'[["f", 1, 1, "X", "fatal", "m"]]',
        b'[["f", 1, 1, "X", "error"]]',
        b'{"rules": []}',
        b"[" * 100_000,
    ],
)
def test_a_malformed_entry_is_a_miss(payload: bytes) -> None:
    assert decode(payload) is None


def test_encode_and_decode_agree() -> None:
    found = [
        Diagnostic("a.yaml", 0, 0, "Y000", Severity.ERROR, "é\n"),
        Diagnostic("b.yaml", 3, 5, "G201", Severity.WARNING, "x"),
    ]
    assert decode(encode(found)) == found


def test_a_corrupt_entry_is_checked_again(tmp_path: Path) -> None:
    from roadmap.cache_home import cache_dir

    data = _copy(CASES / "invalid" / "goal_without_kpi", tmp_path / "data")
    first = run_cli("check", str(data), "--format", "json")
    for entry in cache_dir().glob("*.findings"):
        entry.write_bytes(entry.read_bytes()[:-20])
    assert stored_findings(str(data)) is None
    again = run_cli("check", str(data), "--format", "json")
    assert (again.exit_code, again.stdout) == (first.exit_code, first.stdout)
    assert stored_findings(str(data)) is not None


def test_a_stored_check_tells_the_replay_every_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roadmap.checks import check_directory

    data = _copy(CASES / "valid" / "spec_example", tmp_path / "data")
    (data / "progress.yaml").unlink()
    full = replay.Recorder("key", tmp_path / "full.replay")
    monkeypatch.setattr("roadmap.replay._active", full)
    check_directory(str(data))
    stored = replay.Recorder("key", tmp_path / "stored.replay")
    monkeypatch.setattr("roadmap.replay._active", stored)
    assert check_store.stored_findings(str(data)) is not None
    assert stored.inputs == full.inputs
    assert len(stored.inputs) == 5


PROBE = """
import sys
from roadmap.check_store import check_diagnostics
found = check_diagnostics(sys.argv[1])
heavy = [m for m in ("pydantic", "yaml", "roadmap.models", "roadmap.checks") if m in sys.modules]
print(len(found), heavy)
"""


def test_a_stored_check_imports_no_models(tmp_path: Path) -> None:
    env = {"ROADMAP_CACHE_DIR": str(tmp_path / "cache")}
    data = str(CASES / "invalid" / "goal_without_kpi")
    cold = run_python(PROBE, data, env=env)
    assert "pydantic" in cold
    assert run_python(PROBE, data, env=env) == cold.split(" ", 1)[0] + " []"
