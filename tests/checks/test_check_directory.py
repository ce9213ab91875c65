"""check_directory on random portfolios: any mix of findings, never an exception."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roadmap.checks import check_directory, planning_blockers
from roadmap.diagnostics import Diagnostic, Severity
from tests.checks.conftest import BASE, action, dump
from tests.conftest import CASES, run_cli

IDS = ["A01", "A02", "A03", "A04", "A05"]
months = st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(2019, 2027), st.integers(1, 12))
statuses = st.sampled_from(["proposed", "planned", "in_progress", "done", "cancelled"])


@st.composite
def portfolios(draw: st.DrawFn) -> dict[str, Any]:
    files = copy.deepcopy(BASE)
    files["strategy"]["horizon"] = {"start": draw(months), "end": draw(months)}
    files["strategy"]["funding_sources"].append(
        {
            "id": "eu",
            "name": "EU",
            "window": {"start": draw(months), "end": draw(months)},
            "amount_eur": draw(st.integers(0, 5000)),
        }
    )
    files["strategy"]["budget_caps"] = {draw(st.integers(2018, 2028)): 1000}
    items = []
    chosen = draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=5, unique=True))
    if draw(st.integers(0, 9)) == 0:
        chosen.append(chosen[0])
    for ident in chosen:
        deps = draw(
            st.lists(
                st.one_of(
                    st.sampled_from([*chosen * 6, "ZZ"]),
                    st.builds(
                        lambda i, lag: {"id": i, "lag_months": lag},
                        st.sampled_from(chosen),
                        st.integers(0, 30),
                    ),
                ),
                max_size=3,
            )
        )
        fields: dict[str, Any] = {
            "depends_on": deps,
            "duration_months": draw(st.integers(1, 80)),
            "cost_eur": draw(st.integers(0, 3000)),
            "status": draw(statuses),
            "funding": [
                {
                    "source": draw(st.sampled_from([*["budget", "eu"] * 6, "nope"])),
                    "amount_eur": amount,
                    "status": "planned",
                }
                for amount in draw(st.lists(st.integers(0, 3000), max_size=2))
            ],
            "goals": draw(st.sampled_from([["G1"]] * 8 + [[], ["G1", "G9"]])),
        }
        for key in ("earliest_start", "deadline"):
            if draw(st.booleans()):
                fields[key] = draw(months)
        if draw(st.booleans()):
            fields["phase"] = draw(st.sampled_from(["short", "medium", "long"]))
        items.append(action(ident, **fields))
    files["actions"]["actions"] = items
    records = [
        {
            "id": draw(st.sampled_from([*chosen * 6, "Q"])),
            "date": draw(months),
            "status": draw(statuses),
            "percent": draw(st.integers(0, 100)),
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    files["progress"] = {
        "as_of": draw(months),
        "actions": records,
        "kpis": [{"id": "K1", "date": draw(months), "value": 3.5}],
    }
    return files


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(portfolios())
def test_random_portfolios_give_findings_never_exceptions(files: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as directory:
        for kind, data in files.items():
            (Path(directory) / f"{kind}.yaml").write_text(dump(data), encoding="utf-8")
        result = check_directory(directory)
    assert result.loaded.dataset is not None, result.diagnostics
    for d in result.diagnostics:
        assert d.code[0] in "RGTKM" and d.line >= 1 and d.message
        assert d.severity in (Severity.ERROR, Severity.WARNING)
    assert result.diagnostics == sorted(set(result.diagnostics))


def test_only_errors_before_stage_5_block_planning() -> None:
    def diag(code: str, severity: Severity = Severity.ERROR) -> Diagnostic:
        return Diagnostic("actions.yaml", 1, 1, code, severity, "x")

    found = [diag("Y001"), diag("R106"), diag("G202"), diag("G203", Severity.WARNING)]
    found += [diag("T306"), diag("K403"), diag("M506"), diag("X999")]
    assert [d.code for d in planning_blockers(found)] == ["Y001", "R106", "G202", "X999"]


def test_a_deadline_no_plan_meets_fails_check_but_still_plans() -> None:
    case = str(CASES / "invalid" / "deadline_unmeetable")
    assert run_cli("check", case).exit_code == 1
    plan = run_cli("plan", case, "--format", "json")
    assert plan.exit_code == 1, plan.stderr
    assert '"critical_path"' in plan.stdout
