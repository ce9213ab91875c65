"""The planner on PSPLIB, the benchmark of resource-constrained project scheduling.

    python3 -m benchmarks.psplib [--sm DIR] [--optima FILE] [--time-limit 10] [--limit N]
                                 [--cli] [--only j3013_1.sm ...]

Each single-mode `.sm` instance (the `psplib` package on PyPI reads it) becomes a data
folder: one period is one month, each renewable resource a pool with its availability as
capacity, each job an action that needs its requests; the supersource and supersink are
left out. The folder is planned twice: with the priority rule (`roadmap plan`) and with
`roadmap plan --optimize --time-limit T`. Every plan is checked against the `.sm` file
by `check_plan`, which reads the file with its own few lines of parsing and shares no
code with the planner: every job once with its duration, every precedence, and every
resource in every period. The makespan is compared with the published optimum
(`j30opt.txt`: "parameter instance makespan": the file `j30{parameter}_{instance}.sm`).

By default the plans are made in this process (`roadmap.planning.plan` on the loaded
folder, then its JSON) and timed there; `--cli` times `roadmap plan DIR --format json`
in a fresh process instead (never replayed).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "psplib"
START_YEAR = 2000


@dataclass
class Instance:
    """A single-mode instance as `check_plan` reads it: jobs 1..n, by number."""

    duration: dict[int, int] = field(default_factory=dict)
    successors: dict[int, list[int]] = field(default_factory=dict)
    requests: dict[int, list[int]] = field(default_factory=dict)
    capacity: list[int] = field(default_factory=list)


def read_sm(path: Path) -> Instance:
    """Parse the three sections of a `.sm` file that a plan must respect."""
    found = Instance()
    section = ""
    for line in path.read_text(encoding="ascii").splitlines():
        cells = line.split()
        if line.startswith(("PRECEDENCE RELATIONS", "REQUESTS/DURATIONS", "RESOURCEAVAIL")):
            section = line[:13]
            continue
        if not cells or not cells[0].isdigit() or set(line.strip()) <= {"-", "*"}:
            continue
        numbers = [int(c) for c in cells]
        if section == "PRECEDENCE RE":
            found.successors[numbers[0]] = numbers[3 : 3 + numbers[2]]
        elif section == "REQUESTS/DURA":
            found.duration[numbers[0]] = numbers[2]
            found.requests[numbers[0]] = numbers[3:]
        elif section == "RESOURCEAVAIL":
            found.capacity = numbers
    return found


def job_id(job: int, jobs: int) -> str:
    """The action id of job number `job` (zero-padded, so that ids sort as jobs do)."""
    return f"J{job:0{len(str(jobs))}d}"


def month(index: int) -> str:
    """Period `index` (0 = the first) as a month."""
    return f"{START_YEAR + index // 12}-{index % 12 + 1:02d}"


def period(text: str) -> int:
    """A month of the plan as a period index."""
    year, number = text.split("-")
    return (int(year) - START_YEAR) * 12 + int(number) - 1


def check_plan(instance: Instance, payload: dict[str, Any]) -> tuple[int, list[str]]:
    """The plan's makespan in periods, and every way it breaks the instance."""
    jobs = max(instance.duration)
    real = [j for j in instance.duration if j not in (1, jobs)]
    placed = {a["id"]: (period(a["start"]), period(a["finish"])) for a in payload["actions"]}
    problems = []
    if sorted(placed) != sorted(job_id(j, jobs) for j in real):
        problems.append("the plan does not hold every job exactly once")
        return 0, problems
    at = {j: placed[job_id(j, jobs)] for j in real}
    for job, (begin, end) in at.items():
        if begin < 0 or end - begin != instance.duration[job]:
            problems.append(f"job {job} runs {begin}..{end}, not {instance.duration[job]} periods")
        for succ in instance.successors.get(job, []):
            if succ in at and at[succ][0] < end:
                problems.append(f"job {succ} starts at {at[succ][0]}, before job {job} ends {end}")
    makespan = max(end for _, end in at.values())
    for t in range(makespan):
        use = [0] * len(instance.capacity)
        for job, (begin, end) in at.items():
            if begin <= t < end:
                use = [u + r for u, r in zip(use, instance.requests[job], strict=True)]
        for k, (u, cap) in enumerate(zip(use, instance.capacity, strict=True)):
            if u > cap:
                problems.append(f"resource R{k + 1} holds {u} of {cap} in period {t}")
    return makespan, problems


