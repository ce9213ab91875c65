"""Time `roadmap` as whole processes and print each median beside its target.

    python3 benchmarks/bench.py                          # shipped data, 1,000 and 10,000 actions
    python3 benchmarks/bench.py --sizes 1000,10000,100000   # 100,000 too (several minutes)
    python3 benchmarks/bench.py --smoke                  # a tiny run the tests use

Every run is a new process of the installed `roadmap` command, started the way a user
starts it; roadmap keeps nothing between runs, so every run reads, checks and plans from
the files. The steps of one data set run in rounds (each step once, then each again) so
that a slow minute of a shared machine slows them alike, after one untimed round in which
Python writes its bytecode, as an installation does. Wall time and peak memory (the
largest resident set, from wait4) of each run are taken; the table gives the median,
minimum and maximum over `--runs` runs. A child's peak cannot read below this script's
own (Linux counts the parent's memory at the start of a child), so the portfolios are
written by a child process and the floor is printed under the table.

The data: the shipped `data/`; a portfolio of 1,000 actions whose plan depends on its
dependencies alone, which TaskJuggler's `tj3` also schedules (`roadmap export --format
tjp-problem`; the row is skipped, with the reason, when tj3 is not installed); larger
portfolios with capacities and budget caps; and 800 actions that each depend on every
action before them (benchmarks/portfolio.py writes them all).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from benchmarks.portfolio import Shape

ROOT = Path(__file__).resolve().parent.parent
TJ3 = "tj3 schedules the same problem"
TJ3_RATIO = 50.0
"""tj3's median time over roadmap's `plan` on the same portfolio, at least."""
SECONDS = {
    ("shipped data", "roadmap --help"): 0.15,
    ("shipped data", "check"): 0.25,
    ("shipped data", "plan"): 0.30,
    ("shipped data", "render --format html"): 0.40,
    ("1,000 actions, dependencies only", "plan"): 0.35,
    ("10,000 actions", "plan (checks first)"): 3.0,
    ("100,000 actions", "plan (checks first)"): 40.0,
    ("800 actions, each on all before", "check"): 2.0,
}
MEGABYTES = {
    ("10,000 actions", "plan (checks first)"): 300,
    ("100,000 actions", "plan (checks first)"): 1500,
}


@dataclass
class Step:
    """One command to time on one data set, and what was measured."""

    data: str
    name: str
    argv: list[str]
    ok: tuple[int, ...] = (0, 1)
    times: list[float] = field(default_factory=list)
    peak_mb: float = 0.0
    note: str = ""


def roadmap_command() -> list[str]:
    """The installed console script beside this Python, else `python -m roadmap`."""
    script = Path(sys.executable).with_name("roadmap")
    return [str(script)] if script.exists() else [sys.executable, "-m", "roadmap"]


def run_once(step: Step, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one run of `step`.

    Raises when the exit code is not one the step allows: roadmap exits 1 on findings,
    which still measures the work, but a crash or a failed tj3 schedule would not.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        step.argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    error = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in step.ok:
        message = error.decode(errors="replace")[-400:]
        raise RuntimeError(f"{' '.join(step.argv)} exited {code}: {message}")
    return elapsed, usage.ru_maxrss / 1024


def run_rounds(steps: list[Step], runs: int) -> None:
    """One untimed round, then `runs` timed rounds of every step in turn."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for step in steps:
        run_once(step, env)
    for _ in range(runs):
        for step in steps:
            elapsed, peak = run_once(step, env)
            step.times.append(elapsed)
            step.peak_mb = max(step.peak_mb, peak)


def portfolio(work: Path, actions: int, shape: Shape) -> Path:
    """A generated portfolio in the scratch folder, written by a child process."""
    directory = work / f"{shape}-{actions}"
    script = ROOT / "benchmarks" / "portfolio.py"
    argv = [sys.executable, str(script), str(directory), "--actions", str(actions)]
    subprocess.run([*argv, "--shape", shape], check=True)
    return directory


def tj3_step(work: Path, data: str, directory: Path, *, smoke: bool) -> Step:
    """tj3 scheduling the planning problem of `directory`; a note instead when it cannot."""
    step = Step(data, TJ3, [], ok=(0,))
    if smoke:
        step.note = "skipped: not run with --smoke"
    elif shutil.which("tj3") is None:
        step.note = "skipped: tj3 is not installed (apt-get install tj3)"
    else:
        project = work / "problem.tjp"
        export = [*roadmap_command(), "export", str(directory), "--format", "tjp-problem"]
        subprocess.run([*export, "-o", str(project)], check=True, capture_output=True)
        reports = work / "tj3"
        reports.mkdir(exist_ok=True)
        step.argv = ["tj3", "--silent", "--no-color", "-o", str(reports), str(project)]
    return step


