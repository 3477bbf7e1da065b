# Generated from specs/twilio-oai/twilio_messaging_v2.json by codegen; do not edit.
"""Messaging v2: ChannelsSender (Channels/Senders) on messaging.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "ChannelsSenderContext",
    "ChannelsSenderCreateParams",
    "ChannelsSenderList",
    "ChannelsSenderListParams",
    "ChannelsSenderResponse",
    "ChannelsSenderStatus",
    "ChannelsSenderUpdateParams",
    "Configuration",
    "Items",
    "ProfileGenericResponse",
    "ProfileGenericResponseEmails",
    "ProfileGenericResponsePhoneNumbers",
    "ProfileGenericResponseWebsites",
    "Properties",
    "RcsCarrier",
    "RcsCarrierStatus",
    "RcsComplianceCountryResponse",
    "RcsComplianceResponse",
    "RcsCountryStatus",
    "Webhook",
]


class ChannelsSenderStatus(OpenEnum):
    """``channels_sender_enum_status``."""

    CREATING = "CREATING"
    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"
    VERIFYING = "VERIFYING"
    ONLINE_UPDATING = "ONLINE:UPDATING"
    TWILIO_REVIEW = "TWILIO_REVIEW"
    DRAFT = "DRAFT"
    STUBBED = "STUBBED"


class RcsCarrierStatus(OpenEnum):
    """``messaging.v2.rcs_carrier_status``."""

    UNKNOWN = "UNKNOWN"
    UNLAUNCHED = "UNLAUNCHED"
    CARRIER_REVIEW = "CARRIER_REVIEW"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    SUSPENDED = "SUSPENDED"


class RcsCountryStatus(OpenEnum):
    """``messaging.v2.rcs_country_status``."""

    ONLINE = "ONLINE"
    OFFLINE = "OFFLINE"
    TWILIO_REVIEW = "TWILIO_REVIEW"
    PENDING_VERIFICATION = "PENDING_VERIFICATION"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ChannelsSenderResponse(Record):
    """Record ``messaging.v2.channels_sender_response`` (every field but ``sid`` may be ``None``)."""

    sid: str
    status: ChannelsSenderStatus | None = None
    sender_id: str | None = None
    configuration: Configuration | None = None
    webhook: Webhook | None = None
    profile: ProfileGenericResponse | None = None
    properties: Properties | None = None
    offline_reasons: list[Items] | None = None
    compliance: RcsComplianceResponse | None = None
    url: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Configuration(Record):
    """Record ``messaging.v2.channels_sender.configuration`` (every field may be ``None``)."""

    waba_id: str | None = None
    verification_method: str | None = None
    verification_code: str | None = attrs.field(default=None, repr=False)
    voice_application_sid: str | None = None
    account_type: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Items(Record):
    """Record ``messaging.v2.channels_sender.offline_reasons.items`` (every field may be ``None``)."""

    code: str | None = None
    message: str | None = None
    more_info: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ProfileGenericResponse(Record):
    """Record ``messaging.v2.channels_sender.profile_generic_response`` (every field may be ``None``)."""

    name: str | None = None
    about: str | None = None
    address: str | None = None
    description: str | None = None
    logo_url: str | None = None
    banner_url: str | None = None
    privacy_url: str | None = None
    terms_of_service_url: str | None = None
    accent_color: str | None = None
    vertical: str | None = None
    websites: list[ProfileGenericResponseWebsites] | None = None
    emails: list[ProfileGenericResponseEmails] | None = None
    phone_numbers: list[ProfileGenericResponsePhoneNumbers] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ProfileGenericResponseEmails(Record):
    """Record ``ProfileGenericResponseEmails`` (every field may be ``None``)."""

    email: str | None = None
    label: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ProfileGenericResponsePhoneNumbers(Record):
    """Record ``ProfileGenericResponsePhoneNumbers`` (every field may be ``None``)."""

    phone_number: str | None = None
    label: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ProfileGenericResponseWebsites(Record):
    """Record ``ProfileGenericResponseWebsites`` (every field may be ``None``)."""

    website: str | None = None
    label: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Properties(Record):
    """Record ``messaging.v2.channels_sender.properties`` (every field may be ``None``)."""

    quality_rating: str | None = None
    messaging_limit: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RcsCarrier(Record):
    """Record ``messaging.v2.rcs_carrier`` (every field may be ``None``)."""

    name: str | None = None
    status: RcsCarrierStatus | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RcsComplianceCountryResponse(Record):
    """Record ``messaging.v2.rcs_compliance_country_response`` (every field may be ``None``)."""

    country: str | None = None
    registration_sid: str | None = None
    status: RcsCountryStatus | None = None
    carriers: list[RcsCarrier] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RcsComplianceResponse(Record):
    """Record ``messaging.v2.rcs_compliance_response`` (every field may be ``None``)."""

    registration_sid: str | None = None
    countries: list[RcsComplianceCountryResponse] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Webhook(Record):
    """Record ``messaging.v2.channels_sender.webhook`` (every field may be ``None``)."""

    callback_url: str | None = None
    callback_method: str | None = None
    fallback_url: str | None = None
    fallback_method: str | None = None
    status_callback_url: str | None = None
    status_callback_method: str | None = None


class ChannelsSenderListParams(TypedDict, total=False):
    """Keywords of ``messaging.v2.channels_senders.list`` (``ListChannelsSender``)."""

    channel: Required[str]


class ChannelsSenderCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v2.channels_senders.create`` (``CreateChannelsSender``)."""

    messaging_v2_channels_sender_requests_create: Required[Mapping[str, Any]]
    """JSON body."""


