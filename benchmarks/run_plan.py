"""Time the planner: the scheduling step alone, and `roadmap plan --format json` end to end.

    python3 -m benchmarks.run_plan [--sizes 1000 10000 100000] [--e2e 1000 10000] [--runs 5]

Portfolios come from benchmarks.portfolio (seed 1, as bench.py uses) and are written once under
benchmarks/.cache/. The scheduling step is `roadmap.scheduling.plan()` on a data set
loaded beforehand (and frozen out of the garbage collector's way, as the CLI does):
problem set-up, schedule generation, slack, critical path and
diagnostics. End to end is a fresh `roadmap plan DIR --format json` process each run,
loading, checking, planning and printing, never replayed (ROADMAP_REPLAY=0); the
first run fills the file cache. Times are time.perf_counter() wall clock;
the table shows median, min and max over the runs.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.portfolio import write_portfolio

if TYPE_CHECKING:
    from roadmap.models import Dataset

CACHE = Path(__file__).resolve().parent / ".cache"


def portfolio(actions: int) -> Path:
    """The generated data directory for `actions` actions, written on first use."""
    target = CACHE / f"portfolio-{actions}-seed1"
    if not (target / "actions.yaml").exists():
        write_portfolio(target, actions)
    return target


def timed(function: Callable[[], object], runs: int) -> list[float]:
    """Wall-clock seconds of each of `runs` calls."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        function()
        times.append(time.perf_counter() - began)
    return times


def row(label: str, times: list[float], extra: str = "") -> str:
    """One Markdown table row: median, min, max."""
    median = statistics.median(times)
    return f"| {label} | {median:.3f} | {min(times):.3f} | {max(times):.3f} | {len(times)} |{extra}"


def load_dataset(directory: Path) -> Dataset:
    """The data set of a generated directory, validated by the models.

    PyYAML's C loader and the pydantic models, without roadmap's YAML reader: at 100,000
    actions that reader refuses the file (Y007: it counts every node of the document
    against its alias-expansion limit), and the YAML reading is not what is measured here.
    """
    import yaml

    from roadmap.models import ActionsFile, Dataset, GoalsFile, Strategy

    def read(name: str) -> Any:
        with (directory / name).open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=yaml.CSafeLoader)

    return Dataset(
        strategy=Strategy.model_validate(read("strategy.yaml")),
        goals=GoalsFile.model_validate(read("goals.yaml")).goals,
        actions=ActionsFile.model_validate(read("actions.yaml")).actions,
    )


def calls(function: Callable[[], object]) -> int:
    """How many Python function calls one run makes: a measure of the work done that,
    unlike wall-clock time, does not depend on how busy the machine is."""
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    function()
    profile.disable()
    return sum(entry.callcount for entry in profile.getstats())


def scheduling_step(sizes: list[int], runs: int) -> list[str]:
    """Time plan() alone on each size."""
    from roadmap.scheduling import plan

    lines = [
        "| scheduling step, actions (dependencies) | median s | min s | max s | runs "
        "| Python calls |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for size in sizes:
        dataset = load_dataset(portfolio(size))
        gc.collect()
        gc.freeze()  # as `roadmap plan` does once the data is loaded
        edges = sum(len(a.depends_on) for a in dataset.actions)
        once = partial(plan, dataset)
        times = timed(once, runs if size < 100_000 else 3)
        lines.append(row(f"{size:,} ({edges:,})", times, f" {calls(once):,} |"))
        print(lines[-1], file=sys.stderr, flush=True)
    return lines


def end_to_end(sizes: list[int], runs: int) -> list[str]:
    """Time `roadmap plan DIR --format json` in a fresh process on each size."""
    roadmap = Path(sys.executable).parent / "roadmap"
    lines = [
        "| `roadmap plan --format json`, actions | median s | min s | max s | runs |",
        "|---|---:|---:|---:|---:|",
    ]
    for size in sizes:
        directory = str(portfolio(size))
        command = [str(roadmap), "plan", directory, "--format", "json"]

        def once(command: list[str] = command) -> None:
            env = {**os.environ, "ROADMAP_REPLAY": "0"}
            done = subprocess.run(command, capture_output=True, check=False, env=env)
            if done.returncode not in (0, 1):
                raise RuntimeError(done.stderr.decode()[-2000:])

        once()
        lines.append(row(f"{size:,}", timed(once, runs)))
        print(lines[-1], file=sys.stderr, flush=True)
    return lines


def main() -> None:
    """Run both benchmarks and print a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10_000, 100_000])
    parser.add_argument("--e2e", type=int, nargs="*", default=[1000, 10_000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    report = [*scheduling_step(args.sizes, args.runs), "", *end_to_end(args.e2e, args.runs)]
    print("\n".join(report))


if __name__ == "__main__":
    main()
