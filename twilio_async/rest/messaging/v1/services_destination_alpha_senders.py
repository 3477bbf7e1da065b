# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: DestinationAlphaSender (Services/ServiceSid/DestinationAlphaSenders) on messaging.twilio.com."""

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

__all__ = [
    "DestinationAlphaSender",
    "DestinationAlphaSenderContext",
    "DestinationAlphaSenderCreateParams",
    "DestinationAlphaSenderList",
    "DestinationAlphaSenderListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class DestinationAlphaSender(Record):
    """Record ``messaging.v1.service.destination_alpha_sender`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    alpha_sender: str | None = None
    capabilities: list[str] | None = None
    url: str
    iso_country_code: str | None = None


class DestinationAlphaSenderListParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.destination_alpha_senders.list`` (``ListDestinationAlphaSender``)."""

    iso_country_code: str
    """Optional filter to return only alphanumeric sender IDs associated with the specified two-character ISO country code."""


class DestinationAlphaSenderCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.destination_alpha_senders.create`` (``CreateDestinationAlphaSender``)."""

    alpha_sender: Required[str]
    """The Alphanumeric Sender ID string."""
    iso_country_code: str
    """The Optional Two Character ISO Country Code the Alphanumeric Sender ID will be used for."""


_LIST_LIST: Operation[DestinationAlphaSender] = Operation(
    id="messaging.v1.services.destination_alpha_senders.list",
    method="GET",
    product="messaging",
    path="/v1/Services/{ServiceSid}/DestinationAlphaSenders",
    spec="messaging_v1",
    record=DestinationAlphaSender,
    query={
        "iso_country_code": "IsoCountryCode",
    },
    paging="meta",
    envelope="alpha_senders",
)


_LIST_CREATE: Operation[DestinationAlphaSender] = Operation(
    id="messaging.v1.services.destination_alpha_senders.create",
    method="POST",
    product="messaging",
    path="/v1/Services/{ServiceSid}/DestinationAlphaSenders",
    spec="messaging_v1",
    record=DestinationAlphaSender,
    form={
        "alpha_sender": "AlphaSender",
        "iso_country_code": "IsoCountryCode",
    },
    required=frozenset(["alpha_sender"]),
)


_CONTEXT_FETCH: Operation[DestinationAlphaSender] = Operation(
    id="messaging.v1.services.destination_alpha_senders.fetch",
    method="GET",
    product="messaging",
    path="/v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}",
    spec="messaging_v1",
    record=DestinationAlphaSender,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v1.services.destination_alpha_senders.delete",
    method="DELETE",
    product="messaging",
    path="/v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}",
    spec="messaging_v1",
)


class DestinationAlphaSenderContext(Resource):
    """One ``Services/ServiceSid/DestinationAlphaSenders`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> DestinationAlphaSender:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class DestinationAlphaSenderList(
    CreateMany[DestinationAlphaSenderCreateParams, DestinationAlphaSender], Resource
):
    """``Services/ServiceSid/DestinationAlphaSenders`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/DestinationAlphaSenders"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> DestinationAlphaSenderContext:
        """The record with this ``sid``."""
        return self._child(DestinationAlphaSenderContext, sid=sid)

    async def create(
        self, **params: Unpack[DestinationAlphaSenderCreateParams]
    ) -> DestinationAlphaSender:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[DestinationAlphaSenderListParams],
    ) -> AsyncIterator[DestinationAlphaSender]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[DestinationAlphaSenderListParams],
    ) -> Page[DestinationAlphaSender]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[DestinationAlphaSenderListParams],
    ) -> list[DestinationAlphaSender]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
