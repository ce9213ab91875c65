"""Shared test helpers: run the real `roadmap` entry point in-process."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from roadmap.cli import main

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
DATA = ROOT / "data"


@dataclass
class Run:
    """The outcome of one CLI run."""

    exit_code: int
    stdout: str
    stderr: str


def run_cli(*args: str) -> Run:
    """Run `roadmap ARGS` through its console entry point and capture everything."""
    out, err = io.StringIO(), io.StringIO()
    argv = sys.argv
    sys.argv = ["roadmap", *args]
    code = 0
    try:
        with redirect_stdout(out), redirect_stderr(err):
            main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = argv
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture(autouse=True)
def _private_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test's loader cache out of the user's home, and apart from other tests."""
    monkeypatch.setenv("ROADMAP_CACHE_DIR", str(tmp_path_factory.mktemp("roadmap-cache")))


@pytest.fixture
def cli() -> Callable[..., Run]:
    """The `run_cli` helper as a fixture."""
    return run_cli
