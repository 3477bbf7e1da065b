"""Items another run of a campaign holds, waiting in this run (see :mod:`twilio_async._campaign`).

An item held by a live run waits until that run settles it, at most the journal's
``busy_timeout`` (then it is reported as :class:`~twilio_async.CampaignBusyError`); one held by
a dead run waits until that run's in-flight window has passed, which the journal says. Each
wait is logged once per other run, so a stalled-looking campaign says what it waits for.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import attrs

from twilio_async._journal import CampaignBusyError, Held, JournalEntry

__all__ = ["POLL_SECONDS", "Hold", "Holds"]

logger = logging.getLogger("twilio_async.campaign")

#: Seconds between looks at items another live run holds.
POLL_SECONDS = 1.0


@attrs.define
class Hold:
    """One held item: its place in the items, its intent, since when (monotonic), and the
    journal's latest answer for it."""

    index: int
    item: Any
    entry: JournalEntry
    since: float
    held: Held


class Holds:
    """This run's held items, in input order, and when to look at them again."""

    def __init__(self, campaign: str, busy_timeout: float) -> None:
        self._campaign = campaign
        self._busy = busy_timeout
        self._held: dict[int, Hold] = {}
        self._announced: set[tuple[str | None, bool]] = set()
        self.next_look = float("inf")
        """Monotonic time of the next look (``inf`` with nothing held)."""

    def __len__(self) -> int:
        return len(self._held)

    def add(self, holds: Iterable[Hold]) -> None:
        """Hold these items (logging the wait once per other run and state)."""
        fresh: dict[tuple[str | None, bool], list[Hold]] = {}
        for hold in holds:
            self._held[hold.index] = hold
            fresh.setdefault((hold.held.entry.owner, hold.held.wait is None), []).append(hold)
        for (owner, alive), group in fresh.items():
            if (owner, alive) in self._announced:
                continue
            self._announced.add((owner, alive))
            if alive:
                logger.warning(
                    "campaign %r: %d item(s) are claimed by another run (%s, its lease is "
                    "live); waiting up to %g s (busy_timeout) for it to settle them",
                    self._campaign,
                    len(group),
                    owner,
                    self._busy,
                )
            else:
                logger.warning(
                    "campaign %r: %d item(s) are claimed by another run (%s, its lease "
                    "expired); taking them over once its in-flight window has passed, in "
                    "%.1f s, then settling them by lookup",
                    self._campaign,
                    len(group),
                    owner,
                    group[0].held.wait,
                )

    def held(self) -> list[Hold]:
        """The held items, in input order."""
        return sorted(self._held.values(), key=lambda hold: hold.index)

    def free(self, hold: Hold) -> None:
        """Stop holding ``hold``: the journal no longer holds it for another run."""
        del self._held[hold.index]

    def expire(self, now: float) -> list[tuple[int, Any, JournalEntry, object]]:
        """Give up on items a live run held longer than ``busy_timeout``: their results.
        A dead run's items wait out its in-flight window, which is known and bounded
        (unless ``busy_timeout`` is 0: then nothing waits)."""
        busy = self._busy
        expired = [
            hold
            for hold in self._held.values()
            if now - hold.since >= busy and (hold.held.wait is None or busy == 0)
        ]
        results: list[tuple[int, Any, JournalEntry, object]] = []
        for hold in expired:
            del self._held[hold.index]
            error = CampaignBusyError(
                f"campaign item {hold.entry.key!r} is held by another run of the campaign "
                f"({describe(hold.held)}) and busy_timeout ({busy:g} s) passed; not sent "
                "by this run",
                hold.held.entry,
            )
            results.append((hold.index, hold.item, hold.entry, error))
        return results

    def schedule(self, now: float) -> None:
        """Set :attr:`next_look`: a second from now for a live run's items (or when their
        busy_timeout ends), when its window ends for a dead run's."""
        due = float("inf")
        for hold in self._held.values():
            if hold.held.wait is None:
                due = min(due, now + POLL_SECONDS, hold.since + self._busy)
            else:
                due = min(due, now + hold.held.wait)
        self.next_look = due


def describe(held: Held) -> str:
    """Why an item is held, for messages."""
    if held.wait is None:
        return "its lease is live"
    return f"its lease expired; its in-flight window ends in {held.wait:.1f} s"
