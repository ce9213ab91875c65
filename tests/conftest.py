"""Shared test helpers: run the real `roadmap` entry point in-process, or Python afresh."""

from __future__ import annotations

import io
import os
import subprocess
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


def run_python(code: str, *args: str, env: dict[str, str] | None = None) -> str:
    """Run CODE in a new interpreter from the project root; its stripped standard output.

    For what one process cannot show in-process: which modules a path imports, and what
    a first run does in a fresh interpreter. EXTRA variables in ENV are added to ours.
    """
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )
    return done.stdout.strip()


@pytest.fixture
def cli() -> Callable[..., Run]:
    """The `run_cli` helper as a fixture."""
    return run_cli
