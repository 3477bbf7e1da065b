# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Member (Accounts/AccountSid/Queues/QueueSid/Members) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["Member", "MemberContext", "MemberList", "MemberUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Member(Record):
    """Record ``api.v2010.account.queue.member`` (every field but ``call_sid``, ``queue_sid`` may be ``None``)."""

    call_sid: str
    date_enqueued: datetime | None = None
    position: int | None = None
    uri: str | None = None
    wait_time: int | None = None
    queue_sid: str


class MemberUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.queues.members.update`` (``UpdateMember``)."""

    url: Required[str]
    """The absolute URL of the Queue resource."""
    method: str
    """How to pass the update request data."""


_CONTEXT_FETCH: Operation[Member] = Operation(
    id="api.v2010.accounts.queues.members.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json",
    spec="api_v2010",
    record=Member,
)


_CONTEXT_UPDATE: Operation[Member] = Operation(
    id="api.v2010.accounts.queues.members.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json",
    spec="api_v2010",
    record=Member,
    form={
        "url": "Url",
        "method": "Method",
    },
    required=frozenset(["url"]),
)


_LIST_LIST: Operation[Member] = Operation(
    id="api.v2010.accounts.queues.members.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members.json",
    spec="api_v2010",
    record=Member,
    paging="v2010",
    envelope="queue_members",
)


class MemberContext(Resource):
    """One ``Accounts/AccountSid/Queues/QueueSid/Members`` record: call_sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members/{CallSid}.json"

    @property
    def call_sid(self) -> str:
        """The ``call_sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Member:
        """Fetch a specific member from the queue."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[MemberUpdateParams]) -> Member:
        """Dequeue a member from a queue and have the member's call begin executing the TwiML document at that URL."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class MemberList(Resource):
    """``Accounts/AccountSid/Queues/QueueSid/Members`` (call it with a call_sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Queues/{QueueSid}/Members.json"

    def __call__(self, call_sid: str) -> MemberContext:
        """The record with this ``call_sid``."""
        return self._child(MemberContext, call_sid=call_sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Member]:
        """Retrieve the members of the queue. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Member]:
        """Retrieve the members of the queue. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Member]:
        """Retrieve the members of the queue. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
