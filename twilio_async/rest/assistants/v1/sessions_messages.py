# Generated from specs/twilio-oai/twilio_assistants_v1.json by codegen; do not edit.
"""Assistants v1: Message (Sessions/sessionId/Messages) on assistants.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource

__all__ = ["Message", "MessageList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Message(Record):
    """Record ``assistants.v1.service.message`` (every field may be ``None``)."""

    id: str | None = None
    account_sid: str | None = None
    assistant_id: str | None = None
    session_id: str | None = None
    identity: str | None = None
    role: str | None = None
    content: dict[str, Any] | None = None
    meta: dict[str, Any] | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


_LIST_LIST: Operation[Message] = Operation(
    id="assistants.v1.sessions.messages.list",
    method="GET",
    product="assistants",
    path="/v1/Sessions/{sessionId}/Messages",
    spec="assistants_v1",
    record=Message,
    paging="meta",
    envelope="messages",
)


class MessageList(Resource):
    """``Sessions/sessionId/Messages``."""

    _path = "/v1/Sessions/{sessionId}/Messages"

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Message]:
        """List messages. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Message]:
        """List messages. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Message]:
        """List messages. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