class ChannelsSenderUpdateParams(TypedDict, total=False):
    """Keywords of ``messaging.v2.channels_senders.update`` (``UpdateChannelsSender``)."""

    messaging_v2_channels_sender_requests_update: Mapping[str, Any]
    """JSON body."""


_LIST_LIST: Operation[ChannelsSenderResponse] = Operation(
    id="messaging.v2.channels_senders.list",
    method="GET",
    product="messaging",
    path="/v2/Channels/Senders",
    spec="messaging_v2",
    record=ChannelsSenderResponse,
    query={
        "channel": "Channel",
    },
    required=frozenset(["channel"]),
    paging="meta",
    envelope="senders",
)


_LIST_CREATE: Operation[ChannelsSenderResponse] = Operation(
    id="messaging.v2.channels_senders.create",
    method="POST",
    product="messaging",
    path="/v2/Channels/Senders",
    spec="messaging_v2",
    record=ChannelsSenderResponse,
    body="messaging_v2_channels_sender_requests_create",
    required=frozenset(["messaging_v2_channels_sender_requests_create"]),
)


_CONTEXT_FETCH: Operation[ChannelsSenderResponse] = Operation(
    id="messaging.v2.channels_senders.fetch",
    method="GET",
    product="messaging",
    path="/v2/Channels/Senders/{Sid}",
    spec="messaging_v2",
    record=ChannelsSenderResponse,
)


_CONTEXT_UPDATE: Operation[ChannelsSenderResponse] = Operation(
    id="messaging.v2.channels_senders.update",
    method="POST",
    product="messaging",
    path="/v2/Channels/Senders/{Sid}",
    spec="messaging_v2",
    record=ChannelsSenderResponse,
    body="messaging_v2_channels_sender_requests_update",
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v2.channels_senders.delete",
    method="DELETE",
    product="messaging",
    path="/v2/Channels/Senders/{Sid}",
    spec="messaging_v2",
)


class ChannelsSenderContext(Resource):
    """One ``Channels/Senders`` record: sid."""

    _path = "/v2/Channels/Senders/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> ChannelsSenderResponse:
        """Retrieve a Sender."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ChannelsSenderUpdateParams]) -> ChannelsSenderResponse:
        """Update a sender's information, including `profile`, `webhook`, and `configuration`."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a Sender."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ChannelsSenderList(CreateMany[ChannelsSenderCreateParams, ChannelsSenderResponse], Resource):
    """``Channels/Senders`` (call it with a sid)."""

    _path = "/v2/Channels/Senders"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ChannelsSenderContext:
        """The record with this ``sid``."""
        return self._child(ChannelsSenderContext, sid=sid)

    async def create(self, **params: Unpack[ChannelsSenderCreateParams]) -> ChannelsSenderResponse:
        """Create a Sender."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ChannelsSenderListParams],
    ) -> AsyncIterator[ChannelsSenderResponse]:
        """Retrieve a list of Senders. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ChannelsSenderListParams],
    ) -> Page[ChannelsSenderResponse]:
        """Retrieve a list of Senders. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ChannelsSenderListParams],
    ) -> list[ChannelsSenderResponse]:
        """Retrieve a list of Senders. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
