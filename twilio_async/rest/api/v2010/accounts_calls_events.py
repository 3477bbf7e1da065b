# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Event (Accounts/AccountSid/Calls/CallSid/Events) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = ["CallEvent", "EventList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CallEvent(Record):
    """Record ``api.v2010.account.call.call_event`` (every field may be ``None``)."""

    request: Any | None = attrs.field(default=None, repr=False)
    response: Any | None = attrs.field(default=None, repr=False)


_LIST_LIST: Operation[CallEvent] = Operation(
    id="api.v2010.accounts.calls.events.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json",
    spec="api_v2010",
    record=CallEvent,
    paging="v2010",
    envelope="events",
)


class EventList(Resource):
    """``Accounts/AccountSid/Calls/CallSid/Events``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Events.json"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[CallEvent]:
        """Retrieve a list of all events for a call. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[CallEvent]:
        """Retrieve a list of all events for a call. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[CallEvent]:
        """Retrieve a list of all events for a call. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
