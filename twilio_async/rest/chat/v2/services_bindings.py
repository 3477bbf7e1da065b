# Generated from specs/twilio-oai/twilio_chat_v2.json by codegen; do not edit.
"""Chat v2: Binding (Services/ServiceSid/Bindings) on chat.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Binding", "BindingBindingType", "BindingContext", "BindingList", "BindingListParams"]


class BindingBindingType(OpenEnum):
    """``binding_enum_binding_type``."""

    GCM = "gcm"
    APN = "apn"
    FCM = "fcm"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Binding(Record):
    """Record ``chat.v2.service.binding`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    endpoint: str | None = None
    identity: str | None = None
    credential_sid: str | None = None
    binding_type: BindingBindingType | None = None
    message_types: list[str] | None = None
    url: str
    links: dict[str, Any] | None = None


class BindingListParams(TypedDict, total=False):
    """Keywords of ``chat.v2.services.bindings.list`` (``ListBinding``)."""

    binding_type: Sequence[str]
    """The push technology used by the Binding resources to read."""
    identity: Sequence[str]
    """The User's `identity` value of the resources to read."""


_LIST_LIST: Operation[Binding] = Operation(
    id="chat.v2.services.bindings.list",
    method="GET",
    product="chat",
    path="/v2/Services/{ServiceSid}/Bindings",
    spec="chat_v2",
    record=Binding,
    query={
        "binding_type": "BindingType",
        "identity": "Identity",
    },
    paging="meta",
    envelope="bindings",
    max_page_size=50,
)


_CONTEXT_FETCH: Operation[Binding] = Operation(
    id="chat.v2.services.bindings.fetch",
    method="GET",
    product="chat",
    path="/v2/Services/{ServiceSid}/Bindings/{Sid}",
    spec="chat_v2",
    record=Binding,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="chat.v2.services.bindings.delete",
    method="DELETE",
    product="chat",
    path="/v2/Services/{ServiceSid}/Bindings/{Sid}",
    spec="chat_v2",
)


class BindingContext(Resource):
    """One ``Services/ServiceSid/Bindings`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/Bindings/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Binding:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class BindingList(Resource):
    """``Services/ServiceSid/Bindings`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/Bindings"

    def __call__(self, sid: str) -> BindingContext:
        """The record with this ``sid``."""
        return self._child(BindingContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[BindingListParams],
    ) -> AsyncIterator[Binding]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[BindingListParams],
    ) -> Page[Binding]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[BindingListParams],
    ) -> list[Binding]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
