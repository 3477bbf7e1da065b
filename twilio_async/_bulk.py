"""Bulk creation with bounded concurrency and results in input order.

A fixed pool of workers pulls items from the input (any iterable or async iterable), so
100,000 items never become 100,000 tasks. Results are handed over in input order through
a reorder window of bounded size: a worker does not take a new item while the window is
full, so memory stays O(concurrency) unless the caller asks to collect every result.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
    Mapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import attrs

from twilio_async._exceptions import TwilioAPIError, TwilioError

if sys.version_info < (3, 11):  # pragma: no cover
    from exceptiongroup import BaseExceptionGroup

if TYPE_CHECKING:
    from twilio_async._campaign import Campaign
    from twilio_async._journal import Skipped

__all__ = ["BulkResult", "BulkSummary", "ProgressCallback", "create_many"]

R = TypeVar("R")
ProgressCallback = Callable[[int, "int | None"], object]
"""Called as ``progress(done, total)`` after each item; ``total`` is ``None`` if unknown."""


@attrs.frozen(kw_only=True)
class BulkSummary:
    """Counts for one bulk run."""

    total: int
    sent: int
    failed: int
    failed_by_code: Mapping[str, int]
    """Failures keyed by Twilio error code (``"21211"``) or exception name."""
    retries: int
    """Retries the client made during the run (429/503 absorbed, connection retries)."""
    elapsed: float
    """Wall-clock seconds."""
    skipped: int = 0
    """Items a journal showed were settled in an earlier run (sent, or failed for good)."""
    unsettled: int = 0
    """Items that may have been sent in an earlier run and that a lookup could not settle
    (their result is a :class:`~twilio_async.CampaignUnsettledError`; counted in ``failed``)."""

    @property
    def per_second(self) -> float:
        """Items finished per second of wall time."""
        return self.total / self.elapsed if self.elapsed > 0 else 0.0


@attrs.frozen(kw_only=True, eq=False)
class BulkResult(Sequence["R | TwilioError | Skipped"], Generic[R]):
    """Per-item results in input order (a record or the typed error, or a
    :class:`~twilio_async.Skipped` for items a journal settled in an earlier run), plus a
    summary.

    Empty when ``collect=False`` was passed; results then went to ``on_result`` only.
    """

    results: list[R | TwilioError | Skipped]
    summary: BulkSummary

    @overload
    def __getitem__(self, index: int) -> R | TwilioError | Skipped: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[R | TwilioError | Skipped]: ...
    def __getitem__(
        self, index: int | slice
    ) -> R | TwilioError | Skipped | Sequence[R | TwilioError | Skipped]:
        return self.results[index]

    def __len__(self) -> int:
        return len(self.results)

    def __iter__(self) -> Iterator[R | TwilioError | Skipped]:
        return iter(self.results)

    @property
    def errors(self) -> list[tuple[int, TwilioError]]:
        """``(input index, error)`` for every failed item."""
        return [(i, r) for i, r in enumerate(self.results) if isinstance(r, TwilioError)]


def _first(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first error in a (possibly nested) exception group."""
    error = group.exceptions[0]
    return _first(error) if isinstance(error, BaseExceptionGroup) else error


def _failure_key(error: TwilioError) -> str:
    if isinstance(error, TwilioAPIError) and error.code is not None:
        return str(error.code)
    return type(error).__name__


class _Source:
    """Hands out (index, item) pairs from a sync or async iterable to many workers."""

    def __init__(self, items: Iterable[Any] | AsyncIterable[Any]) -> None:
        self._sync: Iterator[Any] | None = None
        self._async: AsyncIterator[Any] | None = None
        if isinstance(items, AsyncIterable):
            self._async = items.__aiter__()
        else:
            self._sync = iter(items)
        import anyio

        self._lock = anyio.Lock()  # an async generator cannot be advanced concurrently
        self.next_index = 0
        self.exhausted = False

    @property
    def is_sync(self) -> bool:
        """Whether items come from a plain iterable (no await needed to take one)."""
        return self._sync is not None

    def take_sync(self) -> tuple[int, Any] | None:
        """Take the next item of a plain iterable, or ``None`` when it is exhausted."""
        assert self._sync is not None
        if self.exhausted:
            return None
        try:
            item = next(self._sync)
        except StopIteration:
            self.exhausted = True
            return None
        index = self.next_index
        self.next_index += 1
        return index, item

    async def take_many(self, count: int) -> list[tuple[int, Any]]:
        """Take up to ``count`` items (fewer once the items are exhausted)."""
        taken: list[tuple[int, Any]] = []
        while len(taken) < count:
            one = self.take_sync() if self._sync is not None else await self.take()
            if one is None:
                break
            taken.append(one)
        return taken

    async def take(self) -> tuple[int, Any] | None:
        """Take the next item of an async iterable, or ``None`` when it is exhausted."""
        assert self._async is not None
        async with self._lock:
            if self.exhausted:
                return None
            try:
                item = await self._async.__anext__()
            except StopAsyncIteration:
                self.exhausted = True
                return None
        index = self.next_index
        self.next_index += 1
        return index, item


