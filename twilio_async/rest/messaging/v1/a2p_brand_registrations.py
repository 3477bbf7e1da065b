# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: BrandRegistration (a2p/BrandRegistrations) on messaging.twilio.com."""

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
    from twilio_async.rest.messaging.v1.a2p_brand_registrations_sms_otp import (
        BrandRegistrationOtpList,
    )
    from twilio_async.rest.messaging.v1.a2p_brand_registrations_vettings import BrandVettingList

__all__ = [
    "BrandRegistrationContext",
    "BrandRegistrationCreateParams",
    "BrandRegistrationList",
    "BrandRegistrations",
    "BrandRegistrationsBrandFeedback",
    "BrandRegistrationsIdentityStatus",
    "BrandRegistrationsStatus",
]


class BrandRegistrationsBrandFeedback(OpenEnum):
    """``brand_registrations_enum_brand_feedback``."""

    TAX_ID = "TAX_ID"
    STOCK_SYMBOL = "STOCK_SYMBOL"
    NONPROFIT = "NONPROFIT"
    GOVERNMENT_ENTITY = "GOVERNMENT_ENTITY"
    OTHERS = "OTHERS"


class BrandRegistrationsIdentityStatus(OpenEnum):
    """``brand_registrations_enum_identity_status``."""

    SELF_DECLARED = "SELF_DECLARED"
    UNVERIFIED = "UNVERIFIED"
    VERIFIED = "VERIFIED"
    VETTED_VERIFIED = "VETTED_VERIFIED"


class BrandRegistrationsStatus(OpenEnum):
    """``brand_registrations_enum_status``."""

    PENDING = "PENDING"
    APPROVED = "APPROVED"
    FAILED = "FAILED"
    IN_REVIEW = "IN_REVIEW"
    DELETION_PENDING = "DELETION_PENDING"
    DELETION_FAILED = "DELETION_FAILED"
    SUSPENDED = "SUSPENDED"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BrandRegistrations(Record):
    """Record ``messaging.v1.brand_registrations`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    customer_profile_bundle_sid: str | None = None
    a2p_profile_bundle_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    brand_type: str | None = None
    status: BrandRegistrationsStatus | None = None
    tcr_id: str | None = None
    failure_reason: str | None = None
    errors: list[Any] | None = None
    url: str
    brand_score: int | None = None
    brand_feedback: list[BrandRegistrationsBrandFeedback] | None = None
    identity_status: BrandRegistrationsIdentityStatus | None = None
    russell_3000: bool | None = None
    government_entity: bool | None = None
    tax_exempt_status: str | None = None
    skip_automatic_sec_vet: bool | None = None
    mock: bool | None = None
    links: dict[str, Any] | None = None


class BrandRegistrationCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.brand_registrations.create`` (``CreateBrandRegistrations``)."""

    customer_profile_bundle_sid: Required[str]
    """Customer Profile Bundle Sid."""
    a2p_profile_bundle_sid: Required[str]
    """A2P Messaging Profile Bundle Sid."""
    brand_type: str
    """Type of brand being created."""
    mock: bool
    """A boolean that specifies whether brand should be a mock or not."""
    skip_automatic_sec_vet: bool
    """A flag to disable automatic secondary vetting for brands which it would otherwise be done."""


_CONTEXT_FETCH: Operation[BrandRegistrations] = Operation(
    id="messaging.v1.brand_registrations.fetch",
    method="GET",
    product="messaging",
    path="/v1/a2p/BrandRegistrations/{Sid}",
    spec="messaging_v1",
    record=BrandRegistrations,
)


_CONTEXT_UPDATE: Operation[BrandRegistrations] = Operation(
    id="messaging.v1.brand_registrations.update",
    method="POST",
    product="messaging",
    path="/v1/a2p/BrandRegistrations/{Sid}",
    spec="messaging_v1",
    record=BrandRegistrations,
)


_LIST_LIST: Operation[BrandRegistrations] = Operation(
    id="messaging.v1.brand_registrations.list",
    method="GET",
    product="messaging",
    path="/v1/a2p/BrandRegistrations",
    spec="messaging_v1",
    record=BrandRegistrations,
    paging="meta",
    envelope="data",
)


_LIST_CREATE: Operation[BrandRegistrations] = Operation(
    id="messaging.v1.brand_registrations.create",
    method="POST",
    product="messaging",
    path="/v1/a2p/BrandRegistrations",
    spec="messaging_v1",
    record=BrandRegistrations,
    form={
        "customer_profile_bundle_sid": "CustomerProfileBundleSid",
        "a2p_profile_bundle_sid": "A2PProfileBundleSid",
        "brand_type": "BrandType",
        "mock": "Mock",
        "skip_automatic_sec_vet": "SkipAutomaticSecVet",
    },
    required=frozenset(["a2p_profile_bundle_sid", "customer_profile_bundle_sid"]),
)


class BrandRegistrationContext(Resource):
    """One ``a2p/BrandRegistrations`` record: sid."""

    _path = "/v1/a2p/BrandRegistrations/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> BrandRegistrations:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self) -> BrandRegistrations:
        """update."""
        return await self._call(_CONTEXT_UPDATE, {})

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def brand_registration_otps(self) -> BrandRegistrationOtpList:
        """``a2p/BrandRegistrations/BrandRegistrationSid/SmsOtp``."""
        from twilio_async.rest.messaging.v1.a2p_brand_registrations_sms_otp import (
            BrandRegistrationOtpList,
        )

        return self._child(BrandRegistrationOtpList)

    @property
    def brand_vettings(self) -> BrandVettingList:
        """``a2p/BrandRegistrations/BrandSid/Vettings``."""
        from twilio_async.rest.messaging.v1.a2p_brand_registrations_vettings import BrandVettingList

        return self._child(BrandVettingList)


class BrandRegistrationList(
    CreateMany[BrandRegistrationCreateParams, BrandRegistrations], Resource
):
    """``a2p/BrandRegistrations`` (call it with a sid)."""

    _path = "/v1/a2p/BrandRegistrations"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> BrandRegistrationContext:
        """The record with this ``sid``."""
        return self._child(BrandRegistrationContext, sid=sid)

    async def create(self, **params: Unpack[BrandRegistrationCreateParams]) -> BrandRegistrations:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[BrandRegistrations]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[BrandRegistrations]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[BrandRegistrations]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
