"""The model of `progress.yaml`: dated monitoring records."""

from typing import Annotated

from pydantic import Field

from roadmap.models.actions import Status
from roadmap.models.common import Id, Model, Month, Provenance
from roadmap.models.goals import Number


class ActionRecord(Model):
    """The state of an action as reported in a month."""

    id: Id
    date: Month
    status: Status
    percent: Annotated[int, Field(ge=0, le=100)] | None = None
    note: str | None = None
    source: str | None = None
    provenance: Provenance | None = None


class KpiRecord(Model):
    """A KPI measurement taken in a month."""

    id: Id
    date: Month
    value: Number
    note: str | None = None
    source: str | None = None
    provenance: Provenance | None = None


class ProgressFile(Model):
    """The whole of `progress.yaml`."""

    as_of: Month
    actions: list[ActionRecord] = []
    kpis: list[KpiRecord] = []
