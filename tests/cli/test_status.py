"""`roadmap status` through the real entry point."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CASES, ROOT, run_cli

SPEC = CASES / "valid" / "spec_example"
STATES = {"on_track", "at_risk", "late", "done", "not_started"}
LIGHTS = {"green", "amber", "red", "none"}


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(SPEC, target)
    return target


def status_json(*args: str) -> dict[str, Any]:
    run = run_cli("status", *args, "--format", "json")
    assert run.exit_code == 0, run.stderr
    payload: dict[str, Any] = json.loads(run.stdout)
    return payload


def test_json_has_the_fixed_shape_key_by_key() -> None:
    payload = status_json(str(SPEC), "--as-of", "2022-03")
    actions = payload["actions"]
    kpis = payload["kpis"]
    assert isinstance(actions, list)
    assert isinstance(kpis, list)
    assert [a["id"] for a in actions] == ["A01", "A02"]
    for item in actions:
        assert isinstance(item["id"], str)
        assert item["state"] in STATES
    assert [k["id"] for k in kpis] == ["K1"]
    for item in kpis:
        assert isinstance(item["id"], str)
        assert item["progress"] is None or (
            isinstance(item["progress"], float) and 0.0 <= item["progress"] <= 1.0
        )
        assert item["light"] in LIGHTS


def test_json_values_for_the_spec_example() -> None:
    payload = status_json(str(SPEC), "--as-of", "2022-03")
    states = {a["id"]: (a["state"], a["reason"]) for a in payload["actions"]}
    assert states == {"A01": ("done", "done"), "A02": ("at_risk", "start_missed")}
    (k1,) = payload["kpis"]
    assert (k1["progress"], k1["light"], k1["expected"]) == (0.16, "amber", 0.25)
    assert payload["as_of"] == "2022-03"
    assert payload["cancelled"] == []
    assert set(payload["rollups"]) == {"goals", "areas", "actors"}
    assert payload["budget"]["committed"] == 200_000


def test_as_of_defaults_to_progress_yaml() -> None:
    assert status_json(str(SPEC))["as_of"] == "2022-03"


def test_an_earlier_as_of_does_not_see_later_records() -> None:
    payload = status_json(str(SPEC), "--as-of", "2021-03")
    states = {a["id"]: a["state"] for a in payload["actions"]}
    assert states == {"A01": "at_risk", "A02": "not_started"}
    assert payload["kpis"][0]["light"] == "none"


def test_without_progress_yaml_or_as_of_the_message_says_what_to_give(data: Path) -> None:
    (data / "progress.yaml").unlink()
    run = run_cli("status", str(data))
    assert run.exit_code == 2
    assert "--as-of YYYY-MM" in run.stderr
    assert "progress.yaml" in run.stderr
    assert "Traceback" not in run.stderr
    assert status_json(str(data), "--as-of", "2022-03")["kpis"][0]["light"] == "none"


@pytest.mark.parametrize("bad", ["2022-13", "2022-3", "March 2022", "", "2022-03-01"])
def test_a_malformed_as_of_is_a_usage_error(bad: str) -> None:
    run = run_cli("status", str(SPEC), "--as-of", bad)
    assert run.exit_code == 2
    assert "--as-of takes a month written YYYY-MM" in run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout == ""


def test_data_with_errors_prints_the_diagnostics_and_exits_2() -> None:
    case = CASES / "invalid" / "unknown_field"
    run = run_cli("status", str(case), "--as-of", "2022-03")
    assert run.exit_code == 2
    assert "error S" in run.stderr
    assert "its status cannot be judged" in run.stderr
    assert run.stdout == ""


def test_a_missing_directory_is_reported_not_raised(tmp_path: Path) -> None:
    run = run_cli("status", str(tmp_path / "nowhere"), "--as-of", "2022-03")
    assert run.exit_code == 2
    assert "does not exist" in run.stderr
    assert "Traceback" not in run.stderr


def test_text_report_lists_states_lights_rollups_and_budget() -> None:
    run = run_cli("status", str(SPEC), "--as-of", "2022-03")
    assert run.exit_code == 0
    for expected in ("As of 2022-03", "A02", "at risk", "amber", "Per lead actor", "€200,000"):
        assert expected in run.stdout
    assert "\x1b[" not in run.stdout


def test_markdown_in_bulgarian() -> None:
    run = run_cli("status", str(SPEC), "--as-of", "2022-03", "--format", "md", "--lang", "bg")
    assert run.exit_code == 0
    assert run.stdout.startswith("# Доклад за наблюдение: Демо стратегия")
    assert "| A02 | Sandbox for pilots |" in run.stdout
    assert "в риск" in run.stdout
    assert "🟡 жълт" in run.stdout
    assert (
        run.stdout
        == run_cli(
            "status", str(SPEC), "--as-of", "2022-03", "-f", "markdown", "--lang", "bg"
        ).stdout
    )


def test_html_is_self_contained_with_a_chart_per_kpi(tmp_path: Path) -> None:
    out = tmp_path / "status.html"
    run = run_cli("status", str(SPEC), "--as-of", "2022-03", "-f", "html", "-o", str(out))
    assert (run.exit_code, run.stdout) == (0, "")
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg"') == 1
    without_svg_namespace = html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    for forbidden in ("http:", "https:", "<script", "src=", "href=", "@import", "url("):
        assert forbidden not in without_svg_namespace
    assert sorted(p.name for p in tmp_path.iterdir()) == ["status.html"]
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


def test_html_and_markdown_escape_the_data(data: Path) -> None:
    actions = (data / "actions.yaml").read_text(encoding="utf-8")
    (data / "actions.yaml").write_text(
        actions.replace('"Open-data platform"', '"<script>alert(1)</script> | pipe"'),
        encoding="utf-8",
    )
    html = run_cli("status", str(data), "-f", "html").stdout
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; | pipe" in html
    markdown = run_cli("status", str(data), "-f", "md").stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt; \\| pipe" in markdown


@pytest.mark.parametrize("fmt", ["text", "json", "md", "html"])
def test_output_is_deterministic(fmt: str) -> None:
    first = run_cli("status", str(SPEC), "--as-of", "2023-01", "-f", fmt)
    second = run_cli("status", str(SPEC), "--as-of", "2023-01", "-f", fmt)
    assert first.exit_code == 0
    assert first.stdout == second.stdout


@pytest.mark.parametrize("directory", [SPEC, ROOT / "data"], ids=["spec_example", "data"])
@pytest.mark.parametrize("as_of", ["2021-01", "2022-03", "2024-01", "2025-12"])
def test_status_never_contradicts_roadmap_plan(directory: Path, as_of: str) -> None:
    planned = json.loads(run_cli("plan", str(directory), "--format", "json").stdout)
    payload = status_json(str(directory), "--as-of", as_of)
    states = {a["id"]: a["state"] for a in payload["actions"]}
    planned_ids = {a["id"] for a in planned["actions"]}
    assert set(states) <= planned_ids
    assert planned_ids - set(states) <= set(payload["cancelled"])
    for item in planned["actions"]:
        if item["id"] not in states:
            continue
        state = states[item["id"]]
        if item["finish"] <= as_of:
            assert state in ("done", "late"), item
        if state == "not_started":
            assert item["start"] >= as_of, item
        if state == "late":
            assert item["finish"] <= as_of, item


@pytest.mark.parametrize(
    "case", ["action_record_after_as_of", "done_in_progress_before_dependency"]
)
def test_data_with_a_monitoring_error_prints_it_and_exits_1(case: str) -> None:
    run = run_cli("status", str(CASES / "invalid" / case), "--format", "json")
    assert run.exit_code == 1
    assert "error M5" in run.stderr
    assert "its status cannot be judged" in run.stderr
    assert run.stdout == ""


def test_warnings_are_printed_and_the_report_still_comes_out() -> None:
    run = run_cli("status", str(SPEC), "--as-of", "2022-03", "--format", "json")
    assert run.exit_code == 0
    assert "warning T311" in run.stderr
    assert json.loads(run.stdout)["actions"]


@pytest.mark.parametrize("command", [["status"], ["plan"], ["render"], ["explain", "A01"]])
@pytest.mark.parametrize("month", ["2020-12", "2026-01"])
def test_an_as_of_outside_the_horizon_is_refused_in_every_command(
    command: list[str], month: str
) -> None:
    run = run_cli(command[0], str(SPEC), *command[1:], "--as-of", month)
    assert run.exit_code == 2
    assert run.stdout == ""
    assert f"--as-of {month} is outside the horizon, 2021-01 to 2025-12" in run.stderr
    assert "the month your progress is known up to" in run.stderr


@pytest.mark.parametrize("month", ["2099-01", "bad"])
def test_a_wrong_as_of_is_refused_before_the_datas_errors(month: str) -> None:
    run = run_cli("status", str(CASES / "invalid" / "deadline_unmeetable"), "--as-of", month)
    assert run.exit_code == 2
    assert "--as-of" in run.stderr
    assert "T306" not in run.stderr