async def create_many(
    create: Callable[[Mapping[str, Any]], Awaitable[R]],
    items: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
    *,
    max_in_flight: int,
    retries: Callable[[], int],
    collect: bool = True,
    on_result: Callable[[int, R | TwilioError | Skipped], object] | None = None,
    progress: ProgressCallback | None = None,
    campaign: Campaign | None = None,
) -> BulkResult[R]:
    """Run ``create(item)`` for every item with at most ``max_in_flight`` at once.

    ``on_result(index, result)`` is called in input order. A :class:`TwilioError` becomes
    that item's result; any other exception (a bug such as an unknown parameter) stops
    the run and propagates. With a ``campaign``, each item goes through its journal first.
    """
    import anyio  # here, not at module level: importing the package stays cheap

    if max_in_flight < 1:
        raise ValueError("max_in_flight must be at least 1")
    total_hint = len(items) if isinstance(items, Sequence) else None
    source = _Source(items)
    # Wide enough that an item waiting out a 429's Retry-After (a second or more) does not
    # hold the others back: at 20 in flight and 50 ms a request, 4x stalled every retry.
    window = max_in_flight * 16
    pending: dict[int, R | TwilioError | Skipped] = {}
    collected: list[R | TwilioError | Skipped] = []
    failures: Counter[str] = Counter()
    emitted = sent = failed = 0
    # Workers wait here only when they are a full window ahead of the oldest unfinished
    # item; the event is set and replaced only while somebody waits on it.
    space = anyio.Event()
    waiting = 0
    retries_before = retries()
    started = time.perf_counter()
    take_sync = source.take_sync if source.is_sync else None
    if campaign is not None:
        # A group (one journal write; for the durable SQLite journal one fsync) covers
        # twice what is in flight: half the writes per message of a group of
        # max_in_flight, for at most that many more claimed items to look up after a crash.
        campaign.batch = min(campaign.batch, 2 * max_in_flight)

    def wake() -> None:
        nonlocal space
        if waiting:
            space.set()
            space = anyio.Event()

    def emit_ready() -> None:
        nonlocal emitted
        advanced = False
        while emitted in pending:
            result = pending.pop(emitted)
            if collect:
                collected.append(result)
            if on_result is not None:
                on_result(emitted, result)
            emitted += 1
            advanced = True
            if progress is not None:
                progress(emitted, total_hint)
        if advanced:
            wake()

    async def worker() -> None:
        nonlocal sent, failed, waiting
        while True:
            # Do not run further ahead of the oldest unfinished item than the window.
            # (Items a journal already claimed are taken: only new ones wait.)
            while source.next_index - emitted >= window and (
                campaign is None or not campaign.has_ready
            ):
                waiting += 1
                try:
                    await space.wait()
                finally:
                    waiting -= 1
            result: R | TwilioError | Skipped
            if campaign is not None:
                claimed = campaign.take_ready() or await campaign.take(source.take_many)
                if claimed is None:
                    return
                index, item, entry, settled = claimed
                if settled is not None:
                    if isinstance(settled, TwilioError):
                        failed += 1
                        failures[_failure_key(settled)] += 1
                    pending[index] = settled  # type: ignore[assignment]
                    emit_ready()
                    continue
            else:
                taken = take_sync() if take_sync is not None else await source.take()
                if taken is None:
                    return
                index, item = taken
            try:
                result = await create(item)
                sent += 1
            except TwilioError as error:
                result = error
                failed += 1
                failures[_failure_key(error)] += 1
            if campaign is not None:
                campaign.finish(entry, result)
            pending[index] = result
            emit_ready()

    async def run() -> None:
        async with anyio.create_task_group() as group:
            if campaign is not None:
                campaign.wake = wake
                group.start_soon(campaign.keep_alive)
            async with anyio.create_task_group() as workers:
                for _ in range(max_in_flight):
                    workers.start_soon(worker)
            group.cancel_scope.cancel()  # the keep-alive

    failure: BaseException | None = None
    try:
        if campaign is not None:
            await campaign.start()  # the journal opens (or fails) before anything is sent
        await run()
    except BaseExceptionGroup as group:
        # Workers only fail on bugs (TwilioErrors become results) and on a journal that
        # fails; surface that error itself rather than a group the caller must unpack.
        failure = _first(group)
        raise failure from failure.__cause__  # (and not from the group)
    except BaseException as error:
        failure = error
        raise
    finally:
        if campaign is not None:
            with anyio.CancelScope(shield=True):  # outcomes already known are kept
                await campaign.close(failure)

    summary = BulkSummary(
        total=emitted,
        sent=sent,
        failed=failed,
        failed_by_code=dict(failures),
        retries=retries() - retries_before,
        elapsed=time.perf_counter() - started,
        skipped=campaign.skipped if campaign is not None else 0,
        unsettled=campaign.unsettled if campaign is not None else 0,
    )
    return BulkResult(results=collected, summary=summary)


def rich_progress(description: str = "Sending") -> tuple[ProgressCallback, Callable[[], None]]:
    """A progress callback drawing a rich progress bar, and a function to close it.

    Needs the optional ``progress`` extra (``pip install twilio-async[progress]``).
    """
    try:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TaskProgressColumn,
            TimeRemainingColumn,
        )
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("progress bars need rich: pip install 'twilio-async[progress]'") from exc
    bar = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TimeRemainingColumn(),
    )
    task = bar.add_task(description, total=None)
    bar.start()

    def update(done: int, total: int | None) -> None:
        bar.update(task, completed=done, total=total)

    return update, bar.stop
