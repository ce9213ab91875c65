"""Packaging and start-up guards that no single module owns."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT, run_python


def test_every_subpackage_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "roadmap").rglob("__init__.py")
    }
    missing = found - listed
    assert not missing, (
        f"add these to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
    )
    assert "roadmap.templates" in listed


def test_cli_module_imports_no_heavy_library() -> None:
    """`roadmap --help` and shell completion import the CLI only; keep it light."""
    code = (
        "import sys, roadmap.cli\n"
        "names = ('networkx', 'jinja2', 'pydantic', 'yaml', 'ortools')\n"
        "heavy = [m for m in names if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    heavy = run_python(code)
    assert heavy == "", f"imported at CLI start-up: {heavy}"
