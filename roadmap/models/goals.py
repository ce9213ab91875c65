"""The model of `goals.yaml`: operational goals and their KPIs."""

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from roadmap.models.common import Id, Model, Sourced, Text

Number = Annotated[float, Field(ge=-1e15, le=1e15, allow_inf_nan=False, strict=False)]
Year = Annotated[int, Field(ge=1900, le=2200)]


class Measure(Model):
    """A KPI value in a given year."""

    value: Number
    year: Year


class Kpi(Sourced):
    """A key performance indicator of a goal."""

    id: Id
    name: Text
    unit: Annotated[str, StringConstraints(min_length=1)]
    direction: Literal["increase", "decrease"]
    baseline: Measure
    target: Measure
    description: Text | None = None


class Goal(Sourced):
    """An operational goal in one priority area, serving strategic objectives."""

    id: Id
    area: Id
    objectives: list[Id] = []
    title: Text
    description: Text | None = None
    kpis: list[Kpi] = []


class GoalsFile(Model):
    """The whole of `goals.yaml`."""

    goals: list[Goal]
