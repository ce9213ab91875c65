"""Run the whole benchmark of issue 8 and print one table.

    python3 benchmarks/bench.py                 # shipped data, 1k, 10k and 100k actions
    python3 benchmarks/bench.py --sizes 1000    # only some sizes
    python3 benchmarks/bench.py --smoke         # a tiny run that CI uses so this cannot rot

Each step runs the installed `roadmap` command in a subprocess several times; the table
gives the median, minimum and maximum wall time and the peak memory (the largest
resident set of any run, from wait4). "cold" runs start with an empty cache. "warm"
ones follow an identical earlier run, whose output they replay (roadmap.replay); "warm,
no replay" ones set ROADMAP_REPLAY=0 and compute the output again from the cached,
validated files; "after an edit" ones follow a change to `actions.yaml`, as a planner's
save makes it. "fast reader" runs set ROADMAP_YAML_PARSER=auto. `plan` prints its
default text table, as a planner would run it; its output goes to /dev/null. The 1,000-action
portfolio is also exported with `roadmap export --format tjp` and scheduled by
TaskJuggler's `tj3`, and the ratio of the two times is printed.
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


class Bench:
    """Runs steps and collects rows; one loader cache directory per data set."""

    def __init__(self, runs: int, work: Path) -> None:
        self.runs = runs
        self.work = work
        self.rows: list[Row] = []
        self.roadmap = roadmap_command()
        self._commands: dict[str, bool] = {}

    def env(self, cache: Path) -> dict[str, str]:
        """The environment of a run, with its own loader cache directory.

        Python may write bytecode, as it does for any installed package (see
        compile_package); PYTHONDONTWRITEBYTECODE would make every run compile the
        modules it imports again.
        """
        env = {**os.environ, "ROADMAP_CACHE_DIR": str(cache)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return env

    def measure(
        self,
        data: str,
        step: str,
        commands: list[list[str]],
        cache: Path,
        *,
        warm: bool,
        runs: int | None = None,
        cwd: Path | None = None,
        ok: tuple[int, ...] = (0, 1),
        extra: dict[str, str] | None = None,
        prepare: Callable[[int], None] | None = None,
    ) -> Row:
        """Run `commands` back to back, `runs` times; time their sum, keep their peak.

        `extra` adds variables to the environment of every run (the warm-up one too);
        `prepare`, given the run's number, is called before each timed run, untimed.
        """
        env = {**self.env(cache), **(extra or {})}
        times: list[float] = []
        cpus: list[float] = []
        peak = 0.0
        if warm:
            for argv in commands:
                run_once(argv, env, cwd, ok)
        for number in range(runs or self.runs):
            if not warm:
                shutil.rmtree(cache, ignore_errors=True)
            if prepare is not None:
                prepare(number)
            total = cpu_total = 0.0
            for argv in commands:
                elapsed, rss, cpu = run_once(argv, env, cwd, ok)
                total += elapsed
                cpu_total += cpu
                peak = max(peak, rss)
            times.append(total)
            cpus.append(cpu_total)
        row = Row(data, step, times, peak, cpu=cpus)
        self.rows.append(row)
        return row


def bench_data_set(bench: Bench, label: str, directory: Path, runs: int, *, large: bool) -> None:
    """Every step on one data directory.

    "warm" runs replay the output of an earlier identical run (roadmap.replay); "no
    replay" runs (ROADMAP_REPLAY=0) compute it again from the cached, validated files.
    A large data set skips most single-command steps, which its pairs already cover,
    but times a cold `plan` alone: it runs every check before it plans, so it is the
    other way to read "check + plan" (one process instead of two).
    """
    cache = bench.work / f"cache-{label.replace(',', '')}"
    rm = bench.roadmap
    check = [*rm, "check", str(directory)]
    plan = [*rm, "plan", str(directory)]
    computed = {"ROADMAP_REPLAY": "0"}
    if not large:
        bench.measure(label, "check (cold)", [check], cache, warm=False, runs=runs)
        bench.measure(label, "check (warm)", [check], cache, warm=True, runs=runs)
        bench.measure(
            label, "check (warm, no replay)", [check], cache, warm=True, runs=runs, extra=computed
        )
        bench_edit(bench, label, directory, cache, runs)
        bench.measure(label, "plan (cold)", [plan], cache, warm=False, runs=runs)
        bench.measure(label, "plan (warm)", [plan], cache, warm=True, runs=runs)
        bench.measure(
            label, "plan (warm, no replay)", [plan], cache, warm=True, runs=runs, extra=computed
        )
    both = [check, plan]
    bench.measure(label, "check + plan (cold)", both, cache, warm=False, runs=runs)
    if large:
        fast = {"ROADMAP_YAML_PARSER": "auto"}
        step = "check + plan (cold, fast reader)"
        bench.measure(label, step, both, cache, warm=False, runs=runs, extra=fast)
        step = "plan, checks included (cold)"
        bench.measure(label, step, [plan], cache, warm=False, runs=runs)
        step = "plan, checks included (cold, fast reader)"
        bench.measure(label, step, [plan], cache, warm=False, runs=runs, extra=fast)
    bench.measure(label, "check + plan (warm)", both, cache, warm=True, runs=runs)
    bench.measure(
        label, "check + plan (warm, no replay)", both, cache, warm=True, runs=runs, extra=computed
    )
    out = bench.work / f"{label}.html"
    render = [*rm, "render", str(directory), "--format", "html", "-o", str(out)]
    bench.measure(label, "render html (cold)", [render], cache, warm=False, runs=runs)
    bench.measure(label, "render html (warm)", [render], cache, warm=True, runs=runs)
    bench_diff(bench, label, directory, cache, runs)


def bench_edit(bench: Bench, label: str, directory: Path, cache: Path, runs: int) -> None:
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
    bench.measure(
        label, "check (after an edit)", [check], cache, warm=True, runs=runs, prepare=edit
    )


def bench_diff(bench: Bench, label: str, directory: Path, cache: Path, runs: int) -> None:
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
    bench.measure(label, "diff", [diff], cache, warm=True, runs=runs, cwd=repo)


def bench_tj3(bench: Bench, directory: Path, plan_rows: list[Row], runs: int) -> None:
    """The 1,000-action portfolio exported to TaskJuggler and scheduled by tj3."""
    label = "1,000"
    if shutil.which("tj3") is None:
        bench.rows.append(Row(label, "tj3 on the same project", [], 0, "not available: no tj3"))
        return
    project = bench.work / "portfolio.tjp"
    subprocess.run(
        [*bench.roadmap, "export", str(directory), "--format", "tjp", "-o", str(project)],
        check=True,
        capture_output=True,
    )
    out = bench.work / "tj3-out"
    out.mkdir(exist_ok=True)
    tj3 = ["tj3", "--no-color", "-o", str(out), str(project)]
    cache = bench.work / "cache-tj3"
    row = bench.measure(
        label, "tj3 on the same project", [tj3], cache, warm=False, runs=runs, ok=(0,)
    )
    ratios = [
        f"{statistics.median(row.times) / statistics.median(p.times):.0f}x {p.step}"
        for p in plan_rows
        if p.times
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
        bench = Bench(runs, work)
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
            large = size >= 10_000
            bench_data_set(
                bench, label, directory, min(runs, 3) if size >= 100_000 else runs, large=large
            )
            if size == 1000:
                plans = [r for r in bench.rows if r.data == label and r.step.startswith("plan")]
                bench_tj3(bench, directory, plans, min(runs, 3))
    print(table(bench.rows))
    print(
        f"\n{os.cpu_count()} CPUs; load average {load_before:.2f} before the run, "
        f"{os.getloadavg()[0]:.2f} after it. CPU s is the median of user + system time."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
