"""Every report can go to `-o FILE`, and an output that cannot take it (a folder, a full
device, an encoding without its letters) ends with one clear line and exit 2."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from roadmap.texts import TEXTS
from tests.conftest import DATA, ROOT

COMMANDS = {
    "check": ["check", "data"],
    "plan": ["plan", "data", "--lang", "bg"],
    "explain": ["explain", "data", "A01"],
    "render": ["render", "data", "--lang", "bg"],
    "export": ["export", "data", "--lang", "bg"],
    "status": ["status", "data", "--lang", "bg"],
    "diff": ["diff", "HEAD", "--data", "data"],
    "schema": ["schema"],
    "rules": ["rules"],
}


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository holding a copy of the data, with a new action in the work tree."""
    folder = tmp_path_factory.mktemp("repo")
    shutil.copytree(DATA, folder / "data")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(folder)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "data"], check=True)
    return folder


def _run(
    work: Path, args: list[str], stdout: int = subprocess.PIPE, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **env}
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(ROOT), environment.get("PYTHONPATH")])
    )
    return subprocess.run(
        [sys.executable, "-m", "roadmap", *args],
        cwd=work,
        env=environment,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )


def _said(key: str, args: list[str]) -> str:
    """The text `key` in the language the command speaks."""
    return TEXTS[key]["bg" if "bg" in args else "en"]


def _one_clear_line(done: subprocess.CompletedProcess[str]) -> None:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "bug in roadmap" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stderr.startswith("roadmap: ")


@pytest.mark.parametrize("name", COMMANDS)
def test_o_writes_into_a_new_folder(work: Path, name: str) -> None:
    target = work / "out" / name / "report"
    done = _run(work, [*COMMANDS[name], "-o", str(target)])
    assert done.returncode in {0, 1}, done.stderr
    assert target.read_text("utf-8")
    assert done.stdout == ""


@pytest.mark.parametrize("name", COMMANDS)
def test_o_onto_a_folder_is_refused(work: Path, name: str) -> None:
    (work / "a-folder").mkdir(exist_ok=True)
    done = _run(work, [*COMMANDS[name], "-o", "a-folder"])
    _one_clear_line(done)
    assert "folder" in done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("name", COMMANDS)
def test_a_full_output_is_one_clear_line(work: Path, name: str) -> None:
    with open("/dev/full", "w") as full:
        done = _run(work, COMMANDS[name], stdout=full.fileno())
    _one_clear_line(done)
    assert _said("cli.no_space", COMMANDS[name]) in done.stderr


@pytest.mark.parametrize("name", COMMANDS)
def test_an_encoding_without_the_letters_is_one_clear_line(work: Path, name: str) -> None:
    done = _run(work, COMMANDS[name], PYTHONIOENCODING="ascii")
    if done.returncode in {0, 1}:  # the report happened to be ASCII
        assert done.stdout.isascii()
        return
    _one_clear_line(done)
    assert "encoding" in done.stderr


def test_a_closed_output_is_one_clear_line(work: Path) -> None:
    done = subprocess.run(
        f"{sys.executable} -m roadmap check data >&-",
        shell=True,
        cwd=work,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=False,
    )
    _one_clear_line(done)
    assert "closed" in done.stderr


def test_schema_o_replaces_a_file(work: Path) -> None:
    target = work / "schema.json"
    target.write_text("old")
    assert _run(work, ["schema", "-o", str(target)]).returncode == 0
    assert target.read_text("utf-8").startswith("{")


@pytest.mark.parametrize("args", [["rules"], ["status", "data", "--lang", "bg"]], ids=str)
def test_a_broken_pipe_is_one_clear_line_in_the_commands_language(
    work: Path, args: list[str]
) -> None:
    read, write = os.pipe()
    os.close(read)
    try:
        done = _run(work, args, stdout=write)
    finally:
        os.close(write)
    _one_clear_line(done)
    assert _said("cli.broken_pipe", args) in done.stderr
