# Generated from specs/twilio-oai/twilio_proxy_v1.json by codegen; do not edit.
"""Proxy v1: Service (Services) on proxy.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.proxy.v1.services_phone_numbers import PhoneNumberList
    from twilio_async.rest.proxy.v1.services_sessions import SessionList

__all__ = [
    "Service",
    "ServiceContext",
    "ServiceCreateParams",
    "ServiceGeoMatchLevel",
    "ServiceList",
    "ServiceNumberSelectionBehavior",
    "ServiceUpdateParams",
]


class ServiceGeoMatchLevel(OpenEnum):
    """``service_enum_geo_match_level``."""

    AREA_CODE = "area-code"
    OVERLAY = "overlay"
    RADIUS = "radius"
    COUNTRY = "country"


class ServiceNumberSelectionBehavior(OpenEnum):
    """``service_enum_number_selection_behavior``."""

    AVOID_STICKY = "avoid-sticky"
    PREFER_STICKY = "prefer-sticky"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Service(Record):
    """Record ``proxy.v1.service`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    unique_name: str | None = None
    account_sid: str
    chat_instance_sid: str | None = None
    callback_url: str | None = None
    default_ttl: int | None = None
    number_selection_behavior: ServiceNumberSelectionBehavior | None = None
    geo_match_level: ServiceGeoMatchLevel | None = None
    intercept_callback_url: str | None = None
    out_of_session_callback_url: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class ServiceUpdateParams(TypedDict, total=False):
    """Keywords of ``proxy.v1.services.update`` (``UpdateService``)."""

    unique_name: str
    """An application-defined string that uniquely identifies the resource."""
    default_ttl: int
    """The default `ttl` value to set for Sessions created in the Service."""
    callback_url: str
    """The URL we should call when the interaction status changes."""
    geo_match_level: str
    number_selection_behavior: str
    intercept_callback_url: str
    """The URL we call on each interaction."""
    out_of_session_callback_url: str
    """The URL we should call when an inbound call or SMS action occurs on a closed or non-existent Session."""
    chat_instance_sid: str
    """The SID of the Chat Service Instance managed by Proxy Service."""


class ServiceCreateParams(TypedDict, total=False):
    """Keywords of ``proxy.v1.services.create`` (``CreateService``)."""

    unique_name: Required[str]
    """An application-defined string that uniquely identifies the resource."""
    default_ttl: int
    """The default `ttl` value to set for Sessions created in the Service."""
    callback_url: str
    """The URL we should call when the interaction status changes."""
    geo_match_level: str
    number_selection_behavior: str
    intercept_callback_url: str
    """The URL we call on each interaction."""
    out_of_session_callback_url: str
    """The URL we should call when an inbound call or SMS action occurs on a closed or non-existent Session."""
    chat_instance_sid: str
    """The SID of the Chat Service Instance managed by Proxy Service."""


_CONTEXT_FETCH: Operation[Service] = Operation(
    id="proxy.v1.services.fetch",
    method="GET",
    product="proxy",
    path="/v1/Services/{Sid}",
    spec="proxy_v1",
    record=Service,
)


_CONTEXT_UPDATE: Operation[Service] = Operation(
    id="proxy.v1.services.update",
    method="POST",
    product="proxy",
    path="/v1/Services/{Sid}",
    spec="proxy_v1",
    record=Service,
    form={
        "unique_name": "UniqueName",
        "default_ttl": "DefaultTtl",
        "callback_url": "CallbackUrl",
        "geo_match_level": "GeoMatchLevel",
        "number_selection_behavior": "NumberSelectionBehavior",
        "intercept_callback_url": "InterceptCallbackUrl",
        "out_of_session_callback_url": "OutOfSessionCallbackUrl",
        "chat_instance_sid": "ChatInstanceSid",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="proxy.v1.services.delete",
    method="DELETE",
    product="proxy",
    path="/v1/Services/{Sid}",
    spec="proxy_v1",
)


_LIST_LIST: Operation[Service] = Operation(
    id="proxy.v1.services.list",
    method="GET",
    product="proxy",
    path="/v1/Services",
    spec="proxy_v1",
    record=Service,
    paging="meta",
    envelope="services",
)


_LIST_CREATE: Operation[Service] = Operation(
    id="proxy.v1.services.create",
    method="POST",
    product="proxy",
    path="/v1/Services",
    spec="proxy_v1",
    record=Service,
    form={
        "unique_name": "UniqueName",
        "default_ttl": "DefaultTtl",
        "callback_url": "CallbackUrl",
        "geo_match_level": "GeoMatchLevel",
        "number_selection_behavior": "NumberSelectionBehavior",
        "intercept_callback_url": "InterceptCallbackUrl",
        "out_of_session_callback_url": "OutOfSessionCallbackUrl",
        "chat_instance_sid": "ChatInstanceSid",
    },
    required=frozenset(["unique_name"]),
)


class ServiceContext(Resource):
    """One ``Services`` record: sid."""

    _path = "/v1/Services/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Service:
        """Fetch a specific Service."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ServiceUpdateParams]) -> Service:
        """Update a specific Service."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Service."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def phone_numbers(self) -> PhoneNumberList:
        """``Services/ServiceSid/PhoneNumbers``."""
        from twilio_async.rest.proxy.v1.services_phone_numbers import PhoneNumberList

        return self._child(PhoneNumberList)

    @property
    def sessions(self) -> SessionList:
        """``Services/ServiceSid/Sessions``."""
        from twilio_async.rest.proxy.v1.services_sessions import SessionList

        return self._child(SessionList)


class ServiceList(CreateMany[ServiceCreateParams, Service], Resource):
    """``Services`` (call it with a sid)."""

    _path = "/v1/Services"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ServiceContext:
        """The record with this ``sid``."""
        return self._child(ServiceContext, sid=sid)

    async def create(self, **params: Unpack[ServiceCreateParams]) -> Service:
        """Create a new Service for Twilio Proxy."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Service]:
        """Retrieve a list of all Services for Twilio Proxy. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Service]:
        """Retrieve a list of all Services for Twilio Proxy. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Service]:
        """Retrieve a list of all Services for Twilio Proxy. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
