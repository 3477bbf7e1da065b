# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""Events v1: Subscription (Subscriptions) on events.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.events.v1.subscriptions_subscribed_events import SubscribedEventList

__all__ = [
    "Subscription",
    "SubscriptionContext",
    "SubscriptionCreateParams",
    "SubscriptionList",
    "SubscriptionListParams",
    "SubscriptionUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Subscription(Record):
    """Record ``events.v1.subscription`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    date_created: datetime
    date_updated: datetime | None = None
    description: str | None = None
    sink_sid: str | None = None
    url: str
    links: dict[str, Any] | None = None


class SubscriptionListParams(TypedDict, total=False):
    """Keywords of ``events.v1.subscriptions.list`` (``ListSubscription``)."""

    sink_sid: str
    """The SID of the sink that the list of Subscriptions should be filtered by."""


class SubscriptionCreateParams(TypedDict, total=False):
    """Keywords of ``events.v1.subscriptions.create`` (``CreateSubscription``)."""

    description: Required[str]
    """A human readable description for the Subscription **This value should not contain PII.**."""
    sink_sid: Required[str]
    """The SID of the sink that events selected by this subscription should be sent to."""
    types: Required[Sequence[Any]]
    """An array of objects containing the subscribed Event Types."""


class SubscriptionUpdateParams(TypedDict, total=False):
    """Keywords of ``events.v1.subscriptions.update`` (``UpdateSubscription``)."""

    description: str
    """A human readable description for the Subscription."""


_LIST_LIST: Operation[Subscription] = Operation(
    id="events.v1.subscriptions.list",
    method="GET",
    product="events",
    path="/v1/Subscriptions",
    spec="events_v1",
    record=Subscription,
    query={
        "sink_sid": "SinkSid",
    },
    paging="meta",
    envelope="subscriptions",
)


_LIST_CREATE: Operation[Subscription] = Operation(
    id="events.v1.subscriptions.create",
    method="POST",
    product="events",
    path="/v1/Subscriptions",
    spec="events_v1",
    record=Subscription,
    form={
        "description": "Description",
        "sink_sid": "SinkSid",
        "types": "Types",
    },
    required=frozenset(["description", "sink_sid", "types"]),
    encode={
        "types": "json_items",
    },
)


_CONTEXT_FETCH: Operation[Subscription] = Operation(
    id="events.v1.subscriptions.fetch",
    method="GET",
    product="events",
    path="/v1/Subscriptions/{Sid}",
    spec="events_v1",
    record=Subscription,
)


_CONTEXT_UPDATE: Operation[Subscription] = Operation(
    id="events.v1.subscriptions.update",
    method="POST",
    product="events",
    path="/v1/Subscriptions/{Sid}",
    spec="events_v1",
    record=Subscription,
    form={
        "description": "Description",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="events.v1.subscriptions.delete",
    method="DELETE",
    product="events",
    path="/v1/Subscriptions/{Sid}",
    spec="events_v1",
)


class SubscriptionContext(Resource):
    """One ``Subscriptions`` record: sid."""

    _path = "/v1/Subscriptions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Subscription:
        """Fetch a specific Subscription."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SubscriptionUpdateParams]) -> Subscription:
        """Update a Subscription."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Subscription."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def subscribed_events(self) -> SubscribedEventList:
        """``Subscriptions/SubscriptionSid/SubscribedEvents``."""
        from twilio_async.rest.events.v1.subscriptions_subscribed_events import SubscribedEventList

        return self._child(SubscribedEventList)


class SubscriptionList(CreateMany[SubscriptionCreateParams, Subscription], Resource):
    """``Subscriptions`` (call it with a sid)."""

    _path = "/v1/Subscriptions"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> SubscriptionContext:
        """The record with this ``sid``."""
        return self._child(SubscriptionContext, sid=sid)

    async def create(self, **params: Unpack[SubscriptionCreateParams]) -> Subscription:
        """Create a new Subscription."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SubscriptionListParams],
    ) -> AsyncIterator[Subscription]:
        """Retrieve a paginated list of Subscriptions belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SubscriptionListParams],
    ) -> Page[Subscription]:
        """Retrieve a paginated list of Subscriptions belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SubscriptionListParams],
    ) -> list[Subscription]:
        """Retrieve a paginated list of Subscriptions belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
