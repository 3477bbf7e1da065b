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
    Coroutine,
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


class _InOrder(Generic[R]):
    """The reorder window: results handed over in input order (collected, to
    ``on_result``, to ``progress``), and workers held back while they are a full window
    ahead of the oldest unfinished item."""

    def __init__(
        self,
        collect: bool,
        on_result: Callable[[int, R | TwilioError | Skipped], object] | None,
        progress: ProgressCallback | None,
        total_hint: int | None,
    ) -> None:
        import anyio

        self.emitted = 0
        """Results handed over so far (the index of the oldest unfinished item)."""
        self.collected: list[R | TwilioError | Skipped] = []
        self._collect = collect
        self._on_result = on_result
        self._progress = progress
        self._total_hint = total_hint
        self._pending: dict[int, R | TwilioError | Skipped] = {}
        # Set and replaced only while somebody waits on it.
        self._new_event = anyio.Event
        self._space = anyio.Event()
        self._waiting = 0

    async def wait_for_space(self) -> None:
        """Wait until the oldest unfinished item finishes (then check again)."""
        self._waiting += 1
        try:
            await self._space.wait()
        finally:
            self._waiting -= 1

    def wake(self) -> None:
        """Let waiting workers check again."""
        if self._waiting:
            self._space.set()
            self._space = self._new_event()

    def put(self, index: int, result: R | TwilioError | Skipped) -> None:
        """Item ``index``'s result; hands over every result now in order."""
        pending = self._pending
        pending[index] = result
        emitted = first = self.emitted
        while emitted in pending:
            result = pending.pop(emitted)
            if self._collect:
                self.collected.append(result)
            if self._on_result is not None:
                self._on_result(emitted, result)
            emitted += 1
            self.emitted = emitted
            if self._progress is not None:
                self._progress(emitted, self._total_hint)
        if emitted != first:
            self.wake()


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
    if max_in_flight < 1:
        raise ValueError("max_in_flight must be at least 1")
    total_hint = len(items) if isinstance(items, Sequence) else None
    source = _Source(items)
    # Wide enough that an item waiting out a 429's Retry-After (a second or more) does not
    # hold the others back: at 20 in flight and 50 ms a request, 4x stalled every retry.
    window = max_in_flight * 16
    order = _InOrder[R](collect, on_result, progress, total_hint)
    failures: Counter[str] = Counter()
    sent = failed = 0
    retries_before = retries()
    started = time.perf_counter()
    take_sync = source.take_sync if source.is_sync else None
    if campaign is not None:
        # A group (one journal write; for the durable SQLite journal one fsync) covers
        # twice what is in flight: half the writes per message of a group of
        # max_in_flight, for at most that many more claimed items to look up after a crash.
        campaign.batch = min(campaign.batch, 2 * max_in_flight)
        campaign.wake = order.wake

    async def worker() -> None:
        nonlocal sent, failed
        while True:
            # Do not run further ahead of the oldest unfinished item than the window.
            # (Items a journal already claimed are taken: only new ones wait.)
            while source.next_index - order.emitted >= window and (
                campaign is None or not campaign.has_ready
            ):
                await order.wait_for_space()
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
                    order.put(index, settled)  # type: ignore[arg-type]
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
            order.put(index, result)

    await _run(worker, max_in_flight, campaign)
    summary = BulkSummary(
        total=order.emitted,
        sent=sent,
        failed=failed,
        failed_by_code=dict(failures),
        retries=retries() - retries_before,
        elapsed=time.perf_counter() - started,
        skipped=campaign.skipped if campaign is not None else 0,
        unsettled=campaign.unsettled if campaign is not None else 0,
    )
    return BulkResult(results=order.collected, summary=summary)


async def _run(
    worker: Callable[[], Coroutine[Any, Any, None]], count: int, campaign: Campaign | None
) -> None:
    """``count`` workers until they are done, with the campaign's journal opened first,
    its lease kept alive meanwhile and closed after, whatever happened."""
    import anyio  # here, not at module level: importing the package stays cheap

    async def run() -> None:
        async with anyio.create_task_group() as group:
            if campaign is not None:
                group.start_soon(campaign.keep_alive)
            async with anyio.create_task_group() as workers:
                for _ in range(count):
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
