"""Commands write nothing but their `-o` file: no cache in the home directory, nothing
beside the data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, run_cli

COMMANDS = [
    ["check", "data"],
    ["plan", "data"],
    ["render", "data", "--format", "html", "-o", "roadmap.html"],
    ["status", "data"],
]


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: args[0])
def test_a_command_writes_nothing_outside_its_output(tmp_path: Path, args: list[str]) -> None:
    home, xdg, work = tmp_path / "home", tmp_path / "xdg-cache", tmp_path / "work"
    home.mkdir()
    xdg.mkdir()
    shutil.copytree(DATA, work / "data")
    before = _tree(work)
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(xdg)}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, "-m", "roadmap", *args],
        cwd=work,
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert list(home.iterdir()) == []
    assert list(xdg.iterdir()) == []
    after = _tree(work)
    written = {"roadmap.html"} if "-o" in args else set()
    assert set(after) - set(before) == written
    assert {name: after[name] for name in before} == before


def test_an_empty_o_is_refused_in_words() -> None:
    run = run_cli("check", str(DATA), "-o", "")
    assert run.exit_code == 2
    assert "-o needs the path of a file to write" in run.stderr


def test_o_under_a_file_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("kept\n", encoding="utf-8")
    run = run_cli("check", str(DATA), "-o", str(tmp_path / "notes.txt" / "deep" / "out.txt"))
    assert run.exit_code == 2
    assert f"{tmp_path / 'notes.txt'} is a file, not a folder" in run.stderr
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "kept\n"
