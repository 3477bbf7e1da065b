# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1: SyncStream (Services/ServiceSid/Streams) on sync.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.sync.v1.services_streams_messages import StreamMessageList

__all__ = [
    "SyncStream",
    "SyncStreamContext",
    "SyncStreamCreateParams",
    "SyncStreamList",
    "SyncStreamUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SyncStream(Record):
    """Record ``sync.v1.service.sync_stream`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``url``, ``date_created`` may be ``None``)."""

    sid: str
    unique_name: str | None = None
    account_sid: str
    service_sid: str
    url: str
    links: dict[str, Any] | None = None
    date_expires: datetime | None = None
    date_created: datetime
    date_updated: datetime | None = None
    created_by: str | None = None


class SyncStreamUpdateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_streams.update`` (``UpdateSyncStream``)."""

    ttl: int
    """How long, in seconds, before the Stream expires and is deleted (time-to-live)."""


class SyncStreamCreateParams(TypedDict, total=False):
    """Keywords of ``sync.v1.services.sync_streams.create`` (``CreateSyncStream``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    ttl: int
    """How long, in seconds, before the Stream expires and is deleted (time-to-live)."""


_CONTEXT_FETCH: Operation[SyncStream] = Operation(
    id="sync.v1.services.sync_streams.fetch",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Streams/{Sid}",
    spec="sync_v1",
    record=SyncStream,
)


_CONTEXT_UPDATE: Operation[SyncStream] = Operation(
    id="sync.v1.services.sync_streams.update",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Streams/{Sid}",
    spec="sync_v1",
    record=SyncStream,
    form={
        "ttl": "Ttl",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="sync.v1.services.sync_streams.delete",
    method="DELETE",
    product="sync",
    path="/v1/Services/{ServiceSid}/Streams/{Sid}",
    spec="sync_v1",
)


_LIST_LIST: Operation[SyncStream] = Operation(
    id="sync.v1.services.sync_streams.list",
    method="GET",
    product="sync",
    path="/v1/Services/{ServiceSid}/Streams",
    spec="sync_v1",
    record=SyncStream,
    paging="meta",
    envelope="streams",
    max_page_size=100,
)


_LIST_CREATE: Operation[SyncStream] = Operation(
    id="sync.v1.services.sync_streams.create",
    method="POST",
    product="sync",
    path="/v1/Services/{ServiceSid}/Streams",
    spec="sync_v1",
    record=SyncStream,
    form={
        "unique_name": "UniqueName",
        "ttl": "Ttl",
    },
)


class SyncStreamContext(Resource):
    """One ``Services/ServiceSid/Streams`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Streams/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> SyncStream:
        """Fetch a specific Stream."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SyncStreamUpdateParams]) -> SyncStream:
        """Update a specific Stream."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Stream."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def stream_messages(self) -> StreamMessageList:
        """``Services/ServiceSid/Streams/StreamSid/Messages``."""
        from twilio_async.rest.sync.v1.services_streams_messages import StreamMessageList

        return self._child(StreamMessageList)


class SyncStreamList(CreateMany[SyncStreamCreateParams, SyncStream], Resource):
    """``Services/ServiceSid/Streams`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Streams"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> SyncStreamContext:
        """The record with this ``sid``."""
        return self._child(SyncStreamContext, sid=sid)

    async def create(self, **params: Unpack[SyncStreamCreateParams]) -> SyncStream:
        """Create a new Stream."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SyncStream]:
        """Retrieve a list of all Streams in a Service Instance. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SyncStream]:
        """Retrieve a list of all Streams in a Service Instance. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SyncStream]:
        """Retrieve a list of all Streams in a Service Instance. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
