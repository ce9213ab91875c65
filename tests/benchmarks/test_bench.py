"""The benchmark script runs end to end (on a tiny size) and prints its table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.bench import SECONDS, Step, verdict

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_bench_smoke_prints_a_row_for_each_step(tmp_path: Path) -> None:
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
    rows = {
        (cells[0].strip(), cells[1].strip()): cells
        for cells in (line.split("|")[1:-1] for line in lines[2:])
    }
    assert "load average" in done.stdout
    for step in ("roadmap --help", "check", "plan", "render --format html"):
        cells = rows[("shipped data", step)]
        assert float(cells[3]) > 0
        assert float(cells[6]) > 0
        assert "≤" in cells[7]
        assert cells[8].strip() in ("ok", "OVER (time)")
    assert float(rows[("30 actions, dependencies only", "plan")][3]) > 0
    assert "skipped" in rows[("30 actions, dependencies only", "tj3 schedules the same problem")][8]
    assert float(rows[("30 actions, each on all before", "check")][3]) > 0
    assert not (tmp_path / ".cache").exists()


def test_every_target_of_the_issue_has_a_row() -> None:
    assert SECONDS[("shipped data", "roadmap --help")] == 0.15
    assert SECONDS[("1,000 actions, dependencies only", "plan")] == 0.35
    assert SECONDS[("800 actions, each on all before", "check")] == 2.0


def test_the_verdicts_compare_medians_and_peaks() -> None:
    fast = Step("10,000 actions", "plan (checks first)", ["x"], times=[1.0, 9.0, 2.0])
    fast.peak_mb = 200
    assert verdict(fast, [fast]) == ("≤ 3 s, ≤ 300 MB", "ok")
    fast.peak_mb = 400
    assert verdict(fast, [fast]) == ("≤ 3 s, ≤ 300 MB", "OVER (memory)")
    plan = Step("1,000 actions, dependencies only", "plan", ["x"], times=[0.2])
    tj3 = Step(plan.data, "tj3 schedules the same problem", ["tj3"], times=[12.0])
    assert verdict(tj3, [plan, tj3]) == ("≥ 50x plan", "60.0x ok")
