"""Run the whole benchmark of issue 8 and print one table.

    python3 benchmarks/bench.py                 # shipped data, 1k, 10k and 100k actions
    python3 benchmarks/bench.py --sizes 1000    # only some sizes
    python3 benchmarks/bench.py --smoke         # a tiny run that CI uses so this cannot rot

Each step runs the installed `roadmap` command in a subprocess several times, in rounds
that run every step of a data set once in turn, so that a slow minute of this shared
machine slows all of them alike. The table gives the median, minimum and maximum wall
time and the peak memory (the largest resident set of any run, from wait4).

- "cold" runs start with an empty cache;
- "warm" ones follow an identical earlier run, whose output they replay
  (roadmap.replay);
- "warm, no replay" ones set ROADMAP_REPLAY=0 and compute the output again from the
  cached, validated files;
- "after an edit" ones follow a change to `actions.yaml`, as a planner's save makes it;
- "fast reader" runs set ROADMAP_YAML_PARSER=auto;
- "one parser process" runs set ROADMAP_YAML_SPLIT=0, so that a large file is parsed
  whole rather than in two halves at once (roadmap.loading.split_parse).

`plan` prints its default text table, as a planner would run it; its output goes to
/dev/null. The 1,000-action portfolio is also exported for TaskJuggler's `tj3` twice,
and tj3 runs on both in the same rounds: `--format tjp-problem` gives it the planning
problem to schedule (dependencies, lags, earliest starts, each lead's capacity), and
`--format tjp` the plan's dates to check. The ratios of tj3's times to roadmap's are
printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.portfolio import write_portfolio

ROOT = Path(__file__).resolve().parent.parent
TJ3_SCHEDULES = "tj3 schedules the same problem"
TJ3_CHECKS = "tj3 checks the plan's dates"
TARGETS = {
    ("shipped", "roadmap --help"): 0.15,
    **{
        ("shipped", f"check ({how})"): 0.25
        for how in ("cold", "warm", "warm, no replay", "after an edit")
    },
    **{("shipped", f"plan ({how})"): 0.4 for how in ("cold", "warm", "warm, no replay")},
    **{("shipped", f"render html ({how})"): 0.6 for how in ("cold", "warm")},
    **{("1,000", f"plan ({how})"): 1.0 for how in ("cold", "warm", "warm, no replay")},
    ("10,000", "check + plan (cold)"): 3.0,
    ("10,000", "check + plan (cold, fast reader)"): 3.0,
    ("10,000", "check + plan (warm)"): 1.0,
    ("10,000", "check + plan (warm, no replay)"): 1.0,
    ("100,000", "check + plan (cold)"): 30.0,
    ("100,000", "check + plan (cold, fast reader)"): 30.0,
    **{
        (size, f"plan, checks included ({how})"): limit
        for size, limit in (("10,000", 3.0), ("100,000", 30.0))
        for how in ("cold", "cold, fast reader")
    },
}


@dataclass
class Row:
    """One line of the table."""

    data: str
    step: str
    times: list[float]
    peak_mb: float
    note: str = ""
    cpu: list[float] = field(default_factory=list)


def roadmap_command() -> list[str]:
    """The installed console script beside this Python, else `python -m roadmap`."""
    script = Path(sys.executable).with_name("roadmap")
    return [str(script)] if script.exists() else [sys.executable, "-m", "roadmap"]


def compile_package() -> None:
    """Compile roadmap's modules and shipped templates to bytecode first, as pip does when
    it installs a package, so that no measured run pays for compiling Python source."""
    folders = [str(ROOT / "roadmap"), str(ROOT / "templates")]
    subprocess.run([sys.executable, "-m", "compileall", "-q", *folders], check=True)


def run_once(
    argv: list[str], env: dict[str, str], cwd: Path | None = None, ok: tuple[int, ...] = (0, 1)
) -> tuple[float, float, float]:
    """Wall seconds, peak resident MB and CPU seconds of one run.

    Raises when the exit code is not in `ok`: roadmap exits 1 on findings, which still
    measures the work, but a crash or (for tj3) a failed schedule would not.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if process.returncode not in ok:
        raise RuntimeError(f"{' '.join(argv)} exited {process.returncode}: {error[-400:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


@dataclass
class Step:
    """One thing to time: commands run back to back, in a state of the cache.

    A cold step starts each run with its own cache directory emptied; a warm one has
    run once before it is timed. `extra` adds variables to the environment of every run
    (the warm-up one too); `prepare`, given the round's number, is called before each
    timed run, untimed.
    """

    data: str
    name: str
    commands: list[list[str]]
    warm: bool
    extra: dict[str, str] = field(default_factory=dict)
    cwd: Path | None = None
    ok: tuple[int, ...] = (0, 1)
    prepare: Callable[[int], None] | None = None


class Bench:
    """Runs steps and collects rows; each step has a cache directory of its own."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.rows: list[Row] = []
        self.roadmap = roadmap_command()
        self._caches = 0

    def env(self, cache: Path) -> dict[str, str]:
        """The environment of a run, with its own loader cache directory.

        Python may write bytecode, as it does for any installed package (see
        compile_package); PYTHONDONTWRITEBYTECODE would make every run compile the
        modules it imports again.
        """
        env = {**os.environ, "ROADMAP_CACHE_DIR": str(cache)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return env

    def run_steps(self, steps: list[Step], runs: int) -> list[Row]:
        """Time every step `runs` times, in rounds that run each step once in turn.

        The machine is shared, and its speed drifts over minutes: run one step five
        times and then the next, and a slow minute lands on one step alone. In rounds,
        it slows them all alike, and their medians can be compared.
        """
        envs = []
        for step in steps:
            self._caches += 1
            env = {**self.env(self.work / f"cache-{self._caches}"), **step.extra}
            envs.append(env)
            if step.warm:
                for argv in step.commands:
                    run_once(argv, env, step.cwd, step.ok)
        rows = [Row(step.data, step.name, [], 0.0) for step in steps]
        for number in range(runs):
            for step, env, row in zip(steps, envs, rows, strict=True):
                if not step.warm:
                    shutil.rmtree(env["ROADMAP_CACHE_DIR"], ignore_errors=True)
                if step.prepare is not None:
                    step.prepare(number)
                total = cpu_total = 0.0
                for argv in step.commands:
                    elapsed, rss, cpu = run_once(argv, env, step.cwd, step.ok)
                    total += elapsed
                    cpu_total += cpu
                    row.peak_mb = max(row.peak_mb, rss)
                row.times.append(total)
                row.cpu.append(cpu_total)
        self.rows.extend(rows)
        return rows


def bench_data_set(
    bench: Bench,
    label: str,
    directory: Path,
    runs: int,
    *,
    large: bool,
    more: list[Step] | None = None,
) -> None:
    """Every step on one data directory, and the `more` steps, in rounds
    (Bench.run_steps).

    "warm" runs replay the output of an earlier identical run (roadmap.replay); "no
    replay" runs (ROADMAP_REPLAY=0) compute it again from the cached, validated files.
    A large data set skips most single-command steps, which its pairs already cover,
    but times a cold `plan` alone: it runs every check before it plans, so it is the
    other way to read "check + plan" (one process instead of two).
    """
    rm = bench.roadmap
    check = [*rm, "check", str(directory)]
    plan = [*rm, "plan", str(directory)]
    both = [check, plan]
    computed = {"ROADMAP_REPLAY": "0"}
    fast = {"ROADMAP_YAML_PARSER": "auto"}
    whole = {"ROADMAP_YAML_SPLIT": "0"}
    steps: list[Step] = []
    if not large:
        steps += [
            Step(label, "check (cold)", [check], warm=False),
            Step(label, "check (warm)", [check], warm=True),
            Step(label, "check (warm, no replay)", [check], warm=True, extra=computed),
            edited_check(bench, label, directory),
            Step(label, "plan (cold)", [plan], warm=False),
            Step(label, "plan (warm)", [plan], warm=True),
            Step(label, "plan (warm, no replay)", [plan], warm=True, extra=computed),
        ]
    steps.append(Step(label, "check + plan (cold)", both, warm=False))
    if large:
        steps += [
            Step(label, "check + plan (cold, one parser process)", both, False, whole),
            Step(label, "check + plan (cold, fast reader)", both, warm=False, extra=fast),
            Step(label, "plan, checks included (cold)", [plan], warm=False),
            Step(label, "plan, checks included (cold, fast reader)", [plan], False, fast),
        ]
    out = bench.work / f"{label.replace(',', '')}.html"
    render = [*rm, "render", str(directory), "--format", "html", "-o", str(out)]
    steps += [
        Step(label, "check + plan (warm)", both, warm=True),
        Step(label, "check + plan (warm, no replay)", both, warm=True, extra=computed),
        Step(label, "render html (cold)", [render], warm=False),
        Step(label, "render html (warm)", [render], warm=True),
        diff_step(bench, label, directory),
        *(more or []),
    ]
    bench.run_steps(steps, runs)


def edited_check(bench: Bench, label: str, directory: Path) -> Step:
    """`roadmap check` right after a planner saved `actions.yaml`: before each run a
    comment line is added to a copy of the data, so the replay and the stored findings
    miss, that file is read and validated again, and the other files come from the cache."""
    copy = bench.work / f"edited-{label.replace(',', '')}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(directory, copy)
    actions = copy / "actions.yaml"

    def edit(number: int) -> None:
        with actions.open("a", encoding="utf-8") as out:
            out.write(f"# edit {number}\n")

    check = [*bench.roadmap, "check", str(copy)]
    return Step(label, "check (after an edit)", [check], warm=True, prepare=edit)


def diff_step(bench: Bench, label: str, directory: Path) -> Step:
    """`roadmap diff HEAD~1 HEAD` in a scratch git repository with one changed action."""
    repo = bench.work / f"repo-{label.replace(',', '')}"
    shutil.rmtree(repo, ignore_errors=True)
    shutil.copytree(directory, repo / "data")
    git = ["git", "-C", str(repo), "-c", "user.name=bench", "-c", "user.email=bench@localhost"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    actions = repo / "data" / "actions.yaml"
    text = actions.read_text(encoding="utf-8")
    actions.write_text(text.replace("duration_months: ", "duration_months: 1", 1), "utf-8")
    subprocess.run([*git, "commit", "-qam", "head"], check=True)
    diff = [*bench.roadmap, "diff", "HEAD~1", "HEAD", "--data", "data", "--format", "json"]
    return Step(label, "diff", [diff], warm=True, cwd=repo)


def tj3_steps(bench: Bench, directory: Path) -> list[Step]:
    """tj3 scheduling the 1,000-action portfolio's problem, and checking its plan; none
    (with rows that say so) when tj3 is not installed."""
    if shutil.which("tj3") is None:
        for name in (TJ3_SCHEDULES, TJ3_CHECKS):
            bench.rows.append(Row("1,000", name, [], 0, "not available: no tj3"))
        return []
    steps = []
    for name, fmt in ((TJ3_SCHEDULES, "tjp-problem"), (TJ3_CHECKS, "tjp")):
        project = bench.work / f"portfolio-{fmt}.tjp"
        subprocess.run(
            [*bench.roadmap, "export", str(directory), "--format", fmt, "-o", str(project)],
            check=True,
            capture_output=True,
        )
        out = bench.work / f"tj3-{fmt}"
        out.mkdir(exist_ok=True)
        tj3 = ["tj3", "--no-color", "-o", str(out), str(project)]
        steps.append(Step("1,000", name, [tj3], warm=False, ok=(0,)))
    return steps


def note_tj3_ratios(rows: list[Row]) -> None:
    """Note on each tj3 row how many times each `plan` row of the same data it took."""
    for row in rows:
        if row.step not in (TJ3_SCHEDULES, TJ3_CHECKS) or not row.times:
            continue
        plans = [r for r in rows if r.data == row.data and r.step.startswith("plan") and r.times]
        ratios = [
            f"{statistics.median(row.times) / statistics.median(p.times):.0f}x {p.step}"
            for p in plans
        ]
        row.note = "tj3 / roadmap: " + ", ".join(ratios)


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| data | step | runs | median s | min s | max s | CPU s | peak MB | target | note |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        target = TARGETS.get((row.data, row.step))
        shown = f"≤ {target:g}" if target is not None else ""
        if not row.times:
            lines.append(f"| {row.data} | {row.step} | 0 | | | | | | {shown} | {row.note} |")
            continue
        median = statistics.median(row.times)
        verdict = "" if target is None else (" ok" if median <= target else " OVER")
        lines.append(
            f"| {row.data} | {row.step} | {len(row.times)} | {median:.3f} | "
            f"{min(row.times):.3f} | {max(row.times):.3f} | {statistics.median(row.cpu):.3f} | "
            f"{row.peak_mb:.0f} | "
            f"{shown}{verdict} | {row.note} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run every step, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="runs per step (100k: at most 3)")
    parser.add_argument("--data", type=Path, default=ROOT / "data", help="the shipped data")
    parser.add_argument("--smoke", action="store_true", help="a tiny, quick run for CI")
    args = parser.parse_args(argv)
    sizes = [30] if args.smoke else [int(s) for s in args.sizes.split(",") if s]
    runs = 1 if args.smoke else args.runs
    compile_package()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="roadmap-bench-") as scratch:
        work = Path(scratch)
        bench = Bench(work)
        env = bench.env(work / "cache-help")
        count = runs if args.smoke else max(runs, 3)
        measured = [run_once([*bench.roadmap, "--help"], env) for _ in range(count)]
        bench.rows.append(
            Row(
                "shipped",
                "roadmap --help",
                [t for t, _, _ in measured],
                max(m for _, m, _ in measured),
                cpu=[c for _, _, c in measured],
            )
        )
        if (args.data / "strategy.yaml").exists():
            bench_data_set(bench, "shipped", args.data, runs, large=False)
        for size in sizes:
            label = f"{size:,}"
            directory = work / f"portfolio-{size}"
            write_portfolio(directory, size)
            tj3 = tj3_steps(bench, directory) if size == 1000 else []
            bench_data_set(
                bench,
                label,
                directory,
                min(runs, 3) if size >= 100_000 else runs,
                large=size >= 10_000,
                more=tj3,
            )
        note_tj3_ratios(bench.rows)
    print(table(bench.rows))
    print(
        f"\n{os.cpu_count()} CPUs; load average {load_before:.2f} before the run, "
        f"{os.getloadavg()[0]:.2f} after it. CPU s is the median of user + system time."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
