"""Loading a directory pays only for what it needs: no PyYAML on the opt-in fast path
(ROADMAP_YAML_PARSER=auto)."""

from __future__ import annotations

from tests.conftest import CASES, run_python

EXAMPLE = CASES / "valid" / "spec_example"

PROBE = """
import sys
from roadmap.loading import load_directory
from roadmap.models import ActionsFile, Strategy
loaded = load_directory(sys.argv[1])
assert loaded.dataset is not None, loaded.diagnostics
parsed = any(doc._parsed for doc in loaded.documents.values())
built = ActionsFile.__pydantic_complete__, Strategy.__pydantic_complete__
print("yaml" in sys.modules, *built, parsed)
"""


def test_a_load_validates_without_importing_pyyaml() -> None:
    printed = run_python(PROBE, str(EXAMPLE), env={"ROADMAP_YAML_PARSER": "auto"})
    assert printed == "False True True True"
