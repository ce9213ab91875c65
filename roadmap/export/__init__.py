"""Exports of the plan for other tools: JSON, CSV, iCalendar and TaskJuggler."""

from __future__ import annotations

from collections.abc import Callable

from roadmap.export.csv_table import export_csv
from roadmap.export.ical import export_ics
from roadmap.export.json_plan import export_json
from roadmap.export.taskjuggler import export_tjp
from roadmap.export.taskjuggler_problem import export_tjp_problem
from roadmap.views.context import RoadmapContext

EXPORTERS: dict[str, Callable[[RoadmapContext], bytes]] = {
    "json": export_json,
    "csv": export_csv,
    "ics": export_ics,
    "tjp": export_tjp,
    "tjp-problem": export_tjp_problem,
}
"""Each export format and the function that writes it, as bytes ready for a file."""

__all__ = [
    "EXPORTERS",
    "export_csv",
    "export_ics",
    "export_json",
    "export_tjp",
    "export_tjp_problem",
]
