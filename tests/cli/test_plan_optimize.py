"""`roadmap plan --optimize` and `--select` end to end, and the pools in the reports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES, run_cli, run_python

POOLS = CASES / "valid" / "pools"


def _tight(tmp_path: Path) -> str:
    """The pools case where A01 and A03 must both end by 2021-06 and share one procurement
    slot: only one of them fits."""
    target = tmp_path / "data"
    shutil.copytree(POOLS, target)
    actions = target / "actions.yaml"
    text = actions.read_text(encoding="utf-8")
    for amount in ("100000", "150000"):
        funding = f"    funding: [{{source: eib, amount_eur: {amount}"
        assert funding in text
        text = text.replace(funding, "    deadline: 2021-06\n" + funding)
    actions.write_text(text, encoding="utf-8")
    return str(target)


def test_the_json_says_what_the_search_proved() -> None:
    run = run_cli("plan", str(POOLS), "--optimize", "--format", "json")
    assert run.exit_code == 0, run.stderr
    payload = json.loads(run.stdout)
    assert payload["objective"] == {"name": "finish", "value": 19, "bound": 19, "status": "optimal"}
    assert payload["deferred"] == []
    heuristic = json.loads(run_cli("plan", str(POOLS), "--format", "json").stdout)
    assert heuristic["objective"] == {
        "name": "finish",
        "value": 19,
        "bound": None,
        "status": "heuristic",
    }


def test_value_objective_and_time_limit_are_taken() -> None:
    run = run_cli(
        "plan",
        str(POOLS),
        "--optimize",
        "--objective",
        "value",
        "--time-limit",
        "3",
        "--format",
        "json",
    )
    assert run.exit_code == 0, run.stderr
    objective = json.loads(run.stdout)["objective"]
    assert objective["name"] == "value" and objective["status"] == "optimal"
    assert objective["value"] == objective["bound"] > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--select"], "--select needs --optimize"),
        (["--time-limit", "3"], "--time-limit needs --optimize"),
        (["--time-limit", "10"], "--time-limit needs --optimize"),
        (["--optimize", "--time-limit", "0"], "--time-limit takes seconds above 0"),
    ],
)
def test_bad_search_options_exit_2(args: list[str], message: str) -> None:
    run = run_cli("plan", str(POOLS), *args)
    assert run.exit_code == 2
    assert message in run.stderr


def test_the_objective_alone_names_what_the_priority_rule_plan_reports() -> None:
    run = run_cli("plan", str(POOLS), "--objective", "value", "--format", "json")
    assert run.exit_code == 0, run.stderr
    objective = json.loads(run.stdout)["objective"]
    assert objective["name"] == "value" and objective["status"] == "heuristic"


def test_select_defers_what_cannot_fit_and_exits_0(tmp_path: Path) -> None:
    data = _tight(tmp_path)
    assert run_cli("plan", data, "--optimize").exit_code == 1
    run = run_cli("plan", data, "--optimize", "--select", "--format", "json")
    assert run.exit_code == 0, run.stderr
    payload = json.loads(run.stdout)
    assert [d["id"] for d in payload["deferred"]] == ["A03"]
    assert payload["deferred"][0]["reason"] == (
        "no room beside the actions kept in any month it could start (2021-01, to end by its "
        "deadline 2021-06): short of room are pool it-staff (capacity 3), pool procurement "
        "(capacity 1)"
    )
    bulgarian = run_cli("plan", data, "--optimize", "--select", "--lang", "bg", "--format", "json")
    assert "за да приключи до крайния си срок 2021-06" in bulgarian.stdout
    assert "A03" not in {a["id"] for a in payload["actions"]}
    text = run_cli("plan", data, "--optimize", "--select").stdout
    assert "Deferred · 1 action deferred by --select" in text
    markdown = run_cli("plan", data, "--optimize", "--select", "--format", "markdown").stdout
    assert "## Deferred (1 action deferred by --select, €150,000, not in the plan)" in markdown


def test_render_shows_the_deferred_actions_and_the_pools(tmp_path: Path) -> None:
    data = _tight(tmp_path)
    html = tmp_path / "roadmap.html"
    run = run_cli("render", data, "--format", "html", "--optimize", "--select", "-o", str(html))
    assert run.exit_code == 0, run.stderr
    page = html.read_text(encoding="utf-8")
    assert 'id="deferred"' in page and 'href="#deferred"' in page
    assert page.index('id="deferred"') < page.index('id="phases"')
    assert 'class="pool-chart"' in page and "IT department staff" in page
    markdown = run_cli("render", str(POOLS), "--format", "md").stdout
    assert "## Shared pools: units in use per month" in markdown
    assert "| Jan 2021 | 2 / 3 | **1 / 1** |" in markdown


def test_plain_plan_does_not_import_ortools() -> None:
    code = (
        "import sys\n"
        "from roadmap.planning.options import PlanOptions\n"
        "from roadmap.pipeline import run\n"
        f"assert run({str(POOLS)!r}, PlanOptions()).plan is not None\n"
        "print('ortools' in sys.modules)"
    )
    assert run_python(code) == "False"
