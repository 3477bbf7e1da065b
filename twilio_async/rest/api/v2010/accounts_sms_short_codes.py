# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: ShortCode (Accounts/AccountSid/SMS/ShortCodes) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._enums import HttpMethod
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ShortCode",
    "ShortCodeContext",
    "ShortCodeList",
    "ShortCodeListParams",
    "ShortCodeUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ShortCode(Record):
    """Record ``api.v2010.account.short_code`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    api_version: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    short_code: str | None = None
    sid: str
    sms_fallback_method: HttpMethod | None = None
    sms_fallback_url: str | None = None
    sms_method: HttpMethod | None = None
    sms_url: str | None = None
    uri: str | None = None


class ShortCodeUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.short_codes.update`` (``UpdateShortCode``)."""

    friendly_name: str
    """A descriptive string that you created to describe this resource."""
    api_version: str
    """The API version to use to start a new TwiML session."""
    sms_url: str
    """The URL we should call when receiving an incoming SMS message to this short code."""
    sms_method: str
    """The HTTP method we should use when calling the `sms_url`."""
    sms_fallback_url: str
    """The URL that we should call if an error occurs while retrieving or executing the TwiML from `sms_url`."""
    sms_fallback_method: str
    """The HTTP method that we should use to call the `sms_fallback_url`."""


class ShortCodeListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.short_codes.list`` (``ListShortCode``)."""

    friendly_name: str
    """The string that identifies the ShortCode resources to read."""
    short_code: str
    """Only show the ShortCode resources that match this pattern."""


_CONTEXT_FETCH: Operation[ShortCode] = Operation(
    id="api.v2010.accounts.short_codes.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json",
    spec="api_v2010",
    record=ShortCode,
)


_CONTEXT_UPDATE: Operation[ShortCode] = Operation(
    id="api.v2010.accounts.short_codes.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json",
    spec="api_v2010",
    record=ShortCode,
    form={
        "friendly_name": "FriendlyName",
        "api_version": "ApiVersion",
        "sms_url": "SmsUrl",
        "sms_method": "SmsMethod",
        "sms_fallback_url": "SmsFallbackUrl",
        "sms_fallback_method": "SmsFallbackMethod",
    },
)


_LIST_LIST: Operation[ShortCode] = Operation(
    id="api.v2010.accounts.short_codes.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json",
    spec="api_v2010",
    record=ShortCode,
    query={
        "friendly_name": "FriendlyName",
        "short_code": "ShortCode",
    },
    paging="v2010",
    envelope="short_codes",
)


class ShortCodeContext(Resource):
    """One ``Accounts/AccountSid/SMS/ShortCodes`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> ShortCode:
        """Fetch an instance of a short code."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ShortCodeUpdateParams]) -> ShortCode:
        """Update a short code with the following parameters."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class ShortCodeList(Resource):
    """``Accounts/AccountSid/SMS/ShortCodes`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SMS/ShortCodes.json"

    def __call__(self, sid: str) -> ShortCodeContext:
        """The record with this ``sid``."""
        return self._child(ShortCodeContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ShortCodeListParams],
    ) -> AsyncIterator[ShortCode]:
        """Retrieve a list of short-codes belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ShortCodeListParams],
    ) -> Page[ShortCode]:
        """Retrieve a list of short-codes belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ShortCodeListParams],
    ) -> list[ShortCode]:
        """Retrieve a list of short-codes belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
