"""The pre-commit hook and the example CI files call commands and options that exist."""

from __future__ import annotations

import re
from typing import Any

import yaml

from tests.conftest import ROOT, run_cli


def _load(name: str) -> Any:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


def test_pre_commit_hook_runs_roadmap_check_on_data_files() -> None:
    hooks = _load(".pre-commit-hooks.yaml")
    hook = next(h for h in hooks if h["id"] == "roadmap-check")
    assert hook["entry"] == "roadmap check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    pattern = re.compile(hook["files"])
    assert pattern.search("data/actions.yaml")
    assert not pattern.search("docs/actions.yaml")
    assert not pattern.search("data/nested/actions.yaml")


def test_github_workflow_checks_and_posts_the_diff() -> None:
    workflow = _load("examples/github-workflow.yml")
    steps = workflow["jobs"]["roadmap"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0
    scripts = "\n".join(s.get("run", "") for s in steps)
    assert "roadmap check data --strict --format github" in scripts
    assert 'roadmap diff "origin/${{ github.base_ref }}" --data data --format markdown' in scripts
    assert "marker='<!-- roadmap-diff -->'" in scripts, "finds its own comment by its marker"
    assert "--method PATCH" in scripts and "--edit-last" not in scripts
    assert "roadmap check data --strict --format sarif" in scripts
    assert workflow["permissions"]["pull-requests"] == "write"


def test_gitlab_example_is_yaml_and_diffs_against_the_target() -> None:
    job = _load("examples/gitlab-ci.yml")["roadmap"]
    assert job["variables"]["GIT_DEPTH"] == 0
    script = "\n".join(job["script"])
    assert "roadmap diff" in script
    assert 'startswith("<!-- roadmap-diff -->")' in script and "method=PUT" in script
    assert "roadmap check data --strict" in script


def test_commands_used_by_the_examples_exist() -> None:
    for command in ("check", "diff"):
        run = run_cli(command, "--help")
        assert run.exit_code == 0, run.stderr
    assert "--data" in run_cli("diff", "--help").stdout
