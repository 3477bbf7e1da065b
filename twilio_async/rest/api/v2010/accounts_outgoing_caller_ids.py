# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: OutgoingCallerId (Accounts/AccountSid/OutgoingCallerIds) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "OutgoingCallerId",
    "OutgoingCallerIdContext",
    "OutgoingCallerIdList",
    "OutgoingCallerIdListParams",
    "OutgoingCallerIdUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OutgoingCallerId(Record):
    """Record ``api.v2010.account.outgoing_caller_id`` (every field but ``sid``, ``date_created``, ``account_sid`` may be ``None``)."""

    sid: str
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    account_sid: str
    phone_number: str | None = None
    uri: str | None = None


class OutgoingCallerIdUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.outgoing_caller_ids.update`` (``UpdateOutgoingCallerId``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""


class OutgoingCallerIdListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.outgoing_caller_ids.list`` (``ListOutgoingCallerId``)."""

    phone_number: str
    """The phone number of the OutgoingCallerId resources to read."""
    friendly_name: str
    """The string that identifies the OutgoingCallerId resources to read."""


_CONTEXT_FETCH: Operation[OutgoingCallerId] = Operation(
    id="api.v2010.accounts.outgoing_caller_ids.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json",
    spec="api_v2010",
    record=OutgoingCallerId,
)


_CONTEXT_UPDATE: Operation[OutgoingCallerId] = Operation(
    id="api.v2010.accounts.outgoing_caller_ids.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json",
    spec="api_v2010",
    record=OutgoingCallerId,
    form={
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.outgoing_caller_ids.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[OutgoingCallerId] = Operation(
    id="api.v2010.accounts.outgoing_caller_ids.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json",
    spec="api_v2010",
    record=OutgoingCallerId,
    query={
        "phone_number": "PhoneNumber",
        "friendly_name": "FriendlyName",
    },
    paging="v2010",
    envelope="outgoing_caller_ids",
)


class OutgoingCallerIdContext(Resource):
    """One ``Accounts/AccountSid/OutgoingCallerIds`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> OutgoingCallerId:
        """Fetch an outgoing-caller-id belonging to the account used to make the request."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[OutgoingCallerIdUpdateParams]) -> OutgoingCallerId:
        """Updates the caller-id."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete the caller-id specified from the account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class OutgoingCallerIdList(Resource):
    """``Accounts/AccountSid/OutgoingCallerIds`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json"

    def __call__(self, sid: str) -> OutgoingCallerIdContext:
        """The record with this ``sid``."""
        return self._child(OutgoingCallerIdContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[OutgoingCallerIdListParams],
    ) -> AsyncIterator[OutgoingCallerId]:
        """Retrieve a list of outgoing-caller-ids belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[OutgoingCallerIdListParams],
    ) -> Page[OutgoingCallerId]:
        """Retrieve a list of outgoing-caller-ids belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[OutgoingCallerIdListParams],
    ) -> list[OutgoingCallerId]:
        """Retrieve a list of outgoing-caller-ids belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
