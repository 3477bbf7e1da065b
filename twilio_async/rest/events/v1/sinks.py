# Generated from specs/twilio-oai/twilio_events_v1.json by codegen; do not edit.
"""Events v1: Sink (Sinks) on events.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.events.v1.sinks_test import SinkTestList
    from twilio_async.rest.events.v1.sinks_validate import SinkValidateList

__all__ = [
    "Sink",
    "SinkContext",
    "SinkCreateParams",
    "SinkList",
    "SinkListParams",
    "SinkSinkType",
    "SinkStatus",
    "SinkUpdateParams",
]


class SinkSinkType(OpenEnum):
    """``sink_enum_sink_type``."""

    KINESIS = "kinesis"
    WEBHOOK = "webhook"
    SEGMENT = "segment"
    EMAIL = "email"


class SinkStatus(OpenEnum):
    """``sink_enum_status``."""

    INITIALIZED = "initialized"
    VALIDATING = "validating"
    ACTIVE = "active"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Sink(Record):
    """Record ``events.v1.sink`` (every field but ``date_created``, ``sid``, ``url`` may be ``None``)."""

    date_created: datetime
    date_updated: datetime | None = None
    description: str | None = None
    sid: str
    sink_configuration: Any | None = None
    sink_type: SinkSinkType | None = None
    status: SinkStatus | None = None
    url: str
    links: dict[str, Any] | None = None


class SinkUpdateParams(TypedDict, total=False):
    """Keywords of ``events.v1.sinks.update`` (``UpdateSink``)."""

    description: Required[str]
    """A human readable description for the Sink **This value should not contain PII.**."""


class SinkListParams(TypedDict, total=False):
    """Keywords of ``events.v1.sinks.list`` (``ListSink``)."""

    in_use: bool
    """A boolean query parameter filtering the results to return sinks used/not used by a subscription."""
    status: str
    """A String query parameter filtering the results by status `initialized`, `validating`, `active` or `failed`."""


class SinkCreateParams(TypedDict, total=False):
    """Keywords of ``events.v1.sinks.create`` (``CreateSink``)."""

    description: Required[str]
    """A human readable description for the Sink **This value should not contain PII.**."""
    sink_configuration: Required[Any]
    """The information required for Twilio to connect to the provided Sink encoded as JSON."""
    sink_type: Required[str]


_CONTEXT_FETCH: Operation[Sink] = Operation(
    id="events.v1.sinks.fetch",
    method="GET",
    product="events",
    path="/v1/Sinks/{Sid}",
    spec="events_v1",
    record=Sink,
)


_CONTEXT_UPDATE: Operation[Sink] = Operation(
    id="events.v1.sinks.update",
    method="POST",
    product="events",
    path="/v1/Sinks/{Sid}",
    spec="events_v1",
    record=Sink,
    form={
        "description": "Description",
    },
    required=frozenset(["description"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="events.v1.sinks.delete",
    method="DELETE",
    product="events",
    path="/v1/Sinks/{Sid}",
    spec="events_v1",
)


_LIST_LIST: Operation[Sink] = Operation(
    id="events.v1.sinks.list",
    method="GET",
    product="events",
    path="/v1/Sinks",
    spec="events_v1",
    record=Sink,
    query={
        "in_use": "InUse",
        "status": "Status",
    },
    paging="meta",
    envelope="sinks",
)


_LIST_CREATE: Operation[Sink] = Operation(
    id="events.v1.sinks.create",
    method="POST",
    product="events",
    path="/v1/Sinks",
    spec="events_v1",
    record=Sink,
    form={
        "description": "Description",
        "sink_configuration": "SinkConfiguration",
        "sink_type": "SinkType",
    },
    required=frozenset(["description", "sink_configuration", "sink_type"]),
    encode={
        "sink_configuration": "json",
    },
)


class SinkContext(Resource):
    """One ``Sinks`` record: sid."""

    _path = "/v1/Sinks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Sink:
        """Fetch a specific Sink."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SinkUpdateParams]) -> Sink:
        """Update a specific Sink."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Sink."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def sink_test(self) -> SinkTestList:
        """``Sinks/Sid/Test``."""
        from twilio_async.rest.events.v1.sinks_test import SinkTestList

        return self._child(SinkTestList)

    @property
    def sink_validate(self) -> SinkValidateList:
        """``Sinks/Sid/Validate``."""
        from twilio_async.rest.events.v1.sinks_validate import SinkValidateList

        return self._child(SinkValidateList)


class SinkList(CreateMany[SinkCreateParams, Sink], Resource):
    """``Sinks`` (call it with a sid)."""

    _path = "/v1/Sinks"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> SinkContext:
        """The record with this ``sid``."""
        return self._child(SinkContext, sid=sid)

    async def create(self, **params: Unpack[SinkCreateParams]) -> Sink:
        """Create a new Sink."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SinkListParams],
    ) -> AsyncIterator[Sink]:
        """Retrieve a paginated list of Sinks belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SinkListParams],
    ) -> Page[Sink]:
        """Retrieve a paginated list of Sinks belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SinkListParams],
    ) -> list[Sink]:
        """Retrieve a paginated list of Sinks belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
