"""The benchmark script runs end to end (on a tiny size) and prints its table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_bench_smoke_prints_a_table_with_measured_rows(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench.py"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("|")]
    rows = [line.split("|")[1:-1] for line in lines[2:]]
    assert "load average" in done.stdout
    steps = {(cells[0].strip(), cells[1].strip()): cells for cells in rows}
    cold = steps[("30", "check (cold)")]
    assert float(cold[3]) > 0
    assert float(cold[7]) > 0
    assert float(steps[("shipped", "roadmap --help")][3]) > 0
    assert float(steps[("shipped", "check (after an edit)")][3]) > 0
    for cells in rows:
        assert cells[3].strip() or "not available" in cells[9], cells
