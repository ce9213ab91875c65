"""`roadmap explain` end to end."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import CASES, DATA, run_cli

SPEC = CASES / "valid" / "spec_example"


def test_explains_the_binding_dependency_and_what_would_move_it() -> None:
    run = run_cli("explain", str(SPEC), "A02")
    assert run.exit_code == 0, run.stderr
    out = run.stdout
    assert "planned 2021-08 → 2022-07 (12 months), short term" in out
    assert "starts 2021-08 because A01 ends 2021-06, then a 1-month lag" in out
    assert "slack: 0 months" in out
    assert "shorten A01 by a month (6 -> 5): starts 2021-07, 1 month earlier" in out
    assert "drop the 1-month lag after A01: starts 2021-07, 1 month earlier" in out


def test_id_first_and_default_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = run_cli("explain", "A02", str(SPEC))
    assert first.exit_code == 0
    shutil.copytree(SPEC, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    default = run_cli("explain", "A02")
    assert default.exit_code == 0
    assert default.stdout == first.stdout.replace(str(SPEC), "data")


def test_capacity_what_if_is_re_planned(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(SPEC, data)
    strategy = data / "strategy.yaml"
    strategy.write_text(
        strategy.read_text(encoding="utf-8").replace("capacity: 2", "capacity: 1"),
        encoding="utf-8",
    )
    actions = data / "actions.yaml"
    text = actions.read_text(encoding="utf-8").replace("lead: agency", "lead: city")
    text = text.replace("depends_on: [{id: A01, lag_months: 1}]", "depends_on: []")
    actions.write_text(text, encoding="utf-8")
    run = run_cli("explain", str(data), "A02", "--format", "json")
    payload = json.loads(run.stdout)
    assert payload["reasons"][0]["binding"] == "capacity"
    changes = {w["change"]: w["start"] for w in payload["what_ifs"]}
    assert changes["raise the capacity of city from 1 to 2"] == "2021-03"
    # A01 holds the slot from 2021-01, before A02 may start (2021-03): priority cannot
    # take a running action's slot, and the re-planned answer says so.
    assert changes["give it the top priority (impact 5, readiness 5)"] == "2021-07"
    text = run_cli("explain", str(data), "A02").stdout
    assert "give it the top priority (impact 5, readiness 5): does not move it" in text


def test_unknown_id_suggests_the_closest_and_exits_2() -> None:
    run = run_cli("explain", str(SPEC), "a2")
    assert run.exit_code == 2
    assert "did you mean A02?" in run.stderr
    assert "Traceback" not in run.stderr


def test_several_close_ids_are_listed_with_one_or() -> None:
    run = run_cli("explain", str(DATA), "A99")
    assert run.exit_code == 2
    assert "no action has the id 'A99'; did you mean A39, A29 or A19? (in " in run.stderr


def test_bad_data_exits_2() -> None:
    run = run_cli("explain", str(CASES / "invalid" / "unknown_field"), "A01")
    assert run.exit_code == 2
    assert "S001" in run.stderr


def test_a_cancelled_action_is_said_to_be_left_out_in_each_format(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(SPEC, data)
    actions = data / "actions.yaml"
    text = actions.read_text(encoding="utf-8")
    assert text.count("status: proposed") == 1  # A02's
    actions.write_text(text.replace("status: proposed", "status: cancelled"), encoding="utf-8")
    plain = run_cli("explain", str(data), "A02")
    assert (plain.exit_code, plain.stdout) == (0, "A02 is cancelled, so the plan leaves it out.\n")
    payload = json.loads(run_cli("explain", str(data), "A02", "--format", "json").stdout)
    assert payload == {"id": "A02", "cancelled": True, "why": plain.stdout.strip()}