def write_folder(sm: Path, target: Path) -> None:
    """The data folder of an instance, read with the `psplib` package."""
    import psplib
    import yaml

    instance = psplib.parse(str(sm), instance_format="psplib")
    activities = instance.activities
    jobs = len(activities)
    horizon = sum(a.modes[0].duration for a in activities)
    pools = [f"R{k + 1}" for k in range(len(instance.resources))]
    strategy = {
        "id": sm.stem.replace("_", "-"),
        "name": f"PSPLIB {sm.name}",
        "vision": "benchmark",
        "mission": "benchmark",
        "horizon": {"start": month(0), "end": month(max(horizon, 37))},
        "phases": {"short": 12, "medium": 36},
        "objectives": [{"id": "SO1", "title": "o"}],
        "areas": [{"id": "PA1", "title": "a", "side": "demand"}],
        "actors": [{"id": "project", "name": "Project"}],
        "resources": [
            {"id": name, "name": name, "capacity": r.capacity}
            for name, r in zip(pools, instance.resources, strict=True)
        ],
    }
    kpi: dict[str, Any] = {"id": "K1", "name": "k", "unit": "count", "direction": "increase"}
    kpi |= {"baseline": {"value": 0, "year": 2000}, "target": {"value": 1, "year": 2001}}
    kpi |= {"source": "benchmark", "provenance": "assumption"}
    goal: dict[str, Any] = {
        "id": "G1",
        "area": "PA1",
        "objectives": ["SO1"],
        "title": "g",
        "kpis": [kpi],
    }
    goal |= {"source": "benchmark", "provenance": "assumption"}
    predecessors: dict[int, list[int]] = {j: [] for j in range(jobs)}
    for index, activity in enumerate(activities):
        for succ in activity.successors:
            predecessors[succ].append(index)
    actions = []
    for index in range(1, jobs - 1):
        mode = activities[index].modes[0]
        needs = {p: d for p, d in zip(pools, mode.demands, strict=True) if d}
        action: dict[str, Any] = {
            "id": job_id(index + 1, jobs),
            "title": f"Job {index + 1}",
            "goals": ["G1"],
            "lead": "project",
            "duration_months": mode.duration,
            "cost_eur": 0,
            "source": sm.name,
            "provenance": "assumption",
        }
        deps = [job_id(p + 1, jobs) for p in predecessors[index] if p != 0]
        if deps:
            action["depends_on"] = deps
        if needs:
            action["needs"] = needs
        actions.append(action)
    target.mkdir(parents=True, exist_ok=True)
    files = {"strategy": strategy, "goals": {"goals": [goal]}, "actions": {"actions": actions}}
    for kind, data in files.items():
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
        (target / f"{kind}.yaml").write_text(text, encoding="utf-8")


def optima(path: Path) -> dict[str, int]:
    """The published optimal makespans, by file name."""
    table = {}
    set_name = path.name.removesuffix("opt.txt")
    for line in path.read_text(encoding="ascii").splitlines():
        cells = line.split()
        if len(cells) >= 3 and all(c.isdigit() for c in cells[:3]):
            table[f"{set_name}{cells[0]}_{cells[1]}.sm"] = int(cells[2])
    return table


