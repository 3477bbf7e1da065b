# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: AlphaSender (Services/ServiceSid/AlphaSenders) on messaging.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["AlphaSender", "AlphaSenderContext", "AlphaSenderCreateParams", "AlphaSenderList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AlphaSender(Record):
    """Record ``messaging.v1.service.alpha_sender`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    alpha_sender: str | None = None
    capabilities: list[str] | None = None
    url: str


class AlphaSenderCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.alpha_senders.create`` (``CreateAlphaSender``)."""

    alpha_sender: Required[str]
    """The Alphanumeric Sender ID string."""


_LIST_LIST: Operation[AlphaSender] = Operation(
    id="messaging.v1.services.alpha_senders.list",
    method="GET",
    product="messaging",
    path="/v1/Services/{ServiceSid}/AlphaSenders",
    spec="messaging_v1",
    record=AlphaSender,
    paging="meta",
    envelope="alpha_senders",
)


_LIST_CREATE: Operation[AlphaSender] = Operation(
    id="messaging.v1.services.alpha_senders.create",
    method="POST",
    product="messaging",
    path="/v1/Services/{ServiceSid}/AlphaSenders",
    spec="messaging_v1",
    record=AlphaSender,
    form={
        "alpha_sender": "AlphaSender",
    },
    required=frozenset(["alpha_sender"]),
)


_CONTEXT_FETCH: Operation[AlphaSender] = Operation(
    id="messaging.v1.services.alpha_senders.fetch",
    method="GET",
    product="messaging",
    path="/v1/Services/{ServiceSid}/AlphaSenders/{Sid}",
    spec="messaging_v1",
    record=AlphaSender,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v1.services.alpha_senders.delete",
    method="DELETE",
    product="messaging",
    path="/v1/Services/{ServiceSid}/AlphaSenders/{Sid}",
    spec="messaging_v1",
)


class AlphaSenderContext(Resource):
    """One ``Services/ServiceSid/AlphaSenders`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/AlphaSenders/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> AlphaSender:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class AlphaSenderList(CreateMany[AlphaSenderCreateParams, AlphaSender], Resource):
    """``Services/ServiceSid/AlphaSenders`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/AlphaSenders"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AlphaSenderContext:
        """The record with this ``sid``."""
        return self._child(AlphaSenderContext, sid=sid)

    async def create(self, **params: Unpack[AlphaSenderCreateParams]) -> AlphaSender:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[AlphaSender]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[AlphaSender]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[AlphaSender]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
