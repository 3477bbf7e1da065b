"""``create_many``, defined once for every list resource that can ``create``.

A generated list resource derives from :class:`CreateMany` parametrised by its create's
keyword ``TypedDict`` and its record (``CreateMany[CallCreateParams, Call]``), with the
create operation as the class attribute ``_create_operation``; type checkers check
``items`` against that ``TypedDict``. A resource whose create has a campaign strategy
(``_campaign_strategy``: Messages, see :mod:`twilio_async._campaign_messages`) derives from
:class:`CampaignCreateMany` instead, whose ``create_many`` also takes a ``journal``.

Only typing names are imported here: every generated module with a create imports this
one, and the engine (:mod:`twilio_async._bulk`) loads on the first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable, Iterable

    from twilio_async._bulk import BulkResult, ProgressCallback
    from twilio_async._campaign import Campaign, CampaignStrategy
    from twilio_async._exceptions import TwilioError
    from twilio_async._journal import Journal, Skipped
    from twilio_async._operation import Operation
    from twilio_async._resource import Resource

__all__ = ["CampaignCreateMany", "CreateMany"]

P = TypeVar("P", bound=Mapping[str, Any])
R = TypeVar("R")

#: Added to the client's retry deadline for a run's in-flight window: a request's bytes may
#: still be on their way, and Twilio may still be acting on it, as the client gives up.
IN_FLIGHT_MARGIN = 2.0
#: The in-flight window when the retry policy sets no deadline.
IN_FLIGHT_WITHOUT_DEADLINE = 300.0


class CreateMany(Generic[P, R]):
    """``create_many`` for a list resource whose create is ``_create_operation``."""

    __slots__ = ()
    _create_operation: ClassVar[Operation[Any]]

    async def create_many(
        self,
        items: Iterable[P] | AsyncIterable[P],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, R | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[R]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        """
        return await send_many(self, items, max_in_flight, collect, on_result, progress)


class CampaignCreateMany(Generic[P, R]):
    """``create_many`` with campaign journals, for a create with a campaign strategy."""

    __slots__ = ()
    _create_operation: ClassVar[Operation[Any]]
    _campaign_strategy: ClassVar[CampaignStrategy]

    async def create_many(
        self,
        items: Iterable[P] | AsyncIterable[P],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, R | TwilioError | Skipped], object] | None = None,
        progress: bool | ProgressCallback = False,
        journal: Journal | None = None,
        key: Callable[[P], str] | None = None,
    ) -> BulkResult[R]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        ``journal`` makes the campaign resumable after a crash and safe to run twice at
        once, keyed by ``key(item)`` or the input position (see :doc:`bulk`).
        """
        campaign = None
        if journal is not None:
            campaign = _campaign(cast("Resource", self), self._campaign_strategy, journal, key)
        return await send_many(self, items, max_in_flight, collect, on_result, progress, campaign)


def _campaign(
    resource: Resource,
    strategy: CampaignStrategy,
    journal: Journal,
    key: Callable[[Any], str] | None,
) -> Campaign:
    from twilio_async._campaign import Campaign

    def item_key(index: int, item: Mapping[str, Any]) -> str:
        return str(index) if key is None else str(key(item))

    transport = resource._transport
    deadline = transport.retry.deadline
    in_flight = (IN_FLIGHT_WITHOUT_DEADLINE if deadline is None else deadline) + IN_FLIGHT_MARGIN
    return Campaign(
        journal,
        strategy,
        resource,
        item_key,
        batch=transport.limiter.maximum,
        in_flight=in_flight,
    )


async def send_many(
    bulk: CreateMany[Any, R] | CampaignCreateMany[Any, R],
    items: Iterable[Mapping[str, Any]] | AsyncIterable[Mapping[str, Any]],
    max_in_flight: int | None,
    collect: bool,
    # Any: a journaled create_many also hands over Skipped, the others never do.
    on_result: Callable[[int, Any], object] | None,
    progress: bool | ProgressCallback,
    campaign: Campaign | None = None,
) -> BulkResult[R]:
    """The list resource ``bulk``'s create for every item, at most ``max_in_flight`` in
    flight (see ``_bulk``); with a ``campaign``, as a resumable campaign (see
    ``_campaign``)."""
    from twilio_async._bulk import create_many, rich_progress

    resource = cast("Resource", bulk)
    op = bulk._create_operation

    close: Callable[[], None] | None = None
    callback: ProgressCallback | None = None
    if progress is True:
        callback, close = rich_progress()
    elif callable(progress):
        callback = progress
    transport = resource._transport

    async def create(params: Mapping[str, Any]) -> R:
        result: R = await resource._call(op, params)
        return result

    try:
        return await create_many(
            create,
            items,
            max_in_flight=max_in_flight or transport.limiter.maximum,
            retries=lambda: transport.retries,
            collect=collect,
            on_result=on_result,
            progress=callback,
            campaign=campaign,
        )
    finally:
        if close is not None:
            close()
