# Generated from specs/twilio-oai/twilio_assistants_v1.json by codegen; do not edit.
"""Assistants v1: Session (Sessions) on assistants.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.assistants.v1.sessions_messages import MessageList

__all__ = ["Session", "SessionContext", "SessionList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Session(Record):
    """Record ``assistants.v1.service.session`` (every field may be ``None``)."""

    id: str | None = None
    account_sid: str | None = None
    assistant_id: str | None = None
    verified: bool | None = None
    identity: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None


_LIST_LIST: Operation[Session] = Operation(
    id="assistants.v1.sessions.list",
    method="GET",
    product="assistants",
    path="/v1/Sessions",
    spec="assistants_v1",
    record=Session,
    paging="meta",
    envelope="sessions",
)


_CONTEXT_FETCH: Operation[Session] = Operation(
    id="assistants.v1.sessions.fetch",
    method="GET",
    product="assistants",
    path="/v1/Sessions/{id}",
    spec="assistants_v1",
    record=Session,
)


class SessionContext(Resource):
    """One ``Sessions`` record: id."""

    _path = "/v1/Sessions/{id}"

    @property
    def id(self) -> str:
        """The ``id`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Session:
        """Get a session by ID."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def messages(self) -> MessageList:
        """``Sessions/sessionId/Messages``."""
        from twilio_async.rest.assistants.v1.sessions_messages import MessageList

        return self._child(MessageList)


class SessionList(Resource):
    """``Sessions`` (call it with a id)."""

    _path = "/v1/Sessions"

    def __call__(self, id: str) -> SessionContext:
        """The record with this ``id``."""
        return self._child(SessionContext, id=id)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Session]:
        """List sessions. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Session]:
        """List sessions. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Session]:
        """List sessions. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
