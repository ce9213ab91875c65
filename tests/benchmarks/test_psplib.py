"""PSPLIB j30 instances through the converter, the planner and the independent check."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.psplib import (
    SHARED,
    check_plan,
    month,
    optima,
    period,
    plan_in_process,
    read_sm,
    write_folder,
)

J30 = SHARED / "j30"
pytestmark = pytest.mark.skipif(
    not (J30 / "j301_1.sm").exists(), reason=f"the PSPLIB instances are not at {J30}"
)


@pytest.mark.parametrize("name", ["j301_1.sm", "j303_4.sm", "j3041_5.sm"])
def test_optimise_reaches_the_published_optimum(name: str, tmp_path: Path) -> None:
    optimum = optima(SHARED / "j30opt.txt")[name]
    write_folder(J30 / name, tmp_path)
    instance = read_sm(J30 / name)
    rule, _ = plan_in_process(tmp_path, optimize=False, limit=10)
    best, _ = plan_in_process(tmp_path, optimize=True, limit=10)
    rule_makespan, rule_problems = check_plan(instance, rule)
    makespan, problems = check_plan(instance, best)
    assert rule_problems == [] and problems == []
    assert makespan == optimum <= rule_makespan
    assert best["objective"] == {
        "name": "finish",
        "value": optimum,
        "bound": optimum,
        "status": "optimal",
    }


def test_the_check_finds_a_broken_plan(tmp_path: Path) -> None:
    write_folder(J30 / "j301_1.sm", tmp_path)
    instance = read_sm(J30 / "j301_1.sm")
    payload, _ = plan_in_process(tmp_path, optimize=False, limit=10)
    start = payload["horizon"]["start"]
    crammed = [
        dict(a, start=start, finish=month(period(a["finish"]) - period(a["start"])))
        for a in payload["actions"]
    ]
    _, problems = check_plan(instance, {"actions": crammed})
    assert any("before job" in p for p in problems)
    assert any(p.startswith("resource R") for p in problems)
