"""Synthetic portfolios in the data format, of any size, deterministic by seed.

    python3 -m benchmarks.generate OUT_DIR --actions 10000 [--seed 0]

The actions fall into 8 layers in file order; each action outside the first layer
depends on 1 to 3 actions of earlier layers (about 2; 1.8 over the whole portfolio), some
with a lag, so dependency chains stay at most 8 actions deep at any size. 20 actors lead
them, each with a capacity; annual budget caps cover every year of the horizon; titles
are in Bulgarian and English. The horizon, the capacities and the caps grow with the
portfolio so that the plan stays plausible. Importable:
`from benchmarks.generate import write_portfolio`.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import tempfile
from pathlib import Path

ACTORS = 20
LAYERS = 8
START_YEAR = 2021
TOPICS = [
    ("e-услуги", "e-services"),
    ("отворени данни", "open data"),
    ("цифрови умения", "digital skills"),
    ("облачна инфраструктура", "cloud infrastructure"),
    ("интелигентен транспорт", "smart mobility"),
    ("киберсигурност", "cyber security"),
    ("цифрово здравеопазване", "digital health"),
    ("иновационни пилоти", "innovation pilots"),
]
KINDS = [
    ("Платформа за", "Platform for"),
    ("Програма за", "Programme for"),
    ("Пилот за", "Pilot for"),
]


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _text(bg: str, en: str) -> str:
    return "{bg: " + _q(bg) + ", en: " + _q(en) + "}"


def _month(index: int) -> str:
    year, month0 = divmod(index, 12)
    return f"{year:04d}-{month0 + 1:02d}"


def portfolio_files(actions: int, seed: int = 0) -> dict[str, str]:
    """The YAML text of strategy.yaml, goals.yaml and actions.yaml."""
    rng = random.Random(seed)
    goals = max(4, min(200, actions // 20))
    areas = 4
    durations = [rng.randint(1, 12) for _ in range(actions)]
    costs = [rng.randint(2, 200) * 10_000 for _ in range(actions)]
    deps: list[list[tuple[int, int]]] = []
    for i in range(actions):
        layer = i * LAYERS // actions
        earlier = -(-layer * actions // LAYERS)
        count = min(earlier, rng.choice((1, 2, 2, 3)))
        chosen = sorted({rng.randrange(earlier) for _ in range(count)}) if count else []
        deps.append([(d, rng.choice((0, 0, 0, 1, 2))) for d in chosen])
    start = START_YEAR * 12
    finish = [0] * actions
    for i in range(actions):
        begin = max([start] + [finish[d] + lag for d, lag in deps[i]])
        finish[i] = begin + durations[i]
    work = sum(durations)
    horizon_months = max(60, max(finish) - start + 12)
    horizon_months = 12 * math.ceil(horizon_months / 12)
    capacity = max(2, math.ceil(work / horizon_months / ACTORS * 2.5))
    years = horizon_months // 12
    cap = math.ceil(sum(costs) / years * 2 / 10_000) * 10_000
    return {
        "strategy.yaml": _strategy(
            months=horizon_months, capacity=capacity, years=years, cap=cap, areas=areas
        ),
        "goals.yaml": _goals(goals, areas),
        "actions.yaml": _actions(
            rng, actions=actions, goals=goals, durations=durations, costs=costs, deps=deps
        ),
    }


def _strategy(*, months: int, capacity: int, years: int, cap: int, areas: int) -> str:
    lines = [
        "id: synthetic",
        "name: " + _text("Синтетична стратегия", "Synthetic strategy"),
        "vision: " + _text("Цифров град", "A digital city"),
        "mission: " + _text("Проверка на скоростта", "A speed test"),
        f"horizon: {{start: {_month(START_YEAR * 12)}, "
        f"end: {_month(START_YEAR * 12 + months - 1)}}}",
        f"phases: {{short: {max(1, months // 5)}, medium: {max(2, months // 5 * 3)}}}",
        "objectives:",
        "  - {id: SO1, title: " + _text("Цел", "Objective") + "}",
        "areas:",
    ]
    for a in range(1, areas + 1):
        side = "demand" if a % 2 else "supply"
        lines.append(f"  - {{id: PA{a}, title: {_text(f'Област {a}', f'Area {a}')}, side: {side}}}")
    lines.append("actors:")
    for a in range(1, ACTORS + 1):
        name = _text(f"Изпълнител {a}", f"Actor {a}")
        lines.append(f"  - {{id: actor{a:02d}, name: {name}, capacity: {capacity}}}")
    lines.append("funding_sources:")
    lines.append("  - {id: city_budget, name: " + _text("Общински бюджет", "City budget") + "}")
    lines.append("budget_caps:")
    for year in range(START_YEAR, START_YEAR + years):
        lines.append(f"  {year}: {cap}")
    return "\n".join(lines) + "\n"


def _goals(goals: int, areas: int) -> str:
    lines = ["goals:"]
    for g in range(1, goals + 1):
        lines += [
            f"  - id: G{g}",
            f"    area: PA{(g - 1) % areas + 1}",
            "    objectives: [SO1]",
            f"    title: {_text(f'Оперативна цел {g}', f'Operational goal {g}')}",
            "    kpis:",
            f"      - {{id: K{g}, name: {_text(f'Показател {g}', f'Indicator {g}')}, unit: count,"
            " direction: increase, baseline: {value: 10, year: 2020},"
            f" target: {{value: 100, year: {START_YEAR + 4}}}, source: synthetic,"
            " provenance: assumption}",
            "    source: synthetic",
            "    provenance: assumption",
        ]
    return "\n".join(lines) + "\n"


def _actions(
    rng: random.Random,
    *,
    actions: int,
    goals: int,
    durations: list[int],
    costs: list[int],
    deps: list[list[tuple[int, int]]],
) -> str:
    lines = ["actions:"]
    for i in range(actions):
        topic_bg, topic_en = TOPICS[i % len(TOPICS)]
        kind_bg, kind_en = KINDS[(i // len(TOPICS)) % len(KINDS)]
        lead = rng.randint(1, ACTORS)
        partner = lead % ACTORS + 1
        goal = rng.randint(1, goals)
        depends = ", ".join(
            f"{{id: A{d:06d}, lag_months: {lag}}}" if lag else f"A{d:06d}" for d, lag in deps[i]
        )
        secured = costs[i] // 2
        lines += [
            f"  - id: A{i:06d}",
            f"    title: {_text(f'{kind_bg} {topic_bg} {i}', f'{kind_en} {topic_en} {i}')}",
            f"    goals: [G{goal}]",
            f"    lead: actor{lead:02d}",
            f"    participants: [actor{partner:02d}]",
            f"    depends_on: [{depends}]",
            f"    duration_months: {durations[i]}",
            f"    cost_eur: {costs[i]}",
            f"    funding: [{{source: city_budget, amount_eur: {secured}, status: secured}}]",
            f"    priority: {{impact: {rng.randint(1, 5)}, readiness: {rng.randint(1, 5)}}}",
            f"    kpis: [K{goal}]",
            "    status: planned",
            "    source: synthetic",
            "    provenance: assumption",
        ]
    return "\n".join(lines) + "\n"


def write_portfolio(directory: str | os.PathLike[str], actions: int, seed: int = 0) -> Path:
    """Write a synthetic data directory of `actions` actions; return its path."""
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    for name, text in portfolio_files(actions, seed).items():
        handle, temp = tempfile.mkstemp(dir=target, prefix=f".{name}.", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, target / name)
    return target


def main() -> None:
    """Command line: write one portfolio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(write_portfolio(args.directory, args.actions, args.seed))


if __name__ == "__main__":
    main()
