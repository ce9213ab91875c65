"""Packaging and start-up guards that no single module owns."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch

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


def test_every_data_file_of_the_package_is_shipped() -> None:
    """A file beside the modules that package-data does not list is left out of the wheel."""
    shipped = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ]
    for path in (ROOT / "roadmap").rglob("*"):
        if path.is_dir() or path.suffix in (".py", ".pyc"):
            continue
        package = ".".join(path.parent.relative_to(ROOT).parts)
        patterns = shipped.get(package, [])
        assert any(fnmatch(path.name, p) for p in patterns), f"add {path.name} to {package}"


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
