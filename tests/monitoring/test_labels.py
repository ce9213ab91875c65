"""Both languages carry every label."""

from __future__ import annotations

from roadmap.monitoring.labels import BG, EN
from roadmap.monitoring.report import ACTION_STATES, LIGHTS
from roadmap.monitoring.views import StatusView


def test_bulgarian_and_english_have_the_same_keys() -> None:
    assert set(BG) == set(EN)


def test_every_state_light_and_budget_line_has_a_label() -> None:
    needed = {f"state.{s}" for s in ACTION_STATES} | {f"light.{light}" for light in LIGHTS}
    needed |= {f"budget.{key}" for key in ("cost_total", "planned_to_date", "committed")}
    assert needed <= set(EN)


def test_the_thresholds_sentence_takes_the_three_values() -> None:
    for labels in (EN, BG):
        text = labels["thresholds"].format(green="90%", amber="60%", lag="15")
        assert "90%" in text
        assert "60%" in text
        assert "15" in text
    assert "thresholds" in StatusView.__dataclass_fields__
