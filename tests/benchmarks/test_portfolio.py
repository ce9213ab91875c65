"""Generated portfolios are valid data: they check without errors at any size and shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.portfolio import SHAPES, Shape, write_portfolio
from tests.conftest import run_cli


@pytest.mark.parametrize("size", [1, 7, 120])
@pytest.mark.parametrize("shape", SHAPES)
def test_a_generated_portfolio_checks_without_errors(
    tmp_path: Path, size: int, shape: Shape
) -> None:
    write_portfolio(tmp_path, size, seed=size, shape=shape)
    run = run_cli("check", str(tmp_path), "--format", "json")
    assert run.exit_code == 0, run.stdout + run.stderr
    actions = (tmp_path / "actions.yaml").read_text(encoding="utf-8")
    assert actions.count("\n  - id: A") == size


def test_only_the_constrained_shape_has_capacities_and_caps(tmp_path: Path) -> None:
    for shape in SHAPES:
        write_portfolio(tmp_path / shape, 40, shape=shape)
    for shape in SHAPES:
        strategy = (tmp_path / shape / "strategy.yaml").read_text(encoding="utf-8")
        assert ("capacity:" in strategy) == (shape == "constrained")
        assert ("budget_caps:" in strategy) == (shape == "constrained")


def test_a_dense_portfolio_depends_on_every_earlier_action(tmp_path: Path) -> None:
    write_portfolio(tmp_path, 12, shape="dense")
    actions = (tmp_path / "actions.yaml").read_text(encoding="utf-8")
    assert "    depends_on: [A000001, A000002, A000003]\n" in actions
    assert actions.count("A0000") - 12 == 12 * 11 // 2


def test_the_portfolio_generator_is_deterministic(tmp_path: Path) -> None:
    write_portfolio(tmp_path / "a", 40, seed=5)
    write_portfolio(tmp_path / "b", 40, seed=5)
    for name in ("strategy.yaml", "goals.yaml", "actions.yaml", "progress.yaml"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
