# Generated from specs/twilio-oai/twilio_notify_v1.json by codegen; do not edit.
"""Notify v1: Binding (Services/ServiceSid/Bindings) on notify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["Binding", "BindingContext", "BindingCreateParams", "BindingList", "BindingListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Binding(Record):
    """Record ``notify.v1.service.binding`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    credential_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    notification_protocol_version: str | None = None
    endpoint: str | None = None
    identity: str | None = None
    binding_type: str | None = None
    address: str | None = attrs.field(default=None, repr=False)
    tags: list[str] | None = None
    url: str
    links: dict[str, Any] | None = None


class BindingListParams(TypedDict, total=False):
    """Keywords of ``notify.v1.services.bindings.list`` (``ListBinding``)."""

    start_date: date
    """Only include usage that has occurred on or after this date."""
    end_date: date
    """Only include usage that occurred on or before this date."""
    identity: Sequence[str]
    """The User's `identity` value of the resources to read."""
    tag: Sequence[str]
    """Only list Bindings that have all of the specified Tags."""


class BindingCreateParams(TypedDict, total=False):
    """Keywords of ``notify.v1.services.bindings.create`` (``CreateBinding``)."""

    identity: Required[str]
    """The `identity` value that uniquely identifies the new resource's User within the Service."""
    binding_type: Required[str]
    address: Required[str]
    """The channel-specific address."""
    tag: Sequence[str]
    """A tag that can be used to select the Bindings to notify."""
    notification_protocol_version: str
    """The protocol version to use to send the notification."""
    credential_sid: str
    """The SID of the Credential resource to be used to send notifications to this Binding."""
    endpoint: str
    """Deprecated."""


_CONTEXT_FETCH: Operation[Binding] = Operation(
    id="notify.v1.services.bindings.fetch",
    method="GET",
    product="notify",
    path="/v1/Services/{ServiceSid}/Bindings/{Sid}",
    spec="notify_v1",
    record=Binding,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="notify.v1.services.bindings.delete",
    method="DELETE",
    product="notify",
    path="/v1/Services/{ServiceSid}/Bindings/{Sid}",
    spec="notify_v1",
)


_LIST_LIST: Operation[Binding] = Operation(
    id="notify.v1.services.bindings.list",
    method="GET",
    product="notify",
    path="/v1/Services/{ServiceSid}/Bindings",
    spec="notify_v1",
    record=Binding,
    query={
        "start_date": "StartDate",
        "end_date": "EndDate",
        "identity": "Identity",
        "tag": "Tag",
    },
    encode={
        "start_date": "date",
        "end_date": "date",
    },
    paging="meta",
    envelope="bindings",
)


_LIST_CREATE: Operation[Binding] = Operation(
    id="notify.v1.services.bindings.create",
    method="POST",
    product="notify",
    path="/v1/Services/{ServiceSid}/Bindings",
    spec="notify_v1",
    record=Binding,
    form={
        "identity": "Identity",
        "binding_type": "BindingType",
        "address": "Address",
        "tag": "Tag",
        "notification_protocol_version": "NotificationProtocolVersion",
        "credential_sid": "CredentialSid",
        "endpoint": "Endpoint",
    },
    required=frozenset(["address", "binding_type", "identity"]),
)


class BindingContext(Resource):
    """One ``Services/ServiceSid/Bindings`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Bindings/{Sid}"

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


class BindingList(CreateMany[BindingCreateParams, Binding], Resource):
    """``Services/ServiceSid/Bindings`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Bindings"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> BindingContext:
        """The record with this ``sid``."""
        return self._child(BindingContext, sid=sid)

    async def create(self, **params: Unpack[BindingCreateParams]) -> Binding:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

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
