"""`roadmap init`: the skeleton checks clean, teaches the format, and overwrites nothing."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from roadmap.models import FILE_MODELS
from tests.conftest import run_cli


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_skeleton_passes_check_strict_and_plans(here: Path) -> None:
    run = run_cli("init", "city/data", "--start", "2026-01", "--progress")
    assert run.exit_code == 0, run.stderr
    for kind in FILE_MODELS:
        assert f"wrote city/data/{kind}.yaml" in run.stdout
    check = run_cli("check", "city/data", "--strict", "--format", "json")
    assert check.exit_code == 0, check.stdout
    assert json.loads(check.stdout)["diagnostics"] == []
    plan = run_cli("plan", "city/data", "--format", "json")
    assert plan.exit_code == 0, plan.stdout
    assert {a["id"] for a in json.loads(plan.stdout)["actions"]} == {"A01", "A02", "A03"}


def test_files_point_editors_at_schemas_that_accept_them(here: Path) -> None:
    run_cli("init", "city/data", "--start", "2026-01", "--progress")
    for kind in FILE_MODELS:
        text = (here / "city/data" / f"{kind}.yaml").read_text(encoding="utf-8")
        first = text.splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json"
        schema_path = here / "city/data" / first.split("=", 1)[1]
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        data = yaml.safe_load(text)
        assert not list(jsonschema.Draft202012Validator(schema).iter_errors(data))
        assert text.count("\n#") >= 3, "the skeleton should teach through comments"


def test_name_lang_id_and_start_are_used(here: Path) -> None:
    run = run_cli(
        "init",
        "d",
        "--name",
        "Пловдив дигитален",
        "--lang",
        "bg",
        "--id",
        "plovdiv",
        "--start",
        "2027-04",
        "--no-schemas",
    )
    assert run.exit_code == 0, run.stderr
    strategy = yaml.safe_load((here / "d/strategy.yaml").read_text(encoding="utf-8"))
    assert strategy["id"] == "plovdiv"
    assert strategy["name"] == {"bg": "Пловдив дигитален"}
    assert strategy["horizon"] == {"start": "2027-04", "end": "2032-03"}
    assert not (here / "schemas").exists()
    assert "yaml-language-server" not in (here / "d/goals.yaml").read_text(encoding="utf-8")
    assert not (here / "d/progress.yaml").exists()
    assert run_cli("check", "d", "--strict").exit_code == 0


def test_refuses_to_overwrite_and_loses_nothing(here: Path) -> None:
    (here / "data").mkdir()
    mine = "# my own strategy\n"
    (here / "data/strategy.yaml").write_text(mine, encoding="utf-8")
    run = run_cli("init", "data", "--start", "2026-01")
    assert run.exit_code == 2
    assert "data/strategy.yaml already exists; nothing was written" in run.stderr
    assert "--force" in run.stderr
    assert (here / "data/strategy.yaml").read_text(encoding="utf-8") == mine
    assert sorted(p.name for p in (here / "data").iterdir()) == ["strategy.yaml"]
    assert not (here / "schemas").exists()
    forced = run_cli("init", "data", "--start", "2026-01", "--force")
    assert forced.exit_code == 0
    assert (here / "data/strategy.yaml").read_text(encoding="utf-8") != mine


def test_running_again_with_the_same_options_is_harmless(here: Path) -> None:
    assert run_cli("init", "data", "--start", "2026-01").exit_code == 0
    again = run_cli("init", "data", "--start", "2026-01")
    assert again.exit_code == 0
    assert "wrote" not in again.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "2026-13"], "is not a month"),
        (["--id", "bad id"], "is not a valid id"),
        (["--name", "  "], "--name must not be empty"),
    ],
)
def test_bad_options_are_usage_errors(here: Path, args: list[str], message: str) -> None:
    run = run_cli("init", "data", *args)
    assert run.exit_code == 2
    assert message in run.stderr
    assert not (here / "data").exists()


def test_directory_that_is_a_file(here: Path) -> None:
    (here / "data").write_text("x", encoding="utf-8")
    run = run_cli("init", "data")
    assert run.exit_code == 2
    assert "is not a directory" in run.stderr
