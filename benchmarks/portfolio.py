"""Write a synthetic portfolio of any size in the roadmap data format.

    python3 benchmarks/portfolio.py OUT_DIR --actions 10000 [--seed 1] [--shape SHAPE]

The portfolio is what a region pooling many city strategies would hold: 20 actors, five
funding sources with eligibility windows, one goal per ten actions (each with KPIs),
bilingual titles, and random acyclic dependencies (about 1.5 per action, each on an
action of one of the three layers before its own, some with a lag; 15 layers). The
horizon is 2021-2034, so that TaskJuggler can schedule the export (it refuses dates
after 2035). The shape says what else it holds:

- `constrained` (the default): a capacity for each actor and annual budget caps, both
  growing with the portfolio so that it stays feasible;
- `dependencies`: neither, so that the plan depends on the dependencies alone (the
  problem TaskJuggler and the planner are compared on);
- `dense`: no capacities or caps either, every action one month long and dependent on
  every action before it (n(n-1)/2 dependencies), the horizon as long as the chain:
  the worst case of the graph rules.

Every shape checks without errors. The same arguments always write the same bytes.

The YAML is written as text (not through a YAML library) so that 100,000 actions take
seconds, in the layout the hand-written data uses: block lists of block mappings, with
flow mappings for bilingual text and flow lists for ids.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Literal

Shape = Literal["constrained", "dependencies", "dense"]
SHAPES: tuple[Shape, ...] = ("constrained", "dependencies", "dense")

ACTORS = 20
AREAS = 6
OBJECTIVES = 4
SOURCES = 5
LAYERS = 15
START_YEAR = 2021

_WORDS_EN = (
    "open data",
    "e-services",
    "digital twin",
    "smart lighting",
    "broadband",
    "cyber security",
    "e-health",
    "school tablets",
    "mobility app",
    "air quality sensors",
    "e-procurement",
    "one-stop shop",
    "data platform",
    "registry",
    "fintech sandbox",
    "GIS portal",
)
_WORDS_BG = (
    "отворени данни",
    "е-услуги",
    "цифров близнак",
    "интелигентно осветление",
    "широколентов",
    "киберсигурност",
    "е-здраве",
    "таблети за училища",
    "приложение за мобилност",
    "сензори за въздух",
    "е-поръчки",
    "обслужване на едно гише",
    "платформа за данни",
    "регистър",
    "финтех пясъчник",
    "ГИС портал",
)


def _q(text: str) -> str:
    """A double-quoted YAML scalar (JSON string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _title(rng: random.Random, number: int) -> str:
    i = rng.randrange(len(_WORDS_EN))
    return f"{{bg: {_q(f'{_WORDS_BG[i]} {number}')}, en: {_q(f'{_WORDS_EN[i]} {number}')}}}"


def _month(offset: int) -> str:
    return f"{START_YEAR + offset // 12}-{offset % 12 + 1:02d}"


def _years(actions: int, shape: Shape) -> int:
    """The horizon in years: 14, or as long as the chain of a dense portfolio."""
    return max(14, math.ceil(actions / 12) + 1) if shape == "dense" else 14


def _capacity(actions: int) -> int:
    """The capacity of each actor, so that a constrained portfolio fits its horizon."""
    return max(2, math.ceil(math.ceil(actions / ACTORS) * 4.0 / (14 * 12 * 0.5)))


def strategy_yaml(actions: int, total_cost: int, shape: Shape = "constrained") -> str:
    """The text of strategy.yaml."""
    years = _years(actions, shape)
    capacity = f", capacity: {_capacity(actions)}" if shape == "constrained" else ""
    lines = [
        f"id: synthetic-{actions}",
        f'name: {{bg: "Синтетично портфолио {actions}", en: "Synthetic portfolio {actions}"}}',
        'vision: {bg: "Цифров регион", en: "A digital region"}',
        'mission: {en: "Pool the digital strategies of many cities"}',
        f"horizon: {{start: {START_YEAR}-01, end: {START_YEAR + years - 1}-12}}",
        "phases: {short: 24, medium: 72}",
        "objectives:",
    ]
    for o in range(1, OBJECTIVES + 1):
        lines.append(f'  - {{id: SO{o}, title: {{en: "Objective {o}", bg: "Цел {o}"}}}}')
    lines.append("areas:")
    for a in range(1, AREAS + 1):
        side = "demand" if a % 2 else "supply"
        lines.append(
            f'  - {{id: PA{a}, title: {{bg: "Област {a}", en: "Area {a}"}}, side: {side}}}'
        )
    lines.append("actors:")
    for a in range(1, ACTORS + 1):
        lines.append(
            f'  - {{id: actor{a:02d}, name: {{bg: "Участник {a}", en: "Actor {a}"}}{capacity}}}'
        )
    lines.append("funding_sources:")
    for s in range(1, SOURCES + 1):
        lines.append(
            f'  - {{id: fund{s}, name: {{en: "Fund {s}"}}, '
            f"window: {{start: {START_YEAR}-01, end: {START_YEAR + years - 1}-12}}}}"
        )
    if shape == "constrained":
        cap = max(4_000_000, 4 * total_cost // years)
        caps = ", ".join(f"{START_YEAR + y}: {cap}" for y in range(years))
        lines.append(f"budget_caps: {{{caps}}}")
    lines.append("priority_weights: {impact: 0.5, readiness: 0.3, cost: 0.2}")
    return "\n".join(lines) + "\n"


def goals_yaml(goals: int) -> str:
    """The text of goals.yaml: `goals` goals, two KPIs each."""
    lines = ["goals:"]
    for g in range(1, goals + 1):
        area = (g - 1) % AREAS + 1
        objective = (g - 1) % OBJECTIVES + 1
        lines += [
            f"  - id: OG{g}",
            f"    area: PA{area}",
            f"    objectives: [SO{objective}]",
            f'    title: {{bg: "Оперативна цел {g}", en: "Operational goal {g}"}}',
            "    kpis:",
        ]
        for k in (1, 2):
            lines.append(
                f'      - {{id: K{g}.{k}, name: {{en: "Indicator {g}.{k}"}}, unit: count, '
                f"direction: increase, baseline: {{value: {k * 10}, year: 2020}}, "
                f"target: {{value: {k * 10 + 50}, year: 2030}}, "
                'source: "synthetic", provenance: assumption}'
            )
        lines += ['    source: "synthetic"', "    provenance: assumption"]
    return "\n".join(lines) + "\n"


def actions_yaml(
    actions: int, goals: int, rng: random.Random, shape: Shape = "constrained"
) -> tuple[str, int]:
    """The text of actions.yaml and the total cost of the actions."""
    dense = shape == "dense"
    lines = ["actions:"]
    total = 0
    for n in range(1, actions + 1):
        goal = (n - 1) % goals + 1
        lead = rng.randrange(ACTORS) + 1
        cost = rng.randrange(5, 200) * 10_000
        total += cost
        lines += [
            f"  - id: A{n:06d}",
            f"    title: {_title(rng, n)}",
            f"    goals: [OG{goal}]",
            f"    lead: actor{lead:02d}",
        ]
        others = sorted({rng.randrange(ACTORS) + 1 for _ in range(rng.randrange(3))} - {lead})
        if others:
            lines.append(f"    participants: [{', '.join(f'actor{p:02d}' for p in others)}]")
        deps = [f"A{d:06d}" for d in range(1, n)] if dense else _dependencies(rng, n, actions)
        if deps:
            lines.append(f"    depends_on: [{', '.join(deps)}]")
        lines.append(f"    duration_months: {1 if dense else rng.randrange(1, 7)}")
        if rng.random() < 0.1 and not dense:
            lines.append(f"    earliest_start: {_month(rng.randrange(0, 36))}")
        lines.append(f"    cost_eur: {cost}")
        source = rng.randrange(SOURCES) + 1
        status = rng.choice(("secured", "applied", "planned"))
        lines.append(
            f"    funding: [{{source: fund{source}, amount_eur: {cost}, status: {status}}}]"
        )
        lines += [
            f"    priority: {{impact: {rng.randrange(1, 6)}, readiness: {rng.randrange(1, 6)}}}",
            f"    status: {rng.choice(('proposed', 'planned'))}",
            f"    kpis: [K{goal}.{rng.randrange(1, 3)}]",
            '    source: "synthetic portfolio"',
            "    provenance: assumption",
        ]
    return "\n".join(lines) + "\n", total


def _dependencies(rng: random.Random, n: int, actions: int) -> list[str]:
    """About 1.5 actions of the few layers before this one's, some with a lag.

    Actions fall into LAYERS layers in id order and depend only on earlier layers, so
    the longest chain has at most LAYERS actions and the portfolio fits its horizon at
    any size, as a pooled portfolio of many cities' strategies would.
    """
    layer = (n - 1) * LAYERS // actions
    if layer == 0:
        return []
    first = _layer_start(max(0, layer - 3), actions)
    last = _layer_start(layer, actions) - 1
    count = min(last - first + 1, rng.choice((0, 1, 1, 2, 2, 3)))
    chosen = sorted(rng.sample(range(first, last + 1), count))
    deps = []
    for d in chosen:
        if rng.random() < 0.2:
            deps.append(f"{{id: A{d:06d}, lag_months: {rng.randrange(1, 4)}}}")
        else:
            deps.append(f"A{d:06d}")
    return deps


def _layer_start(layer: int, actions: int) -> int:
    """The number of the first action in `layer`."""
    return -(-layer * actions // LAYERS) + 1


def progress_yaml(actions: int) -> str:
    """The text of progress.yaml: a few dated KPI measurements."""
    lines = ["as_of: 2022-06", "actions: []", "kpis:"]
    for g in range(1, max(1, actions // 100) + 1):
        lines.append(f"  - {{id: K{g}.1, date: 2021-12, value: {10 + g % 7}}}")
    return "\n".join(lines) + "\n"


def write_portfolio(
    directory: Path, actions: int, seed: int = 1, shape: Shape = "constrained"
) -> None:
    """Write strategy, goals, actions and progress files for `actions` actions."""
    rng = random.Random(seed)
    goals = max(AREAS, actions // 10)
    directory.mkdir(parents=True, exist_ok=True)
    actions_text, total = actions_yaml(actions, goals, rng, shape)
    texts = {
        "actions.yaml": actions_text,
        "goals.yaml": goals_yaml(goals),
        "strategy.yaml": strategy_yaml(actions, total, shape),
        "progress.yaml": progress_yaml(actions),
    }
    for name, text in texts.items():
        _write_atomically(directory / name, text)


def _write_atomically(path: Path, text: str) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and write the portfolio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shape", choices=SHAPES, default="constrained")
    args = parser.parse_args(argv)
    if args.actions < 1:
        parser.error("--actions must be at least 1")
    write_portfolio(args.directory, args.actions, args.seed, args.shape)
    return 0


if __name__ == "__main__":
    sys.exit(main())
