"""`roadmap diff` end to end, on a throwaway git repository with two commits."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from tests.conftest import Run, run_cli
from tests.diffing.conftest import GitRepo

NEW_ACTION = """\
  - id: A03
    title: {en: "Open-data portal v2"}
    goals: [OG1.1]
    lead: city
    depends_on: [A02]
    duration_months: 4
    cost_eur: 50000
    status: proposed
    source: "test"
    provenance: assumption
"""


def _json(*args: str) -> tuple[Run, dict[str, Any]]:
    run = run_cli("diff", *args, "--format", "json")
    assert "Traceback" not in run.stderr, run.stderr
    payload: dict[str, Any] = json.loads(run.stdout)
    return run, payload


def test_added_action(example_repo: Callable[[], GitRepo]) -> None:
    repo = example_repo()
    repo.append("data/actions.yaml", NEW_ACTION)
    repo.commit("add A03")
    run, out = _json("HEAD~1", "HEAD", "--data", "data")
    assert run.exit_code == 0
    assert out["added"] == ["A03"]
    assert out["removed"] == []
    assert out["moved"] == []
    added = out["actions"]["added"][0]
    assert added["title"] == "Open-data portal v2"
    assert added["plan"]["start"] >= "2022-08"  # after A02, its dependency
    assert (
        out["money"]["total"]["to"]["cost_eur"] == out["money"]["total"]["from"]["cost_eur"] + 50000
    )


def test_removed_action(example_repo: Callable[[], GitRepo]) -> None:
    repo = example_repo()
    text = (repo.root / "data/actions.yaml").read_text(encoding="utf-8")
    (repo.root / "data/actions.yaml").write_text(text.split("  - id: A02")[0], encoding="utf-8")
    repo.commit("drop A02")
    run, out = _json("HEAD~1", "HEAD", "--data", "data")
    assert run.exit_code == 0
    assert out["removed"] == ["A02"]
    assert out["added"] == []
    assert out["actions"]["removed"][0]["plan"]["phase"] == "short"


def test_action_that_slipped_a_phase(example_repo: Callable[[], GitRepo]) -> None:
    repo = example_repo()
    repo.edit("data/actions.yaml", "earliest_start: 2021-03", "earliest_start: 2022-06")
    repo.commit("A02 later")
    run, out = _json("HEAD~1", "--data", "data")
    assert run.exit_code == 0
    assert [m["id"] for m in out["moved"]] == ["A02"]
    moved = out["moved"][0]
    assert set(moved["from"]) == {"start", "finish", "phase"}
    assert moved["from"]["phase"] == "short"
    assert moved["to"] == {"start": "2022-06", "finish": "2023-06", "phase": "medium"}
    assert out["added"] == out["removed"] == []


def test_changed_kpi_target(example_repo: Callable[[], GitRepo]) -> None:
    repo = example_repo()
    repo.edit(
        "data/goals.yaml", "target: {value: 60, year: 2025}", "target: {value: 80, year: 2025}"
    )
    repo.commit("raise K1")
    run, out = _json("HEAD~1", "HEAD", "--data", "data")
    assert run.exit_code == 0
    assert out["kpis"] == [
        {
            "id": "K1",
            "name": "e-services online",
            "unit": "count",
            "from": {"value": 60, "year": 2025},
            "to": {"value": 80, "year": 2025},
        }
    ]
    assert out["moved"] == out["added"] == out["removed"] == []


def test_base_that_does_not_validate(repo: GitRepo) -> None:
    repo.add_example()
    repo.edit("data/actions.yaml", "duration_months: 6", "duration_month: 6")
    repo.commit("broken")
    repo.edit("data/actions.yaml", "duration_month: 6", "duration_months: 6")
    repo.append("data/actions.yaml", NEW_ACTION)
    repo.commit("fixed, and A03")
    run, out = _json("HEAD~1", "HEAD")
    assert run.exit_code == 0
    assert out["base"]["valid"] is False
    assert out["base"]["planned"] is False
    assert {d["code"] for d in out["base"]["diagnostics"]} == {"S001"}
    assert {d["code"] for d in out["diagnostics"]["resolved"]} == {"S001"}
    # The example's actions are not fully funded: only those warnings are new.
    assert {(d["code"], d["severity"]) for d in out["diagnostics"]["new"]} == {("T311", "warning")}
    assert out["head"]["valid"] is True
    assert out["added"] == ["A03"]
    assert out["moved"] == []
    markdown = run_cli("diff", "HEAD~1", "HEAD", "--format", "markdown")
    assert "The base (`HEAD~1" in markdown.stdout
    assert "does not validate" in markdown.stdout
    assert "data/actions.yaml:7" in markdown.stdout
    # a blank line ends the CAUTION quote, so the findings are a list of their own
    assert "is compared.\n\n- `" in markdown.stdout


def test_head_that_does_not_validate_exits_1(example_repo: Callable[[], GitRepo]) -> None:
    repo = example_repo()
    repo.edit("data/actions.yaml", "duration_months: 12", "duration_months: twelve")
    run, out = _json("main")
    assert run.exit_code == 1
    assert out["head"]["revision"] == "working tree"
    assert out["head"]["valid"] is False
    assert [d["code"] for d in out["diagnostics"]["new"]] == [
        d["code"] for d in out["head"]["diagnostics"]
    ]
    assert out["diagnostics"]["new"][0]["file"] == "data/actions.yaml"


def test_a_side_without_the_data_folder_is_a_usage_error(repo: GitRepo) -> None:
    (repo.root / "README.md").write_text("start\n", encoding="utf-8")
    repo.commit("empty")
    repo.add_example()
    repo.commit("roadmap")
    run = run_cli("diff", "HEAD~1", "HEAD")
    assert run.exit_code == 2
    assert run.stdout == ""
    assert "HEAD~1 has no folder data" in run.stderr
    assert "Traceback" not in run.stderr


def test_misspelt_data_is_a_usage_error(example_repo: Callable[[], GitRepo]) -> None:
    example_repo()
    run = run_cli("diff", "HEAD", "--data", "dat")
    assert run.exit_code == 2
    assert "HEAD has no folder dat and working tree has no folder dat" in run.stderr


def test_data_counts_from_the_repository_root(
    example_repo: Callable[[], GitRepo], monkeypatch: Any
) -> None:
    repo = example_repo()
    repo.edit("data/actions.yaml", "deadline: 2023-06", "deadline: 2023-09")
    repo.commit("later deadline")
    monkeypatch.chdir(repo.root / "data")
    run, out = _json("HEAD~1", "HEAD", "--data", "data")
    assert run.exit_code == 0
    assert out["changed"] == [
        {
            "kind": "action",
            "id": "A02",
            "field": "deadline",
            "before": "2023-06",
            "after": "2023-09",
        }
    ]
    assert {"added", "removed", "moved"} <= out.keys()
    text = run_cli("diff", "HEAD~1", "HEAD")
    assert "action A02  deadline: 2023-06 -> 2023-09" in text.stdout
    markdown = run_cli("diff", "HEAD~1", "HEAD", "--format", "markdown")
    assert "| action `A02` | deadline | 2023-06 | 2023-09 |" in markdown.stdout


def test_renamed_data_directory_is_followed(repo: GitRepo) -> None:
    repo.add_example("strategy")
    repo.commit("first home")
    repo.git("mv", "strategy", "data")
    repo.commit("moved")
    run, out = _json("HEAD~1", "HEAD")
    assert run.exit_code == 0
    assert out["base"]["data"] == "strategy"
    assert out["head"]["data"] == "data"
    assert out["added"] == out["removed"] == out["moved"] == []
    assert out["diagnostics"] == {"new": [], "resolved": []}
    explicit, again = _json("HEAD~1", "HEAD", "--base-data", "strategy")
    assert again["base"]["data"] == "strategy" and explicit.exit_code == 0


def test_unknown_revision_is_a_usage_error(example_repo: Callable[[], GitRepo]) -> None:
    example_repo()
    run = run_cli("diff", "no-such-branch")
    assert run.exit_code == 2
    assert "unknown git revision 'no-such-branch'" in run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout == ""


def test_outside_a_repository_is_a_usage_error(tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    run = run_cli("diff", "main", "--data", str(tmp_path))
    assert run.exit_code == 2
    assert "not inside a git repository" in run.stderr


def test_markdown_comment_has_summary_first_and_details_folded(
    example_repo: Callable[[], GitRepo],
) -> None:
    repo = example_repo()
    repo.edit("data/actions.yaml", "earliest_start: 2021-03", "earliest_start: 2022-06")
    repo.append("data/actions.yaml", NEW_ACTION)
    repo.commit("change")
    run = run_cli("diff", "HEAD~1", "HEAD", "--format", "markdown")
    assert run.exit_code == 0
    lines = run.stdout.splitlines()
    assert lines[0] == "<!-- roadmap-diff -->"
    assert lines[1].startswith("### Roadmap diff: `HEAD~1 (")
    assert "1 action added" in lines[3] and "1 action moved" in lines[3]
    assert "<summary>Moved actions (1)</summary>" in run.stdout
    assert (
        "| `A02` Sandbox for pilots | 2021-08 → 2022-07 (12 mo), short "
        "| 2022-06 → 2023-05 (12 mo), medium |" in run.stdout
    )
    assert run.stdout.count("<details>") == run.stdout.count("</details>")
    text = run_cli("diff", "HEAD~1", "HEAD", "--format", "text")
    assert (
        "A02  2021-08 → 2022-07 (12 mo), short  =>  2022-06 → 2023-05 (12 mo), medium"
        in text.stdout
    )


def test_no_change_says_so(example_repo: Callable[[], GitRepo]) -> None:
    example_repo()
    run = run_cli("diff", "HEAD", "--format", "markdown")
    assert run.exit_code == 0
    assert "**No change to the roadmap.**" in run.stdout
    assert "<details>" in run.stdout


def test_dependency_cycle_on_the_head_is_reported_not_raised(
    example_repo: Callable[[], GitRepo],
) -> None:
    repo = example_repo()
    repo.edit(
        "data/actions.yaml",
        "    duration_months: 6\n",
        "    duration_months: 6\n    depends_on: [A02]\n",
    )
    run, out = _json("HEAD")
    assert run.exit_code == 1
    assert out["head"]["valid"] is False
    assert out["head"]["planned"] is False
    assert out["diagnostics"]["new"], "the cycle must be named as a finding"
    assert out["moved"] == []


def test_symlinked_file_is_followed_and_head_without_data_removes_all(repo: GitRepo) -> None:
    repo.add_example("shared")
    (repo.root / "data").mkdir()
    for kind in ("strategy", "goals", "actions"):
        (repo.root / "data" / f"{kind}.yaml").symlink_to(f"../shared/{kind}.yaml")
    repo.commit("data through links")
    run, out = _json("HEAD", "HEAD")
    assert run.exit_code == 0, out["head"]["diagnostics"]
    assert out["head"]["valid"] is True and out["head"]["planned"] is True
    repo.git("rm", "-q", "-r", "data")
    repo.commit("no more data")
    gone = run_cli("diff", "HEAD~1", "HEAD")
    assert gone.exit_code == 2
    assert "HEAD has no folder data" in gone.stderr


def test_a_new_plan_error_on_the_head_exits_1_with_the_fixed_keys(
    example_repo: Callable[[], GitRepo],
) -> None:
    repo = example_repo()
    repo.edit("data/strategy.yaml", "end: 2025-12", "end: 2022-03")
    run, out = _json("HEAD")
    assert run.exit_code == 1
    assert {"added", "removed", "moved", "changed"} <= out.keys()
    assert any(d["severity"] == "error" for d in out["diagnostics"]["new"])
    assert {"kind": "strategy", "id": "", "field": "horizon.end"}.items() <= out["changed"][
        0
    ].items()
