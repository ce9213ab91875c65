"""`roadmap status` on the spec example, compared byte for byte with tests/golden/.

Refresh after an intended change with
`ROADMAP_UPDATE_GOLDEN=1 pytest tests/cli/test_status_golden.py` and review the diff.
"""

from __future__ import annotations

import os

import pytest

from tests.conftest import CASES, ROOT, run_cli

GOLDEN = ROOT / "tests" / "golden"
SPEC = CASES / "valid" / "spec_example"
RUNS = {
    "status_spec_example.json": ("--format", "json"),
    "status_spec_example.md": ("--format", "md"),
    "status_spec_example.bg.md": ("--format", "md", "--lang", "bg"),
    "status_spec_example.html": ("--format", "html"),
    "status_spec_example.txt": ("--format", "text"),
}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_status_matches_golden(name: str) -> None:
    run = run_cli("status", str(SPEC), "--as-of", "2022-03", *RUNS[name])
    assert run.exit_code == 0, run.stderr
    path = GOLDEN / name
    if os.environ.get("ROADMAP_UPDATE_GOLDEN") == "1":
        path.write_text(run.stdout, encoding="utf-8")
    assert path.exists(), f"missing {path}; run with ROADMAP_UPDATE_GOLDEN=1"
    assert run.stdout == path.read_text(encoding="utf-8")
