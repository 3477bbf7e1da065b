# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Factor (Services/ServiceSid/Entities/Identity/Factors) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "Factor",
    "FactorContext",
    "FactorFactorStatuses",
    "FactorFactorTypes",
    "FactorList",
    "FactorUpdateParams",
]


class FactorFactorStatuses(OpenEnum):
    """``factor_enum_factor_statuses``."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"


class FactorFactorTypes(OpenEnum):
    """``factor_enum_factor_types``."""

    PUSH = "push"
    TOTP = "totp"
    PASSKEYS = "passkeys"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Factor(Record):
    """Record ``verify.v2.service.entity.factor`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``identity``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    entity_sid: str | None = None
    identity: str
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    status: FactorFactorStatuses | None = None
    factor_type: FactorFactorTypes | None = None
    config: Any | None = None
    metadata: Any | None = None
    url: str


class FactorUpdateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.entities.factors.update`` (``UpdateFactor``)."""

    auth_payload: str
    """The optional payload needed to verify the Factor for the first time."""
    friendly_name: str
    """The new friendly name of this Factor."""
    config_notification_token: str
    """For APN, the device token."""
    config_sdk_version: str
    """The Verify Push SDK version used to configure the factor."""
    config_time_step: int
    """Defines how often, in seconds, are TOTP codes generated."""
    config_skew: int
    """The number of time-steps, past and future, that are valid for validation of TOTP codes."""
    config_code_length: int
    """Number of digits for generated TOTP codes."""
    config_alg: str
    config_notification_platform: str
    """The transport technology used to generate the Notification Token."""


_CONTEXT_FETCH: Operation[Factor] = Operation(
    id="verify.v2.services.entities.factors.fetch",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}",
    spec="verify_v2",
    record=Factor,
)


_CONTEXT_UPDATE: Operation[Factor] = Operation(
    id="verify.v2.services.entities.factors.update",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}",
    spec="verify_v2",
    record=Factor,
    form={
        "auth_payload": "AuthPayload",
        "friendly_name": "FriendlyName",
        "config_notification_token": "Config.NotificationToken",
        "config_sdk_version": "Config.SdkVersion",
        "config_time_step": "Config.TimeStep",
        "config_skew": "Config.Skew",
        "config_code_length": "Config.CodeLength",
        "config_alg": "Config.Alg",
        "config_notification_platform": "Config.NotificationPlatform",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="verify.v2.services.entities.factors.delete",
    method="DELETE",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}",
    spec="verify_v2",
)


_LIST_LIST: Operation[Factor] = Operation(
    id="verify.v2.services.entities.factors.list",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}/Factors",
    spec="verify_v2",
    record=Factor,
    paging="meta",
    envelope="factors",
)


class FactorContext(Resource):
    """One ``Services/ServiceSid/Entities/Identity/Factors`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Factor:
        """Fetch a specific Factor."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[FactorUpdateParams]) -> Factor:
        """Update a specific Factor."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Factor."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class FactorList(Resource):
    """``Services/ServiceSid/Entities/Identity/Factors`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors"

    def __call__(self, sid: str) -> FactorContext:
        """The record with this ``sid``."""
        return self._child(FactorContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Factor]:
        """Retrieve a list of all Factors for an Entity. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Factor]:
        """Retrieve a list of all Factors for an Entity. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Factor]:
        """Retrieve a list of all Factors for an Entity. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
