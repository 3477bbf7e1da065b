# Generated from specs/twilio-oai/twilio_conversations_v1.json by codegen; do not edit.
"""Conversations v1: Binding (Services/ChatServiceSid/Bindings) on conversations.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "BindingContext",
    "BindingList",
    "BindingListParams",
    "ServiceBinding",
    "ServiceBindingBindingType",
]


class ServiceBindingBindingType(OpenEnum):
    """``service_binding_enum_binding_type``."""

    APN = "apn"
    GCM = "gcm"
    FCM = "fcm"
    TWILSOCK = "twilsock"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ServiceBinding(Record):
    """Record ``conversations.v1.service.service_binding`` (every field but ``sid``, ``account_sid``, ``chat_service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    chat_service_sid: str
    credential_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    endpoint: str | None = None
    identity: str | None = None
    binding_type: ServiceBindingBindingType | None = None
    message_types: list[str] | None = None
    url: str


class BindingListParams(TypedDict, total=False):
    """Keywords of ``conversations.v1.services.bindings.list`` (``ListServiceBinding``)."""

    binding_type: Sequence[str]
    """The push technology used by the Binding resources to read."""
    identity: Sequence[str]
    """The identity of a Conversation User this binding belongs to."""


_CONTEXT_FETCH: Operation[ServiceBinding] = Operation(
    id="conversations.v1.services.bindings.fetch",
    method="GET",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Bindings/{Sid}",
    spec="conversations_v1",
    record=ServiceBinding,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="conversations.v1.services.bindings.delete",
    method="DELETE",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Bindings/{Sid}",
    spec="conversations_v1",
)


_LIST_LIST: Operation[ServiceBinding] = Operation(
    id="conversations.v1.services.bindings.list",
    method="GET",
    product="conversations",
    path="/v1/Services/{ChatServiceSid}/Bindings",
    spec="conversations_v1",
    record=ServiceBinding,
    query={
        "binding_type": "BindingType",
        "identity": "Identity",
    },
    paging="meta",
    envelope="bindings",
    max_page_size=100,
)


class BindingContext(Resource):
    """One ``Services/ChatServiceSid/Bindings`` record: sid."""

    _path = "/v1/Services/{ChatServiceSid}/Bindings/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> ServiceBinding:
        """Fetch a push notification binding from the conversation service."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove a push notification binding from the conversation service."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class BindingList(Resource):
    """``Services/ChatServiceSid/Bindings`` (call it with a sid)."""

    _path = "/v1/Services/{ChatServiceSid}/Bindings"

    def __call__(self, sid: str) -> BindingContext:
        """The record with this ``sid``."""
        return self._child(BindingContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[BindingListParams],
    ) -> AsyncIterator[ServiceBinding]:
        """Retrieve a list of all push notification bindings in the conversation service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[BindingListParams],
    ) -> Page[ServiceBinding]:
        """Retrieve a list of all push notification bindings in the conversation service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[BindingListParams],
    ) -> list[ServiceBinding]:
        """Retrieve a list of all push notification bindings in the conversation service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
