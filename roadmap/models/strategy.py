"""The model of `strategy.yaml`: identity, horizon, phases, areas, actors, funding."""

from typing import Annotated, Literal

from pydantic import Field, model_validator

from roadmap.models.common import (
    MAX_MONTHS,
    Id,
    Model,
    Money,
    Month,
    Provenance,
    Statement,
    Text,
)
from roadmap.texts import say


class Horizon(Model):
    """The months the strategy covers, both inclusive."""

    start: Month
    end: Month


class Phases(Model):
    """Phase boundaries in months from the horizon start.

    An action whose planned start offset is below `short` is short term, below `medium`
    medium term, and long term otherwise.
    """

    short: Annotated[int, Field(ge=1, le=MAX_MONTHS)]
    medium: Annotated[int, Field(ge=1, le=MAX_MONTHS)]

    @model_validator(mode="after")
    def _ordered(self) -> "Phases":
        if self.medium <= self.short:
            raise ValueError(say("S003.phases", medium=self.medium, short=self.short))
        return self


class Objective(Model):
    """A strategic objective."""

    id: Id
    title: Text
    description: Text | None = None
    source: str | None = None
    provenance: Provenance | None = None


class Area(Model):
    """A priority area: on the demand side (it asks for e-services) or the supply side."""

    id: Id
    title: Text
    side: Literal["demand", "supply"]
    description: Text | None = None
    source: str | None = None
    provenance: Provenance | None = None


class Actor(Model):
    """An organisation that leads or takes part in actions."""

    id: Id
    name: Text
    capacity: Annotated[int, Field(ge=1, le=10_000)] | None = None
    description: Text | None = None
    source: str | None = None
    provenance: Provenance | None = None


class Resource(Model):
    """A pool that actions share while they run: staff of a department, an office, a team.

    In every month, the units that the running actions need of a pool stay within its
    capacity (spec section 4b).
    """

    id: Id = Field(description="The pool's id, which actions name under `needs`.")
    name: Text = Field(description="What the pool is, as a reader sees it.")
    capacity: Annotated[int, Field(ge=1, le=10_000)] = Field(
        description="Units of the pool available in every month.", examples=[6]
    )
    description: Text | None = None
    source: str | None = None
    provenance: Provenance | None = None


class Window(Model):
    """An eligibility window, both months inclusive."""

    start: Month
    end: Month


class FundingSource(Model):
    """Where money comes from, when it may be used, and how much there is."""

    id: Id
    name: Text
    window: Window | None = None
    amount_eur: Money | None = None
    description: Text | None = None
    source: str | None = None
    provenance: Provenance | None = None


DocumentKind = Literal["edition", "part", "activity_list", "related", "other"]


class Document(Model):
    """A document of the strategy, or one it names: an edition, a chapter or annex, a
    version of its list of activities, a related strategy.

    An action whose `origin` is `strategy` names in `origin_list` the document of kind
    `activity_list` it comes from.
    """

    id: Id = Field(description="A stable key, e.g. `action-plan-2020`.")
    title: Text = Field(description="The document's title, in our words.")
    kind: DocumentKind = Field(
        default="other",
        description="edition (the strategy as a whole), part (a chapter or annex of it), "
        "activity_list (a version of its list of activities), related (another strategy "
        "it names) or other.",
    )
    date: Month | None = Field(default=None, description="When it was issued or adopted.")
    description: Text | None = Field(
        default=None, description="What it holds, and what the data takes from it."
    )
    source: str | None = Field(default=None, description="Where the document can be found.")
    provenance: Provenance | None = Field(
        default=None, description="sourced, reconstructed or assumption."
    )


Weight = Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]


class PriorityWeights(Model):
    """Weights of the priority score that orders the actions; docs/planning.md explains it."""

    impact: Weight = 0.5
    readiness: Weight = 0.3
    cost: Weight = 0.2


Fraction = Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)]


class Monitoring(Model):
    """Thresholds of `roadmap status`; the rules they feed are in `roadmap.monitoring`.

    A KPI's light compares its progress with the progress its linear trajectory expects
    at the as-of month: green at `kpi_green` of the expectation or more, amber at
    `kpi_amber` or more, red below. An action in progress is at risk when its percent
    complete trails the linear expectation by more than `at_risk_lag`.
    """

    kpi_green: Fraction = Field(
        default=0.9,
        description="Green light when progress / expected progress is at least this.",
    )
    kpi_amber: Fraction = Field(
        default=0.6,
        description="Amber light when progress / expected progress is at least this "
        "(and below kpi_green); red below it. Must not exceed kpi_green.",
    )
    at_risk_lag: Fraction = Field(
        default=0.15,
        description="An action in progress is at risk when its completed fraction "
        "trails the linear expectation (months elapsed / duration) by more than this.",
    )

    @model_validator(mode="after")
    def _ordered(self) -> "Monitoring":
        if self.kpi_amber > self.kpi_green:
            raise ValueError(say("S003.lights", amber=self.kpi_amber, green=self.kpi_green))
        return self


class Strategy(Model):
    """The whole of `strategy.yaml`."""

    id: Id
    name: Statement
    subtitle: Text | None = None
    vision: Statement
    mission: Statement
    adopted: Month | None = None
    source: str | None = None
    documents: list[Document] = Field(
        default=[],
        description="The strategy's documents and the ones it names; an action's "
        "`origin_list` refers to one of kind activity_list.",
    )
    horizon: Horizon
    phases: Phases
    objectives: list[Objective]
    areas: list[Area]
    actors: list[Actor]
    funding_sources: list[FundingSource] = []
    resources: list[Resource] = Field(
        default=[],
        description="Shared pools (IT staff, procurement, a data team) that actions "
        "draw on while they run; each action lists what it holds under `needs`.",
    )
    budget_caps: dict[Annotated[int, Field(ge=1900, le=2200)], Money] | None = None
    priority_weights: PriorityWeights = PriorityWeights.model_construct()
    monitoring: Monitoring = Monitoring.model_construct()
