# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: ShortCode (Services/ServiceSid/ShortCodes) on messaging.twilio.com."""

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

__all__ = ["ShortCode", "ShortCodeContext", "ShortCodeCreateParams", "ShortCodeList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ShortCode(Record):
    """Record ``messaging.v1.service.short_code`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    short_code: str | None = None
    country_code: str | None = None
    capabilities: list[str] | None = None
    url: str


class ShortCodeCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.short_codes.create`` (``CreateShortCode``)."""

    short_code_sid: Required[str]
    """The SID of the ShortCode resource being added to the Service."""


_LIST_LIST: Operation[ShortCode] = Operation(
    id="messaging.v1.services.short_codes.list",
    method="GET",
    product="messaging",
    path="/v1/Services/{ServiceSid}/ShortCodes",
    spec="messaging_v1",
    record=ShortCode,
    paging="meta",
    envelope="short_codes",
)


_LIST_CREATE: Operation[ShortCode] = Operation(
    id="messaging.v1.services.short_codes.create",
    method="POST",
    product="messaging",
    path="/v1/Services/{ServiceSid}/ShortCodes",
    spec="messaging_v1",
    record=ShortCode,
    form={
        "short_code_sid": "ShortCodeSid",
    },
    required=frozenset(["short_code_sid"]),
)


_CONTEXT_FETCH: Operation[ShortCode] = Operation(
    id="messaging.v1.services.short_codes.fetch",
    method="GET",
    product="messaging",
    path="/v1/Services/{ServiceSid}/ShortCodes/{Sid}",
    spec="messaging_v1",
    record=ShortCode,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v1.services.short_codes.delete",
    method="DELETE",
    product="messaging",
    path="/v1/Services/{ServiceSid}/ShortCodes/{Sid}",
    spec="messaging_v1",
)


class ShortCodeContext(Resource):
    """One ``Services/ServiceSid/ShortCodes`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/ShortCodes/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> ShortCode:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ShortCodeList(CreateMany[ShortCodeCreateParams, ShortCode], Resource):
    """``Services/ServiceSid/ShortCodes`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/ShortCodes"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ShortCodeContext:
        """The record with this ``sid``."""
        return self._child(ShortCodeContext, sid=sid)

    async def create(self, **params: Unpack[ShortCodeCreateParams]) -> ShortCode:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ShortCode]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ShortCode]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ShortCode]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
