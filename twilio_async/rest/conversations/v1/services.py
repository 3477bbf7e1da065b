# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Service (Services) on conversations.twilio.com."""

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
    from twilio_async.rest.conversations.v1.services_bindings import BindingList
    from twilio_async.rest.conversations.v1.services_configuration import ConfigurationList
    from twilio_async.rest.conversations.v1.services_conversation_with_participants import (
        ConversationWithParticipantsList,
    )
    from twilio_async.rest.conversations.v1.services_conversations import ConversationList
    from twilio_async.rest.conversations.v1.services_participant_conversations import (
        ParticipantConversationList,
    )
    from twilio_async.rest.conversations.v1.services_roles import RoleList
    from twilio_async.rest.conversations.v1.services_users import UserList

__all__ = ["Service", "ServiceContext", "ServiceCreateParams", "ServiceList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Service(Record):
    """Record ``conversations.v1.service`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class ServiceCreateParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.services.create`` (``CreateService``)."""

    friendly_name: Required[str]
    """The human-readable name of this service, limited to 256 characters."""


_LIST_LIST: Operation[Service] = Operation(
    id="conversations.v1.services.list",
    method="GET",
    product="conversations",
    path="/v1/Services",
    spec="conversations_v1",
    record=Service,
    paging="meta",
    envelope="services",
    max_page_size=100,
)


_LIST_CREATE: Operation[Service] = Operation(
    id="conversations.v1.services.create",
    method="POST",
    product="conversations",
    path="/v1/Services",
    spec="conversations_v1",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_FETCH: Operation[Service] = Operation(
    id="conversations.v1.services.fetch",
    method="GET",
    product="conversations",
    path="/v1/Services/{Sid}",
    spec="conversations_v1",
    record=Service,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="conversations.v1.services.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Services/{Sid}",
    spec="conversations_v1",
)


class ServiceContext(Resource):
    """One ``Services`` record: sid."""

    _path = "/v1/Services/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Service:
        """Fetch a conversation service from your account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove a conversation service with all its nested resources from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def bindings(self) -> BindingList:
        """``Services/ChatServiceSid/Bindings``."""
        from twilio_async.rest.conversations.v1.services_bindings import BindingList

        return self._child(BindingList)

    @property
    def configuration(self) -> ConfigurationList:
        """``Services/ChatServiceSid/Configuration``."""
        from twilio_async.rest.conversations.v1.services_configuration import ConfigurationList

        return self._child(ConfigurationList)

    @property
    def conversations(self) -> ConversationList:
        """``Services/ChatServiceSid/Conversations``."""
        from twilio_async.rest.conversations.v1.services_conversations import ConversationList

        return self._child(ConversationList)

    @property
    def conversation_with_participants(self) -> ConversationWithParticipantsList:
        """``Services/ChatServiceSid/ConversationWithParticipants``."""
        from twilio_async.rest.conversations.v1.services_conversation_with_participants import (
            ConversationWithParticipantsList,
        )

        return self._child(ConversationWithParticipantsList)

    @property
    def participant_conversations(self) -> ParticipantConversationList:
        """``Services/ChatServiceSid/ParticipantConversations``."""
        from twilio_async.rest.conversations.v1.services_participant_conversations import (
            ParticipantConversationList,
        )

        return self._child(ParticipantConversationList)

    @property
    def roles(self) -> RoleList:
        """``Services/ChatServiceSid/Roles``."""
        from twilio_async.rest.conversations.v1.services_roles import RoleList

        return self._child(RoleList)

    @property
    def users(self) -> UserList:
        """``Services/ChatServiceSid/Users``."""
        from twilio_async.rest.conversations.v1.services_users import UserList

        return self._child(UserList)


class ServiceList(CreateMany[ServiceCreateParams, Service], Resource):
    """``Services`` (call it with a sid)."""

    _path = "/v1/Services"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ServiceContext:
        """The record with this ``sid``."""
        return self._child(ServiceContext, sid=sid)

    async def create(self, **params: Unpack[ServiceCreateParams]) -> Service:
        """Create a new conversation service on your account."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Service]:
        """Retrieve a list of all conversation services on your account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Service]:
        """Retrieve a list of all conversation services on your account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Service]:
        """Retrieve a list of all conversation services on your account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
