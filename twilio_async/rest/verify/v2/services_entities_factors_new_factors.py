# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: NewFactor (Services/ServiceSid/Entities/Identity/Factors) on verify.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "NewFactor",
    "NewFactorCreateParams",
    "NewFactorFactorStatuses",
    "NewFactorFactorTypes",
    "NewFactorList",
]


class NewFactorFactorStatuses(OpenEnum):
    """``new_factor_enum_factor_statuses``."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"


class NewFactorFactorTypes(OpenEnum):
    """``new_factor_enum_factor_types``."""

    PUSH = "push"
    TOTP = "totp"
    PASSKEYS = "passkeys"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class NewFactor(Record):
    """Record ``verify.v2.service.entity.new_factor`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``identity``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    entity_sid: str | None = None
    identity: str
    binding: Any | None = None
    options: Any | None = None
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    status: NewFactorFactorStatuses | None = None
    factor_type: NewFactorFactorTypes | None = None
    config: Any | None = None
    metadata: Any | None = None
    url: str


class NewFactorCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.entities.new_factors.create`` (``CreateNewFactor``)."""

    friendly_name: Required[str]
    """The friendly name of this Factor."""
    factor_type: Required[str]
    binding_alg: str
    """The algorithm used when `factor_type` is `push`."""
    binding_public_key: str
    """The Ecdsa public key in PKIX, ASN.1 DER format encoded in Base64."""
    config_app_id: str
    """The ID that uniquely identifies your app in the Google or Apple store, such as `com.example.myapp`."""
    config_notification_platform: str
    config_notification_token: str
    """For APN, the device token."""
    config_sdk_version: str
    """The Verify Push SDK version used to configure the factor Required when `factor_type` is `push`."""
    binding_secret: str
    """The shared secret for TOTP factors encoded in Base32."""
    config_time_step: int
    """Defines how often, in seconds, are TOTP codes generated."""
    config_skew: int
    """The number of time-steps, past and future, that are valid for validation of TOTP codes."""
    config_code_length: int
    """Number of digits for generated TOTP codes."""
    config_alg: str
    metadata: Any
    """Custom metadata associated with the factor."""


_LIST_CREATE: Operation[NewFactor] = Operation(
    id="verify.v2.services.entities.new_factors.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}/Factors",
    spec="verify_v2",
    record=NewFactor,
    form={
        "friendly_name": "FriendlyName",
        "factor_type": "FactorType",
        "binding_alg": "Binding.Alg",
        "binding_public_key": "Binding.PublicKey",
        "config_app_id": "Config.AppId",
        "config_notification_platform": "Config.NotificationPlatform",
        "config_notification_token": "Config.NotificationToken",
        "config_sdk_version": "Config.SdkVersion",
        "binding_secret": "Binding.Secret",
        "config_time_step": "Config.TimeStep",
        "config_skew": "Config.Skew",
        "config_code_length": "Config.CodeLength",
        "config_alg": "Config.Alg",
        "metadata": "Metadata",
    },
    required=frozenset(["factor_type", "friendly_name"]),
    encode={
        "metadata": "json",
    },
)


class NewFactorList(CreateMany[NewFactorCreateParams, NewFactor], Resource):
    """``Services/ServiceSid/Entities/Identity/Factors``."""

    _path = "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[NewFactorCreateParams]) -> NewFactor:
        """Create a new Factor for the Entity."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
