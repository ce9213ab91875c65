"""The collector is paused inside the block and left as it was found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from roadmap import collector


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    gc.unfreeze()
    if not was:
        gc.disable()


def test_paused_inside_and_on_again_after(collector_on: None) -> None:
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_on_again_after_an_error(collector_on: None) -> None:
    with pytest.raises(ValueError), collector.paused():
        raise ValueError
    assert gc.isenabled()


def test_left_off_when_it_was_off(collector_on: None) -> None:
    gc.disable()
    with collector.paused(freeze=True):
        pass
    assert not gc.isenabled()
    gc.enable()


def test_freeze_moves_what_is_alive_out_of_the_generations(collector_on: None) -> None:
    gc.unfreeze()
    with collector.paused(freeze=True):
        kept = [[n] for n in range(1000)]
    assert gc.get_freeze_count() >= len(kept)
    with collector.paused():
        pass
    assert gc.get_freeze_count() >= len(kept)
