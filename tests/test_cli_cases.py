"""End-to-end: `roadmap check` on every folder under tests/cases.

A folder under `valid/` must check clean (exit 0, no errors; warnings are listed in an
optional expected.yaml). A folder under `invalid/` holds expected.yaml with the exit
code and the exact list of diagnostics (code, file, line), which must match in full.
Where expected.yaml gives a Bulgarian text (`message_contains_bg`), the folder is checked
with `--lang bg` too, and must give the same codes and places.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import CASES, run_cli

VALID = sorted(p for p in (CASES / "valid").iterdir() if p.is_dir())
INVALID = sorted(p for p in (CASES / "invalid").iterdir() if p.is_dir())


def _expected(case: Path) -> dict[str, Any]:
    path = case / "expected.yaml"
    if not path.exists():
        return {"exit": 0, "diagnostics": []}
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def _check(case: Path, lang: str = "en") -> tuple[int, list[dict[str, Any]]]:
    run = run_cli("check", str(case), "--format", "json", "--lang", lang)
    assert "Traceback" not in run.stderr, run.stderr
    payload = json.loads(run.stdout)
    return run.exit_code, payload["diagnostics"]


def _compare(case: Path, diagnostics: list[dict[str, Any]], key: str = "message_contains") -> None:
    expected = _expected(case)["diagnostics"] or []
    got = sorted((d["code"], Path(d["file"]).name, d["line"]) for d in diagnostics)
    want = sorted((e["code"], e["file"], e["line"]) for e in expected)
    assert got == want, "\n".join(
        f"{d['code']} {d['file']}:{d['line']} {d['message']}" for d in diagnostics
    )
    for item in expected:
        if key in item:
            messages = [d["message"] for d in diagnostics if d["code"] == item["code"]]
            assert any(item[key] in m for m in messages), messages


def _compare_in_bulgarian(case: Path, exit_code: int) -> None:
    if any("message_contains_bg" in e for e in _expected(case)["diagnostics"] or []):
        code, diagnostics = _check(case, "bg")
        assert code == exit_code
        _compare(case, diagnostics, "message_contains_bg")


@pytest.mark.parametrize("case", VALID, ids=[p.name for p in VALID])
def test_valid_case_checks_clean(case: Path) -> None:
    code, diagnostics = _check(case)
    assert code == _expected(case).get("exit", 0)
    _compare(case, diagnostics)
    _compare_in_bulgarian(case, code)


@pytest.mark.parametrize("case", INVALID, ids=[p.name for p in INVALID])
def test_invalid_case_reports_expected_diagnostics(case: Path) -> None:
    code, diagnostics = _check(case)
    assert code == _expected(case)["exit"]
    _compare(case, diagnostics)
    _compare_in_bulgarian(case, code)
    for d in diagnostics:
        assert Path(d["file"]).parent == case, d
