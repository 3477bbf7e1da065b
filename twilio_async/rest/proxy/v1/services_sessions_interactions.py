# Generated from specs/twilio-oai/twilio_proxy_v1.json by codegen; do not edit.
"""Proxy v1: Interaction (Services/ServiceSid/Sessions/SessionSid/Interactions) on proxy.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "Interaction",
    "InteractionContext",
    "InteractionList",
    "InteractionResourceStatus",
    "InteractionType",
]


class InteractionResourceStatus(OpenEnum):
    """``interaction_enum_resource_status``."""

    ACCEPTED = "accepted"
    ANSWERED = "answered"
    BUSY = "busy"
    CANCELED = "canceled"
    COMPLETED = "completed"
    DELETED = "deleted"
    DELIVERED = "delivered"
    DELIVERY_UNKNOWN = "delivery-unknown"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    INITIATED = "initiated"
    NO_ANSWER = "no-answer"
    QUEUED = "queued"
    RECEIVED = "received"
    RECEIVING = "receiving"
    RINGING = "ringing"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    UNDELIVERED = "undelivered"
    UNKNOWN = "unknown"


class InteractionType(OpenEnum):
    """``interaction_enum_type``."""

    MESSAGE = "message"
    VOICE = "voice"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Interaction(Record):
    """Record ``proxy.v1.service.session.interaction`` (every field but ``sid``, ``session_sid``, ``service_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    session_sid: str
    service_sid: str
    account_sid: str
    data: str | None = attrs.field(default=None, repr=False)
    type: InteractionType | None = None
    inbound_participant_sid: str | None = None
    inbound_resource_sid: str | None = None
    inbound_resource_status: InteractionResourceStatus | None = None
    inbound_resource_type: str | None = None
    inbound_resource_url: str | None = None
    outbound_participant_sid: str | None = None
    outbound_resource_sid: str | None = None
    outbound_resource_status: InteractionResourceStatus | None = None
    outbound_resource_type: str | None = None
    outbound_resource_url: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


_CONTEXT_FETCH: Operation[Interaction] = Operation(
    id="proxy.v1.services.sessions.interactions.fetch",
    method="GET",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}",
    spec="proxy_v1",
    record=Interaction,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="proxy.v1.services.sessions.interactions.delete",
    method="DELETE",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}",
    spec="proxy_v1",
)


_LIST_LIST: Operation[Interaction] = Operation(
    id="proxy.v1.services.sessions.interactions.list",
    method="GET",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions",
    spec="proxy_v1",
    record=Interaction,
    paging="meta",
    envelope="interactions",
)


class InteractionContext(Resource):
    """One ``Services/ServiceSid/Sessions/SessionSid/Interactions`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Interaction:
        """Retrieve a list of Interactions for a given Session."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a specific Interaction."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class InteractionList(Resource):
    """``Services/ServiceSid/Sessions/SessionSid/Interactions`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Interactions"

    def __call__(self, sid: str) -> InteractionContext:
        """The record with this ``sid``."""
        return self._child(InteractionContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Interaction]:
        """Retrieve a list of all Interactions for a Session. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Interaction]:
        """Retrieve a list of all Interactions for a Session. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Interaction]:
        """Retrieve a list of all Interactions for a Session. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
