"""Generated portfolios are valid data: they check without errors at any size."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.portfolio import write_portfolio
from tests.conftest import run_cli


@pytest.mark.parametrize("size", [1, 7, 120])
def test_a_generated_portfolio_checks_without_errors(tmp_path: Path, size: int) -> None:
    write_portfolio(tmp_path, size, seed=size)
    run = run_cli("check", str(tmp_path))
    assert run.exit_code == 0, run.stdout + run.stderr
    actions = (tmp_path / "actions.yaml").read_text(encoding="utf-8")
    assert actions.count("\n  - id: A") == size


def test_the_portfolio_generator_is_deterministic(tmp_path: Path) -> None:
    write_portfolio(tmp_path / "a", 40, seed=5)
    write_portfolio(tmp_path / "b", 40, seed=5)
    for name in ("strategy.yaml", "goals.yaml", "actions.yaml", "progress.yaml"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
