"""`roadmap plan` end to end: formats, exit codes, options, refusal of bad data."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES, ROOT, run_cli

SPEC = CASES / "valid" / "spec_example"
GOLDEN = ROOT / "tests" / "golden" / "plan"


def _case(tmp_path: Path, edits: dict[str, list[tuple[str, str]]] | None = None) -> str:
    """A copy of the spec example with text replacements per file."""
    target = tmp_path / "data"
    shutil.copytree(SPEC, target)
    for name, pairs in (edits or {}).items():
        path = target / name
        text = path.read_text(encoding="utf-8")
        for old, new in pairs:
            assert old in text, old
            text = text.replace(old, new)
        path.write_text(text, encoding="utf-8")
    return str(target)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("ROADMAP_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_json_shape_on_the_spec_example() -> None:
    run = run_cli("plan", str(SPEC), "--format", "json")
    assert run.exit_code == 0, run.stderr
    payload = json.loads(run.stdout)
    assert payload["horizon"] == {"start": "2021-01", "end": "2025-12"}
    assert payload["critical_path"] == ["A01", "A02"]
    fixed = ("id", "start", "finish", "phase", "slack_months", "critical")
    got = [{key: action[key] for key in fixed} for action in payload["actions"]]
    assert got == [
        {"id": "A01", "start": "2021-01", "finish": "2021-07", "phase": "short",
         "slack_months": 0, "critical": True},
        {"id": "A02", "start": "2021-08", "finish": "2022-08", "phase": "short",
         "slack_months": 0, "critical": True},
    ]  # fmt: skip
    for action in payload["actions"]:
        assert isinstance(action["slack_months"], int)
        assert isinstance(action["critical"], bool)
    assert payload["feasible"] is True
    assert payload["diagnostics"] == []
    _golden("spec_example.json", run.stdout)


def test_markdown_and_text_on_the_spec_example() -> None:
    markdown = run_cli("plan", str(SPEC), "--format", "markdown")
    assert markdown.exit_code == 0
    _golden("spec_example.md", markdown.stdout)
    text = run_cli("plan", str(SPEC))
    assert text.exit_code == 0
    for expected in ("Short term", "Medium term", "Long term", "A01", "Critical path: A01 → A02"):
        assert expected in text.stdout
    assert "● A02" in text.stdout


def test_infeasible_deadline_exits_1_and_still_prints_the_plan(tmp_path: Path) -> None:
    data = _case(tmp_path, {"actions.yaml": [("deadline: 2023-06", "deadline: 2022-03")]})
    run = run_cli("plan", data, "--format", "json")
    assert run.exit_code == 1
    payload = json.loads(run.stdout)
    assert [a["id"] for a in payload["actions"]] == ["A01", "A02"]
    assert payload["feasible"] is False
    (problem,) = payload["diagnostics"]
    assert problem["code"] == "P601"
    assert problem["file"] == os.path.join(data, "actions.yaml")
    assert problem["line"] == 21
    assert "A01 ends 2021-06, then a 1-month lag" in problem["message"]


def test_capacity_holds_and_can_be_ignored(tmp_path: Path) -> None:
    data = _case(
        tmp_path,
        {
            "strategy.yaml": [("capacity: 2", "capacity: 1")],
            "actions.yaml": [
                ("lead: agency", "lead: city"),
                ("depends_on: [{id: A01, lag_months: 1}]        # or plainly: depends_on: [A01]",
                 "depends_on: []"),
            ],
        },
    )  # fmt: skip
    run = run_cli("plan", data, "--format", "json")
    starts = {a["id"]: a["start"] for a in json.loads(run.stdout)["actions"]}
    # A01 ranks higher (impact 5); A02 waits for city's only slot.
    assert starts == {"A01": "2021-01", "A02": "2021-07"}
    a02 = next(a for a in json.loads(run.stdout)["actions"] if a["id"] == "A02")
    assert a02["reasons"][0]["binding"] == "capacity"
    assert a02["reasons"][0]["holders"] == ["A01"]
    free = run_cli("plan", data, "--format", "json", "--ignore-capacity")
    assert {a["id"]: a["start"] for a in json.loads(free.stdout)["actions"]}["A02"] == "2021-03"


def test_budget_cap_holds_and_can_be_ignored(tmp_path: Path) -> None:
    data = _case(tmp_path, {"strategy.yaml": [("{2021: 500000,", "{2021: 300000,")]})
    run = run_cli("plan", data, "--format", "json")
    a02 = next(a for a in json.loads(run.stdout)["actions"] if a["id"] == "A02")
    # 100,000 is left for 2021 after A01; A02 spends 25,000 a month: it starts in
    # September (4 months in 2021), not August.
    assert a02["start"] == "2021-09"
    assert a02["reasons"][0]["binding"] == "budget"
    assert a02["reasons"][0]["year"] == 2021
    free = run_cli("plan", data, "--format", "json", "--ignore-budget")
    assert (
        next(a for a in json.loads(free.stdout)["actions"] if a["id"] == "A02")["start"]
        == "2021-08"
    )


def test_start_and_as_of_options() -> None:
    later = json.loads(run_cli("plan", str(SPEC), "--format", "json", "--start", "2022-01").stdout)
    assert later["horizon"]["start"] == "2022-01"
    assert [a["start"] for a in later["actions"]] == ["2022-01", "2022-08"]
    replanned = run_cli("plan", str(SPEC), "--format", "json", "--as-of", "2022-03")
    payload = json.loads(replanned.stdout)
    assert payload["as_of"] == "2022-03"
    a01, a02 = payload["actions"]
    assert (a01["start"], a01["finish"], a01["fixed"]) == ("2021-02", "2021-08", True)
    assert (a02["start"], a02["phase"]) == ("2022-03", "medium")


@pytest.mark.parametrize(
    ("option", "value"),
    [("--as-of", "2022-3"), ("--start", "March"), ("--start", "2030-01"), ("--start", "1999-01")],
)
def test_bad_option_values_exit_2_with_a_message(option: str, value: str) -> None:
    run = run_cli("plan", str(SPEC), option, value)
    assert run.exit_code == 2
    assert "roadmap:" in run.stderr
    assert "Traceback" not in run.stderr


def test_data_with_check_errors_exits_2_with_diagnostics_on_stderr() -> None:
    run = run_cli("plan", str(CASES / "invalid" / "unknown_field"), "--format", "json")
    assert run.exit_code == 2
    assert run.stdout == ""
    assert "S001" in run.stderr
    assert "cannot be planned" in run.stderr
    assert "Traceback" not in run.stderr


def test_missing_directory_exits_2(tmp_path: Path) -> None:
    run = run_cli("plan", str(tmp_path / "nowhere"))
    assert run.exit_code == 2
    assert "does not exist" in run.stderr


def test_default_directory_is_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _case(tmp_path)
    monkeypatch.chdir(tmp_path)
    run = run_cli("plan", "--format", "json")
    assert run.exit_code == 0
    assert json.loads(run.stdout)["critical_path"] == ["A01", "A02"]


def test_bulgarian_titles_and_phase_names(tmp_path: Path) -> None:
    data = _case(
        tmp_path,
        {
            "actions.yaml": [
                ('{en: "Sandbox for pilots"}', '{bg: "Пясъчник", en: "Sandbox for pilots"}')
            ]
        },
    )
    run = run_cli("plan", data, "--format", "markdown", "--lang", "bg")
    assert run.exit_code == 0
    assert "## Краткосрочна фаза" in run.stdout
    assert "| A02 | Пясъчник |" in run.stdout
    assert "| A01 | Open-data platform |" in run.stdout  # falls back to the other language


def test_force_color_still_gets_rich_and_its_styles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    styled = run_cli("plan", str(SPEC))
    assert styled.exit_code == 0
    assert "\x1b[" in styled.stdout
    monkeypatch.delenv("FORCE_COLOR")
    plain = run_cli("plan", str(SPEC))
    assert "\x1b[" not in plain.stdout
    assert "Critical path: A01 → A02" in plain.stdout


def test_an_empty_portfolio_says_there_is_nothing_to_plan(tmp_path: Path) -> None:
    target = tmp_path / "data"
    shutil.copytree(SPEC, target)
    (target / "actions.yaml").write_text("actions: []\n", encoding="utf-8")
    (target / "progress.yaml").unlink(missing_ok=True)
    run = run_cli("plan", str(target))
    assert run.exit_code == 0, run.stderr
    assert "no actions to plan" in run.stdout
    assert "ending" not in run.stdout


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("en", "--start 2019-01 is outside the horizon 2021-01..2025-12"),
        ("bg", "--start 2019-01 е извън хоризонта 2021-01..2025-12"),
    ],
)
def test_a_start_outside_the_horizon_is_refused_in_the_chosen_language(
    lang: str, message: str
) -> None:
    run = run_cli("plan", str(SPEC), "--start", "2019-01", "--lang", lang)
    assert run.exit_code == 2
    assert message in run.stderr


def test_messages_follow_the_environment_when_no_lang_is_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LC_ALL", "bg_BG.UTF-8")
    run = run_cli("plan", str(SPEC), "--start", "2019-01")
    assert "е извън хоризонта" in run.stderr
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert "is outside the horizon" in run_cli("plan", str(SPEC), "--start", "2019-01").stderr
