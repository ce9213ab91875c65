"""The `monitoring:` thresholds of strategy.yaml: defaults, bounds and documentation."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from roadmap.models.strategy import Monitoring, Strategy


def test_defaults() -> None:
    assert Monitoring() == Monitoring(kpi_green=0.9, kpi_amber=0.6, at_risk_lag=0.15)


def test_amber_may_equal_green_but_not_exceed_it() -> None:
    assert Monitoring(kpi_green=0.7, kpi_amber=0.7).kpi_amber == 0.7
    with pytest.raises(ValidationError, match=r"kpi_amber \(0.8\) must not exceed"):
        Monitoring(kpi_green=0.7, kpi_amber=0.8)


@pytest.mark.parametrize("field", ["kpi_green", "kpi_amber", "at_risk_lag"])
@pytest.mark.parametrize("value", [-0.1, 1.5])
def test_thresholds_are_fractions(field: str, value: float) -> None:
    with pytest.raises(ValidationError):
        Monitoring.model_validate({field: value})


def test_the_json_schema_documents_each_threshold() -> None:
    schema = Strategy.model_json_schema()
    fields = schema["$defs"]["Monitoring"]["properties"]
    assert set(fields) == {"kpi_green", "kpi_amber", "at_risk_lag"}
    for name, spec in fields.items():
        assert spec["description"], name
        assert (spec["minimum"], spec["maximum"]) == (0, 1)
