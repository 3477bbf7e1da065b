# Generated from specs/twilio-oai/twilio_proxy_v1.json by codegen; do not edit.
"""Proxy v1: Session (Services/ServiceSid/Sessions) on proxy.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.proxy.v1.services_sessions_interactions import InteractionList
    from twilio_async.rest.proxy.v1.services_sessions_participants import ParticipantList

__all__ = [
    "Session",
    "SessionContext",
    "SessionCreateParams",
    "SessionList",
    "SessionMode",
    "SessionStatus",
    "SessionUpdateParams",
]


class SessionMode(OpenEnum):
    """``session_enum_mode``."""

    MESSAGE_ONLY = "message-only"
    VOICE_ONLY = "voice-only"
    VOICE_AND_MESSAGE = "voice-and-message"


class SessionStatus(OpenEnum):
    """``session_enum_status``."""

    OPEN = "open"
    IN_PROGRESS = "in-progress"
    CLOSED = "closed"
    FAILED = "failed"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Session(Record):
    """Record ``proxy.v1.service.session`` (every field but ``sid``, ``service_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    service_sid: str
    account_sid: str
    date_started: datetime | None = None
    date_ended: datetime | None = None
    date_last_interaction: datetime | None = None
    date_expiry: datetime | None = None
    unique_name: str | None = None
    status: SessionStatus | None = None
    closed_reason: str | None = None
    ttl: int | None = None
    mode: SessionMode | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class SessionUpdateParams(TypedDict, total=False):
    """Keywords of ``proxy.v1.services.sessions.update`` (``UpdateSession``)."""

    date_expiry: datetime
    """The ISO 8601 date when the Session should expire."""
    ttl: int
    """The time, in seconds, when the session will expire."""
    status: str


class SessionCreateParams(TypedDict, total=False):
    """Keywords of ``proxy.v1.services.sessions.create`` (``CreateSession``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    date_expiry: datetime
    """The ISO 8601 date when the Session should expire."""
    ttl: int
    """The time, in seconds, when the session will expire."""
    mode: str
    status: str
    participants: Sequence[Any]
    """The Participant objects to include in the new session."""


_CONTEXT_FETCH: Operation[Session] = Operation(
    id="proxy.v1.services.sessions.fetch",
    method="GET",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{Sid}",
    spec="proxy_v1",
    record=Session,
)


_CONTEXT_UPDATE: Operation[Session] = Operation(
    id="proxy.v1.services.sessions.update",
    method="POST",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{Sid}",
    spec="proxy_v1",
    record=Session,
    form={
        "date_expiry": "DateExpiry",
        "ttl": "Ttl",
        "status": "Status",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="proxy.v1.services.sessions.delete",
    method="DELETE",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{Sid}",
    spec="proxy_v1",
)


_LIST_LIST: Operation[Session] = Operation(
    id="proxy.v1.services.sessions.list",
    method="GET",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions",
    spec="proxy_v1",
    record=Session,
    paging="meta",
    envelope="sessions",
)


_LIST_CREATE: Operation[Session] = Operation(
    id="proxy.v1.services.sessions.create",
    method="POST",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions",
    spec="proxy_v1",
    record=Session,
    form={
        "unique_name": "UniqueName",
        "date_expiry": "DateExpiry",
        "ttl": "Ttl",
        "mode": "Mode",
        "status": "Status",
        "participants": "Participants",
    },
    encode={
        "participants": "json_items",
    },
)


class SessionContext(Resource):
    """One ``Services/ServiceSid/Sessions`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Sessions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Session:
        """Fetch a specific Session."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SessionUpdateParams]) -> Session:
        """Update a specific Session."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Session."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def interactions(self) -> InteractionList:
        """``Services/ServiceSid/Sessions/SessionSid/Interactions``."""
        from twilio_async.rest.proxy.v1.services_sessions_interactions import InteractionList

        return self._child(InteractionList)

    @property
    def participants(self) -> ParticipantList:
        """``Services/ServiceSid/Sessions/SessionSid/Participants``."""
        from twilio_async.rest.proxy.v1.services_sessions_participants import ParticipantList

        return self._child(ParticipantList)


class SessionList(CreateMany[SessionCreateParams, Session], Resource):
    """``Services/ServiceSid/Sessions`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Sessions"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> SessionContext:
        """The record with this ``sid``."""
        return self._child(SessionContext, sid=sid)

    async def create(self, **params: Unpack[SessionCreateParams]) -> Session:
        """Create a new Session."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Session]:
        """Retrieve a list of all Sessions for the Service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Session]:
        """Retrieve a list of all Sessions for the Service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Session]:
        """Retrieve a list of all Sessions for the Service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
