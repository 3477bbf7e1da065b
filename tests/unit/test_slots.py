"""The limiter's slots: a bound that can change in use, FIFO hand-over, no leaks on cancel."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

import anyio
import pytest

from twilio_async._limiter import Slots


def _run(body: Callable[[], Coroutine[Any, Any, None]], backend: str) -> None:
    async def guarded() -> None:
        with anyio.fail_after(10):  # a lost slot shows up as a hang; fail instead
            await body()

    anyio.run(guarded, backend=backend)


BACKENDS = ["asyncio", "trio"]


async def _holder(slots: Slots, log: list[str], name: str, release: anyio.Event) -> None:
    async with slots:
        log.append(name)
        await release.wait()


async def _settle() -> None:
    for _ in range(5):
        await anyio.lowlevel.checkpoint()


@pytest.mark.parametrize("backend", BACKENDS)
def test_bound_is_kept_and_waiters_are_served_in_order(backend: str) -> None:
    async def body() -> None:
        slots = Slots(2)
        log: list[str] = []
        releases = {name: anyio.Event() for name in "abcd"}
        async with anyio.create_task_group() as group:
            for name in "abcd":
                group.start_soon(_holder, slots, log, name, releases[name])
                await _settle()
            assert log == ["a", "b"]
            assert slots.borrowed == 2
            releases["b"].set()
            await _settle()
            assert log == ["a", "b", "c"]
            releases["a"].set()
            await _settle()
            assert log == ["a", "b", "c", "d"]
            releases["c"].set()
            releases["d"].set()
        assert slots.borrowed == 0

    _run(body, backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_growing_admits_waiters_and_shrinking_takes_effect_on_release(backend: str) -> None:
    async def body() -> None:
        slots = Slots(1)
        log: list[str] = []
        releases = {name: anyio.Event() for name in "abc"}
        async with anyio.create_task_group() as group:
            for name in "abc":
                group.start_soon(_holder, slots, log, name, releases[name])
                await _settle()
            assert log == ["a"]
            slots.set_total(3)
            await _settle()
            assert sorted(log) == ["a", "b", "c"]
            assert slots.borrowed == 3
            slots.set_total(1)
            releases["a"].set()
            releases["b"].set()
            await _settle()
            assert slots.borrowed == 1  # two released, none handed over: above the bound
            releases["c"].set()
        assert slots.borrowed == 0

    _run(body, backend)


async def _cancellable(
    slots: Slots, log: list[str], name: str, release: anyio.Event, scopes: dict[str, Any]
) -> None:
    with anyio.CancelScope() as scope:
        scopes[name] = scope
        async with slots:
            log.append(name)
            await release.wait()


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_cancelled_waiter_leaves_no_slot_behind(backend: str) -> None:
    async def body() -> None:
        slots = Slots(1)
        log: list[str] = []
        scopes: dict[str, Any] = {}
        hold, done = anyio.Event(), anyio.Event()
        async with anyio.create_task_group() as group:
            group.start_soon(_holder, slots, log, "a", hold)
            await _settle()
            group.start_soon(_cancellable, slots, log, "b", done, scopes)
            await _settle()
            group.start_soon(_holder, slots, log, "c", done)
            await _settle()
            scopes["b"].cancel()
            await _settle()
            hold.set()
            await _settle()
            assert log == ["a", "c"]
            assert slots.borrowed == 1
            done.set()
        assert slots.borrowed == 0

    _run(body, backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_waiter_cancelled_as_it_is_handed_a_slot_passes_it_on(backend: str) -> None:
    async def body() -> None:
        slots = Slots(1)
        log: list[str] = []
        scopes: dict[str, Any] = {}
        done = anyio.Event()
        done.set()
        await slots.__aenter__()
        async with anyio.create_task_group() as group:
            group.start_soon(_cancellable, slots, log, "b", done, scopes)
            await _settle()
            group.start_soon(_holder, slots, log, "c", done)
            await _settle()
            slots.release()  # hands the slot to "b"...
            scopes["b"].cancel()  # ...which is cancelled before it can run
        assert "c" in log
        assert slots.borrowed == 0

    _run(body, backend)


def test_a_slot_handed_to_a_task_that_is_then_cancelled_reaches_the_next_waiter() -> None:
    # Deterministic on asyncio: the hand-over sets b's event, then b is cancelled before it
    # runs, so b's wait raises although it owns the slot, and must pass the slot on.
    import asyncio

    async def body() -> None:
        slots = Slots(1)
        log: list[str] = []
        await slots.__aenter__()

        async def waiter(name: str) -> None:
            async with slots:
                log.append(name)

        b = asyncio.create_task(waiter("b"))
        await _settle()
        c = asyncio.create_task(waiter("c"))
        await _settle()
        slots.release()
        b.cancel()
        await asyncio.gather(b, c, return_exceptions=True)
        assert b.cancelled()
        assert log == ["c"]
        assert slots.borrowed == 0

    _run(body, "asyncio")


async def _taker(slots: Slots, counts: dict[str, int], name: str) -> None:
    counts[name] = await slots.take()


async def _cancellable_taker(
    slots: Slots, counts: dict[str, int], name: str, scopes: dict[str, Any]
) -> None:
    with anyio.CancelScope() as scope:
        scopes[name] = scope
        counts[name] = await slots.take()


@pytest.mark.parametrize("backend", BACKENDS)
def test_waiters_woken_together_are_told_the_count_of_their_own_hand_over(backend: str) -> None:
    # A batch of waiters resumes only after every hand-over of that turn; each must still
    # be told how many slots were taken when it got its own, not the count the batch ended at.
    async def body() -> None:
        slots = Slots(2)
        counts: dict[str, int] = {}
        assert [await slots.take(), await slots.take()] == [1, 2]
        async with anyio.create_task_group() as group:
            for name in "abcd":
                group.start_soon(_taker, slots, counts, name)
                await _settle()  # queued in this order
            assert slots.waiting == 4
            slots.set_total(4)  # two more slots: a and b
            slots.release()  # c gets the slot given back, with 4 taken, itself included
            slots.set_total(5)  # d
        assert counts == {"a": 3, "b": 4, "c": 4, "d": 5}
        assert slots.borrowed == 5

    _run(body, backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_waiter_cancelled_in_the_queue_is_passed_over(backend: str) -> None:
    async def body() -> None:
        slots = Slots(1)
        counts: dict[str, int] = {}
        scopes: dict[str, Any] = {}
        await slots.take()
        async with anyio.create_task_group() as group:
            group.start_soon(_cancellable_taker, slots, counts, "gone", scopes)
            await _settle()
            group.start_soon(_taker, slots, counts, "next")
            await _settle()
            scopes["gone"].cancel()
            slots.release()  # in the same turn, before the cancelled waiter has run
        assert counts == {"next": 1}
        assert (slots.borrowed, slots.waiting) == (1, 0)

    _run(body, backend)
