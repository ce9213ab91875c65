"""A throwaway git repository holding a data set, for `roadmap diff` tests."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import CASES

EXAMPLE = CASES / "valid" / "spec_example"


@dataclass
class GitRepo:
    """A git work tree in tmp_path, with helpers to edit data files and commit."""

    root: Path

    def git(self, *args: str) -> str:
        result = subprocess.run(
            ["git", *args], cwd=self.root, capture_output=True, text=True, check=True
        )
        return result.stdout.strip()

    def add_example(self, directory: str = "data") -> Path:
        target = self.root / directory
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted(EXAMPLE.glob("*.yaml")):
            shutil.copy(source, target / source.name)
        return target

    def edit(self, path: str, old: str, new: str) -> None:
        file = self.root / path
        text = file.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    def append(self, path: str, text: str) -> None:
        with (self.root / path).open("a", encoding="utf-8") as handle:
            handle.write(text)

    def commit(self, message: str) -> str:
        self.git("add", "-A")
        self.git("commit", "-q", "--allow-empty", "-m", message)
        return self.git("rev-parse", "HEAD")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """An empty repository with a local identity; the working directory is its root."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    root = tmp_path / "repo"
    root.mkdir()
    made = GitRepo(root)
    made.git("init", "-q", "-b", "main")
    made.git("config", "user.name", "Roadmap Tests")
    made.git("config", "user.email", "tests@example.invalid")
    made.git("config", "commit.gpgsign", "false")
    monkeypatch.chdir(root)
    return made


@pytest.fixture
def example_repo(repo: GitRepo) -> Callable[[], GitRepo]:
    """The spec example committed as `data/`: call it to get the repository."""

    def make() -> GitRepo:
        repo.add_example()
        repo.commit("spec example")
        return repo

    return make
