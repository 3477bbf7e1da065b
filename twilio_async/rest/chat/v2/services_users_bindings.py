# Generated from specs/twilio-oai/twilio_chat_v2.json by codegen; do not edit.
"""Chat v2: UserBinding (Services/ServiceSid/Users/UserSid/Bindings) on chat.twilio.com."""

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
    "UserBinding",
    "UserBindingBindingType",
    "UserBindingContext",
    "UserBindingList",
    "UserBindingListParams",
]


class UserBindingBindingType(OpenEnum):
    """``user_binding_enum_binding_type``."""

    GCM = "gcm"
    APN = "apn"
    FCM = "fcm"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UserBinding(Record):
    """Record ``chat.v2.service.user.user_binding`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``user_sid``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    endpoint: str | None = None
    identity: str | None = None
    user_sid: str
    credential_sid: str | None = None
    binding_type: UserBindingBindingType | None = None
    message_types: list[str] | None = None
    url: str


class UserBindingListParams(TypedDict, total=False):
    """Keywords of ``chat.v2.services.users.user_bindings.list`` (``ListUserBinding``)."""

    binding_type: Sequence[str]
    """The push technology used by the User Binding resources to read."""


_LIST_LIST: Operation[UserBinding] = Operation(
    id="chat.v2.services.users.user_bindings.list",
    method="GET",
    product="chat",
    path="/v2/Services/{ServiceSid}/Users/{UserSid}/Bindings",
    spec="chat_v2",
    record=UserBinding,
    query={
        "binding_type": "BindingType",
    },
    paging="meta",
    envelope="bindings",
    max_page_size=50,
)


_CONTEXT_FETCH: Operation[UserBinding] = Operation(
    id="chat.v2.services.users.user_bindings.fetch",
    method="GET",
    product="chat",
    path="/v2/Services/{ServiceSid}/Users/{UserSid}/Bindings/{Sid}",
    spec="chat_v2",
    record=UserBinding,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="chat.v2.services.users.user_bindings.delete",
    method="DELETE",
    product="chat",
    path="/v2/Services/{ServiceSid}/Users/{UserSid}/Bindings/{Sid}",
    spec="chat_v2",
)


class UserBindingContext(Resource):
    """One ``Services/ServiceSid/Users/UserSid/Bindings`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/Users/{UserSid}/Bindings/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> UserBinding:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class UserBindingList(Resource):
    """``Services/ServiceSid/Users/UserSid/Bindings`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/Users/{UserSid}/Bindings"

    def __call__(self, sid: str) -> UserBindingContext:
        """The record with this ``sid``."""
        return self._child(UserBindingContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UserBindingListParams],
    ) -> AsyncIterator[UserBinding]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[UserBindingListParams],
    ) -> Page[UserBinding]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UserBindingListParams],
    ) -> list[UserBinding]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
