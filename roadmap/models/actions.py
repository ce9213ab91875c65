"""The model of `actions.yaml`: the portfolio of actions."""

from typing import Annotated, Any, Literal, NamedTuple

from pydantic import Discriminator, Field, Tag

from roadmap.models.common import MAX_MONTHS, Id, Model, Money, Month, Sourced, Text

Phase = Literal["short", "medium", "long"]
PHASES: tuple[Phase, ...] = ("short", "medium", "long")
Status = Literal["proposed", "planned", "in_progress", "done", "cancelled"]
FundingStatus = Literal["secured", "applied", "planned"]
Score = Annotated[int, Field(ge=1, le=5)]
Origin = Literal["strategy", "added"]


class Dependency(Model):
    """A finish-to-start dependency, with an optional lag in months."""

    id: Id
    lag_months: Annotated[int, Field(ge=0, le=MAX_MONTHS)] = 0


class DependencyLink(NamedTuple):
    """A dependency as the rules, views and scheduler read it: an id and its lag.

    A plain tuple rather than a `Dependency` model, because a portfolio of 10,000
    actions asks for its dependencies many thousand times and a model costs far more
    to make than a tuple.
    """

    id: str
    lag_months: int = 0


def _dependency_kind(value: Any) -> str:
    return "id" if isinstance(value, str) else "mapping"


DependencyRef = Annotated[
    Annotated[Id, Tag("id")] | Annotated[Dependency, Tag("mapping")],
    Discriminator(_dependency_kind),
]


class Funding(Model):
    """Money from one funding source towards an action."""

    source: Id
    amount_eur: Money
    status: FundingStatus


class PriorityInputs(Model):
    """Inputs of the priority score, each from 1 (low) to 5 (high). Missing means 3."""

    impact: Score = 3
    readiness: Score = 3


class Action(Sourced):
    """One action of the portfolio."""

    id: Id
    title: Text
    description: Text | None = None
    goals: list[Id]
    lead: Id
    participants: list[Id] = []
    depends_on: list[DependencyRef] = []
    duration_months: Annotated[int, Field(ge=1, le=MAX_MONTHS)]
    earliest_start: Month | None = None
    deadline: Month | None = None
    phase: Phase | None = None
    cost_eur: Money
    needs: dict[Id, Annotated[int, Field(ge=1, le=10_000)]] = Field(
        default={},
        description="Units of each shared pool (strategy.yaml `resources`) that the "
        "action holds in every month it runs.",
        examples=[{"it-staff": 2, "procurement": 1}],
    )
    funding: list[Funding] = []
    status: Status = "proposed"
    priority: PriorityInputs = PriorityInputs.model_construct()
    pilot: bool = False
    kpis: list[Id] = []
    tags: list[Annotated[str, Field(min_length=1, max_length=64)]] = []
    origin: Origin | None = Field(
        default=None,
        description="strategy: one of the strategy's own activities, named in a version "
        "of its list (see origin_list); added: an action the roadmap adds. Leave it out "
        "when nobody has said.",
    )
    origin_list: Id | None = Field(
        default=None,
        description="With origin: strategy, the id of the strategy.yaml document (kind "
        "activity_list) that names this activity.",
        examples=["action-plan-2020"],
    )

    def dependencies(self) -> list[DependencyLink]:
        """The dependencies in written order, each with its lag (0 for a plain id)."""
        if not self.depends_on:
            return []
        link = DependencyLink._make
        return [
            link((d, 0)) if isinstance(d, str) else link((d.id, d.lag_months))
            for d in self.depends_on
        ]


class ActionsFile(Model):
    """The whole of `actions.yaml`."""

    actions: list[Action]
