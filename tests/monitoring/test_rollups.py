"""Roll-ups per goal, area and actor, and the budget against the plan."""

from __future__ import annotations

from roadmap.monitoring.result import StatusResult
from roadmap.monitoring.status import status
from roadmap.months import parse_month
from tests.monitoring.factory import action, dataset, kpi, plan

GOALS = [
    {
        "id": "G1",
        "area": "PA1",
        "title": "Goal one",
        "kpis": [kpi("K1"), kpi("K2")],
        "source": "t",
        "provenance": "assumption",
    },
    {
        "id": "G2",
        "area": "PA1",
        "title": "Goal two",
        "kpis": [kpi("K3")],
        "source": "t",
        "provenance": "assumption",
    },
]


def report_at(as_of: str) -> StatusResult:
    data = dataset(
        [
            action("A1", goals=["G1"], status="done", cost_eur=100_000, kpis=["K1"]),
            action(
                "A2",
                goals=["G1", "G2"],
                lead="agency",
                cost_eur=60_000,
                funding=[
                    {"source": "eu", "amount_eur": 30_000, "status": "secured"},
                    {"source": "eu", "amount_eur": 20_000, "status": "applied"},
                ],
            ),
            action("A3", goals=["G2"], cost_eur=12_000, status="cancelled"),
            action(
                "A4",
                goals=["G2"],
                lead="agency",
                cost_eur=24_000,
                funding=[{"source": "eu", "amount_eur": 24_000, "status": "planned"}],
            ),
        ],
        goals=GOALS,
        progress={
            "as_of": "2021-07",
            "actions": [{"id": "A2", "date": "2021-06", "status": "in_progress", "percent": 50}],
            "kpis": [
                {"id": "K1", "date": "2021-06", "value": 60},
                {"id": "K2", "date": "2021-06", "value": 10},
            ],
        },
    )
    the_plan = plan(
        A1=("2021-01", "2021-05"),
        A2=("2021-04", "2021-10"),
        A3=("2021-01", "2022-01"),
        A4=("2021-09", "2021-12"),
    )
    return status(data, the_plan, parse_month(as_of))


def test_goal_rollups_count_states_and_average_measured_kpis() -> None:
    g1, g2 = report_at("2021-07").goals
    assert (g1.id, g1.states["done"], g1.states["on_track"], sum(g1.states.values())) == (
        "G1",
        1,
        1,
        2,
    )
    assert (g1.kpis, g1.measured, g1.kpi_progress) == (2, 2, 0.5)
    assert g1.lights["green"] == 1
    assert (g2.states["on_track"], g2.states["not_started"], g2.cancelled) == (1, 1, 1)
    assert (g2.kpis, g2.measured, g2.kpi_progress, g2.lights["none"]) == (1, 0, None, 1)
    assert g1.cost == 160_000
    assert g2.cost == 84_000


def test_area_rollups_count_each_action_and_kpi_once() -> None:
    pa1, pa2 = report_at("2021-07").areas
    assert sum(pa1.states.values()) == 3
    assert pa1.cancelled == 1
    assert pa1.kpis == 3
    assert pa1.kpi_progress == 0.5
    assert (sum(pa2.states.values()), pa2.kpis, pa2.kpi_progress) == (0, 0, None)


def test_actor_rollups_cover_the_actions_led_and_the_kpis_they_name() -> None:
    city, agency = report_at("2021-07").actors
    assert (city.id, sum(city.states.values()), city.cancelled, city.kpis, city.kpi_progress) == (
        "city",
        1,
        1,
        1,
        1.0,
    )
    assert (sum(agency.states.values()), agency.kpis, agency.kpi_progress) == (2, 0, None)


def test_budget_compares_committed_cost_with_the_plan() -> None:
    budget = report_at("2021-07").budget
    assert budget.cost_total == 184_000
    # A1 fully (100k) + A2 three of six months (30k); A4 not yet; A3 cancelled.
    assert budget.planned_to_date == 130_000
    assert budget.planned_committed == 160_000
    assert budget.committed == 160_000
    assert budget.done == 100_000
    assert budget.committed_secured == 30_000
    assert (budget.secured, budget.applied, budget.planned) == (30_000, 20_000, 24_000)


def test_budget_before_anything_starts_is_zero_to_date() -> None:
    budget = report_at("2021-01").budget
    assert (budget.planned_to_date, budget.planned_committed) == (0, 0)
