# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""Events v1: SubscribedEvent (Subscriptions/SubscriptionSid/SubscribedEvents) on events.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "SubscribedEvent",
    "SubscribedEventContext",
    "SubscribedEventCreateParams",
    "SubscribedEventList",
    "SubscribedEventUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SubscribedEvent(Record):
    """Record ``events.v1.subscription.subscribed_event`` (every field but ``account_sid``, ``type``, ``subscription_sid``, ``url`` may be ``None``)."""

    account_sid: str
    type: str
    schema_version: int | None = None
    subscription_sid: str
    url: str


class SubscribedEventCreateParams(TypedDict, total=False):
    """Keywords of ``events.v1.subscriptions.subscribed_events.create`` (``CreateSubscribedEvent``)."""

    type: Required[str]
    """Type of event being subscribed to."""
    schema_version: int
    """The schema version that the Subscription should use."""


class SubscribedEventUpdateParams(TypedDict, total=False):
    """Keywords of ``events.v1.subscriptions.subscribed_events.update`` (``UpdateSubscribedEvent``)."""

    schema_version: int
    """The schema version that the Subscription should use."""


_LIST_LIST: Operation[SubscribedEvent] = Operation(
    id="events.v1.subscriptions.subscribed_events.list",
    method="GET",
    product="events",
    path="/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents",
    spec="events_v1",
    record=SubscribedEvent,
    paging="meta",
    envelope="types",
)


_LIST_CREATE: Operation[SubscribedEvent] = Operation(
    id="events.v1.subscriptions.subscribed_events.create",
    method="POST",
    product="events",
    path="/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents",
    spec="events_v1",
    record=SubscribedEvent,
    form={
        "type": "Type",
        "schema_version": "SchemaVersion",
    },
    required=frozenset(["type"]),
)


_CONTEXT_FETCH: Operation[SubscribedEvent] = Operation(
    id="events.v1.subscriptions.subscribed_events.fetch",
    method="GET",
    product="events",
    path="/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}",
    spec="events_v1",
    record=SubscribedEvent,
)


_CONTEXT_UPDATE: Operation[SubscribedEvent] = Operation(
    id="events.v1.subscriptions.subscribed_events.update",
    method="POST",
    product="events",
    path="/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}",
    spec="events_v1",
    record=SubscribedEvent,
    form={
        "schema_version": "SchemaVersion",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="events.v1.subscriptions.subscribed_events.delete",
    method="DELETE",
    product="events",
    path="/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}",
    spec="events_v1",
)


class SubscribedEventContext(Resource):
    """One ``Subscriptions/SubscriptionSid/SubscribedEvents`` record: type."""

    _path = "/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents/{Type}"

    @property
    def type(self) -> str:
        """The ``type`` this context points at."""
        return self._values[1]

    async def fetch(self) -> SubscribedEvent:
        """Read an Event for a Subscription."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SubscribedEventUpdateParams]) -> SubscribedEvent:
        """Update an Event for a Subscription."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Remove an event type from a Subscription."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class SubscribedEventList(CreateMany[SubscribedEventCreateParams, SubscribedEvent], Resource):
    """``Subscriptions/SubscriptionSid/SubscribedEvents`` (call it with a type)."""

    _path = "/v1/Subscriptions/{SubscriptionSid}/SubscribedEvents"
    _create_operation = _LIST_CREATE

    def __call__(self, type: str) -> SubscribedEventContext:
        """The record with this ``type``."""
        return self._child(SubscribedEventContext, type=type)

    async def create(self, **params: Unpack[SubscribedEventCreateParams]) -> SubscribedEvent:
        """Add an event type to a Subscription."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SubscribedEvent]:
        """Retrieve a list of all Subscribed Event types for a Subscription. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SubscribedEvent]:
        """Retrieve a list of all Subscribed Event types for a Subscription. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SubscribedEvent]:
        """Retrieve a list of all Subscribed Event types for a Subscription. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