def plan_in_process(folder: Path, optimize: bool, limit: float) -> tuple[dict[str, Any], float]:
    """The plan's JSON, and the seconds `plan()` took."""
    from roadmap.io.load import load_directory
    from roadmap.output.json_reports import plan_json
    from roadmap.planning import PlanOptions, plan
    from roadmap.planning.options import Search

    loaded = load_directory(str(folder))
    assert loaded.dataset is not None, loaded.diagnostics
    options = PlanOptions(search=Search(optimize=optimize, time_limit=limit))
    began = time.perf_counter()
    result = plan(loaded.dataset, options)
    took = time.perf_counter() - began
    return json.loads(plan_json(result)), took


def plan_cli(folder: Path, optimize: bool, limit: float) -> tuple[dict[str, Any], float]:
    """`roadmap plan DIR --format json` in a fresh process, and its wall-clock seconds."""
    command = [str(Path(sys.executable).parent / "roadmap"), "plan", str(folder), "--format"]
    command += ["json", *(["--optimize", "--time-limit", str(limit)] * optimize)]
    began = time.perf_counter()
    env = dict(os.environ)
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    took = time.perf_counter() - began
    if done.returncode not in (0, 1):
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout), took


@dataclass
class Tally:
    """The results of one planner on one set."""

    gaps: list[float] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    at_optimum: int = 0
    proven: int = 0
    below: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)

    def row(self, name: str) -> str:
        """One Markdown row."""
        count = len(self.gaps)
        return (
            f"| {name} | {count} | {statistics.mean(self.gaps):.2f} % | {max(self.gaps):.1f} % "
            f"| {self.at_optimum} | {self.proven} | {statistics.median(self.times):.2f} "
            f"| {max(self.times):.2f} | {len(self.broken)} | {len(self.below)} |"
        )


HEADER = [
    "| planner | instances | mean gap | worst gap | at optimum | proven optimal "
    "| median s | worst s | broken plans | below optimum |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
]


def main() -> int:
    """Convert, plan, check and print the table; exit 1 when a plan breaks the instance."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sm", type=Path, default=SHARED / "j30")
    parser.add_argument("--optima", type=Path, default=SHARED / "j30opt.txt")
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--limit", type=int, default=0, help="only the first N instances")
    parser.add_argument("--only", nargs="*", default=[], help="only these file names")
    parser.add_argument("--cli", action="store_true", help="time the whole command")
    args = parser.parse_args()
    best = optima(args.optima)
    files = sorted(args.sm.glob("*.sm"), key=lambda p: [int(x) for x in p.stem[3:].split("_")])
    files = [f for f in files if not args.only or f.name in args.only]
    files = files[: args.limit] if args.limit else files
    run = plan_cli if args.cli else plan_in_process
    tallies = {"priority rule": Tally(), f"--optimize --time-limit {args.time_limit:g}": Tally()}
    scratch = tempfile.TemporaryDirectory(prefix="psplib-")  # converted afresh every run
    for sm in files:
        folder = Path(scratch.name) / sm.stem
        write_folder(sm, folder)
        instance = read_sm(sm)
        for (name, tally), optimize in zip(tallies.items(), (False, True), strict=True):
            payload, took = run(folder, optimize, args.time_limit)
            makespan, problems = check_plan(instance, payload)
            optimum = best[sm.name]
            tally.gaps.append(100 * (makespan - optimum) / optimum)
            tally.times.append(took)
            tally.at_optimum += makespan == optimum
            tally.proven += payload["objective"]["status"] == "optimal"
            if makespan < optimum:
                tally.below.append(sm.name)
            if problems:
                tally.broken.append(sm.name)
                print(f"{sm.name} {name}: {problems[:3]}", file=sys.stderr)
            print(
                f"{sm.name} {name}: {makespan} (optimum {optimum}) {took:.2f} s "
                f"{payload['objective']['status']}",
                file=sys.stderr,
                flush=True,
            )
    print(*HEADER, sep="\n")
    for name, tally in tallies.items():
        print(tally.row(name))
    failed = any(t.broken or t.below for t in tallies.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
