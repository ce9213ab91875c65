"""The rules, one module per theme. Importing this package registers them all."""

from roadmap.checks.rules import (  # noqa: F401
    coverage,
    duplicates,
    graph,
    kpis,
    money,
    pools,
    progress,
    references,
    timing,
)
