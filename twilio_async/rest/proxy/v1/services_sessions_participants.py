# Generated from specs/twilio-oai/twilio_proxy_v1.json by codegen; do not edit.
"""Proxy v1: Participant (Services/ServiceSid/Sessions/SessionSid/Participants) on proxy.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.proxy.v1.services_sessions_participants_message_interactions import (
        MessageInteractionList,
    )

__all__ = ["Participant", "ParticipantContext", "ParticipantCreateParams", "ParticipantList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Participant(Record):
    """Record ``proxy.v1.service.session.participant`` (every field but ``sid``, ``session_sid``, ``service_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    session_sid: str
    service_sid: str
    account_sid: str
    friendly_name: str | None = None
    identifier: str | None = None
    proxy_identifier: str | None = None
    proxy_identifier_sid: str | None = None
    date_deleted: datetime | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class ParticipantCreateParams(TypedDict, total=False):
    """Keywords of ``proxy.v1.services.sessions.participants.create`` (``CreateParticipant``)."""

    identifier: Required[str]
    """The phone number of the Participant."""
    friendly_name: str
    """The string that you assigned to describe the participant."""
    proxy_identifier: str
    """The proxy phone number to use for the Participant."""
    proxy_identifier_sid: str
    """The SID of the Proxy Identifier to assign to the Participant."""


_CONTEXT_FETCH: Operation[Participant] = Operation(
    id="proxy.v1.services.sessions.participants.fetch",
    method="GET",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}",
    spec="proxy_v1",
    record=Participant,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="proxy.v1.services.sessions.participants.delete",
    method="DELETE",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}",
    spec="proxy_v1",
)


_LIST_LIST: Operation[Participant] = Operation(
    id="proxy.v1.services.sessions.participants.list",
    method="GET",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants",
    spec="proxy_v1",
    record=Participant,
    paging="meta",
    envelope="participants",
)


_LIST_CREATE: Operation[Participant] = Operation(
    id="proxy.v1.services.sessions.participants.create",
    method="POST",
    product="proxy",
    path="/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants",
    spec="proxy_v1",
    record=Participant,
    form={
        "identifier": "Identifier",
        "friendly_name": "FriendlyName",
        "proxy_identifier": "ProxyIdentifier",
        "proxy_identifier_sid": "ProxyIdentifierSid",
    },
    required=frozenset(["identifier"]),
)


class ParticipantContext(Resource):
    """One ``Services/ServiceSid/Sessions/SessionSid/Participants`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Participant:
        """Fetch a specific Participant."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a specific Participant."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def message_interactions(self) -> MessageInteractionList:
        """``Services/ServiceSid/Sessions/SessionSid/Participants/ParticipantSid/MessageInteractions``."""
        from twilio_async.rest.proxy.v1.services_sessions_participants_message_interactions import (
            MessageInteractionList,
        )

        return self._child(MessageInteractionList)


class ParticipantList(CreateMany[ParticipantCreateParams, Participant], Resource):
    """``Services/ServiceSid/Sessions/SessionSid/Participants`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Sessions/{SessionSid}/Participants"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ParticipantContext:
        """The record with this ``sid``."""
        return self._child(ParticipantContext, sid=sid)

    async def create(self, **params: Unpack[ParticipantCreateParams]) -> Participant:
        """Add a new Participant to the Session."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Participant]:
        """Retrieve a list of all Participants in a Session. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Participant]:
        """Retrieve a list of all Participants in a Session. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Participant]:
        """Retrieve a list of all Participants in a Session. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