def data_sets(work: Path, sizes: list[int], dense: int, *, smoke: bool) -> list[list[Step]]:
    """The steps of each data set, one list per data set."""
    roadmap = roadmap_command()
    shipped = str(ROOT / "data")
    html = str(work / "roadmap.html")
    groups = [
        [
            Step("shipped data", "roadmap --help", [*roadmap, "--help"]),
            Step("shipped data", "check", [*roadmap, "check", shipped]),
            Step("shipped data", "plan", [*roadmap, "plan", shipped]),
            Step(
                "shipped data",
                "render --format html",
                [*roadmap, "render", shipped, "--format", "html", "-o", html],
            ),
        ]
    ]
    for size in sizes:
        if size == 1000 or smoke:
            data = f"{size:,} actions, dependencies only"
            directory = portfolio(work, size, "dependencies")
            plan = Step(data, "plan", [*roadmap, "plan", str(directory)])
            groups.append([plan, tj3_step(work, data, directory, smoke=smoke)])
        else:
            data = f"{size:,} actions"
            directory = portfolio(work, size, "constrained")
            groups.append([Step(data, "plan (checks first)", [*roadmap, "plan", str(directory)])])
    directory = portfolio(work, dense, "dense")
    data = f"{dense:,} actions, each on all before"
    groups.append([Step(data, "check", [*roadmap, "check", str(directory)])])
    return groups


def verdict(step: Step, steps: list[Step]) -> tuple[str, str]:
    """The target of a step, and whether its median met it."""
    key = (step.data, step.name)
    median = statistics.median(step.times)
    if step.name == TJ3:
        plans = [s for s in steps if s.data == step.data and s.name == "plan" and s.times]
        if not plans:
            return f"≥ {TJ3_RATIO:g}x plan", ""
        ratio = median / statistics.median(plans[0].times)
        return f"≥ {TJ3_RATIO:g}x plan", f"{ratio:.1f}x " + (
            "ok" if ratio >= TJ3_RATIO else "UNDER"
        )
    targets, over = [], []
    if key in SECONDS:
        targets.append(f"≤ {SECONDS[key]:g} s")
        if median > SECONDS[key]:
            over.append("time")
    if key in MEGABYTES:
        targets.append(f"≤ {MEGABYTES[key]:,} MB")
        if step.peak_mb > MEGABYTES[key]:
            over.append("memory")
    met = f"OVER ({', '.join(over)})" if over else "ok"
    return ", ".join(targets), met if targets else ""


def table(steps: list[Step]) -> str:
    """The steps as a Markdown table."""
    lines = [
        "| data | step | runs | median s | min s | max s | peak MB | target | verdict |",
        "|---|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for step in steps:
        if not step.times:
            lines.append(f"| {step.data} | {step.name} | 0 | | | | | | {step.note} |")
            continue
        target, met = verdict(step, steps)
        lines.append(
            f"| {step.data} | {step.name} | {len(step.times)} | "
            f"{statistics.median(step.times):.3f} | {min(step.times):.3f} | "
            f"{max(step.times):.3f} | {step.peak_mb:.0f} | {target} | {met} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run every step, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="1000,10000", help="portfolio sizes, comma-separated (add 100000)"
    )
    parser.add_argument("--dense", type=int, default=800, help="actions of the dense portfolio")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each step")
    parser.add_argument("--smoke", action="store_true", help="a tiny, quick run for the tests")
    args = parser.parse_args(argv)
    sizes = [30] if args.smoke else [int(s) for s in args.sizes.split(",") if s]
    dense = 30 if args.smoke else args.dense
    runs = 1 if args.smoke else args.runs
    load = os.getloadavg()[0]
    steps: list[Step] = []
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-") as scratch:
        for group in data_sets(Path(scratch), sizes, dense, smoke=args.smoke):
            timed = [step for step in group if step.argv]
            run_rounds(timed, min(runs, 3) if any("100,000" in s.data for s in timed) else runs)
            steps.extend(group)
    floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(table(steps))
    print(
        f"\n{os.cpu_count()} CPUs; load average {load:.2f} before the run, "
        f"{os.getloadavg()[0]:.2f} after it; peak MB cannot read below {floor:.0f}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
