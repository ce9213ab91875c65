"""Infeasibility diagnostics name the binding constraint (P601 to P605)."""

from __future__ import annotations

from roadmap.planning import PlanOptions, plan
from roadmap.planning.feasibility import PLAN_CODES
from tests.planning.portfolios import dataset


def _codes(result: object) -> list[str]:
    return [d.code for d in getattr(result, "findings", ())]


def test_missed_deadline_names_the_dependency_that_binds() -> None:
    data = dataset(
        [
            {"id": "A", "duration_months": 10},
            {"id": "B", "duration_months": 4, "depends_on": ["A"], "deadline": "2021-12"},
        ]
    )
    result = plan(data)
    assert not result.feasible
    (found,) = result.findings
    assert found.code == "P601"
    assert found.severity == "error"
    assert "B runs until 2022-02, after its deadline 2021-12" in found.message
    assert "A ends 2021-10" in found.message


def test_deadline_on_the_last_allowed_month_is_met() -> None:
    data = dataset([{"id": "A", "duration_months": 12, "deadline": "2021-12"}])
    assert plan(data).feasible


def test_running_past_the_horizon_is_p602_and_capacity_is_named() -> None:
    data = dataset(
        [{"id": f"A{i}", "duration_months": 12} for i in range(3)],
        capacity={"city": 1},
        horizon_end="2022-12",
    )
    result = plan(data)
    assert _codes(result) == ["P602"]
    assert "lead city was at capacity 1" in result.findings[0].message


def test_pin_that_dependencies_push_out_of_its_phase_is_p603() -> None:
    data = dataset(
        [
            {"id": "A", "duration_months": 14},
            {"id": "B", "duration_months": 2, "depends_on": ["A"], "phase": "short"},
        ]
    )
    result = plan(data)
    assert _codes(result) == ["P603"]
    assert "pinned to the short term" in result.findings[0].message


def test_pin_moves_the_start_to_the_phase() -> None:
    data = dataset([{"id": "A", "duration_months": 2, "phase": "long"}])
    result = plan(data)
    assert result.by_id["A"].phase == "long"
    assert result.by_id["A"].reasons[0].binding == "pin"
    assert result.feasible


def test_cost_no_cap_can_carry_is_p604_and_does_not_hang() -> None:
    # 1.2M over 2 months is 600k a month; every capped year allows 500k.
    data = dataset(
        [{"id": "A", "duration_months": 2, "cost_eur": 1_200_000}, {"id": "B"}],
        caps={2021: 500_000, 2022: 500_000},
    )
    result = plan(data)
    assert _codes(result) == ["P604"]
    assert result.by_id["A"].start == result.by_id["A"].earliest


def test_action_that_fits_a_cap_later_waits_instead_of_failing() -> None:
    # 2021 allows 100k, 2022 allows 1M: the 600k action waits for 2022.
    data = dataset(
        [{"id": "A", "duration_months": 3, "cost_eur": 600_000}],
        caps={2021: 100_000, 2022: 1_000_000},
    )
    result = plan(data)
    assert result.feasible
    assert result.by_id["A"].start == result.by_id["A"].earliest + 12


def test_every_plan_code_is_documented() -> None:
    assert set(PLAN_CODES) == {"P600", "P601", "P602", "P603", "P604", "P605"}


def test_as_of_without_a_dated_record_is_a_warning() -> None:
    data = dataset([{"id": "A", "duration_months": 2, "status": "in_progress"}])
    result = plan(data, PlanOptions(as_of="2021-06"))
    assert _codes(result) == ["P605"]
    assert result.feasible
