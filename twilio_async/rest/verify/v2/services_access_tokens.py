# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: AccessToken (Services/ServiceSid/AccessTokens) on verify.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "AccessToken",
    "AccessTokenContext",
    "AccessTokenCreateParams",
    "AccessTokenFactorTypes",
    "AccessTokenList",
]


class AccessTokenFactorTypes(OpenEnum):
    """``access_token_enum_factor_types``."""

    PUSH = "push"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AccessToken(Record):
    """Record ``verify.v2.service.access_token`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``url``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    entity_identity: str | None = None
    factor_type: AccessTokenFactorTypes | None = None
    factor_friendly_name: str | None = None
    token: str | None = attrs.field(default=None, repr=False)
    url: str
    ttl: int | None = None
    date_created: datetime


class AccessTokenCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.access_tokens.create`` (``CreateAccessToken``)."""

    identity: Required[str]
    """The unique external identifier for the Entity of the Service."""
    factor_type: Required[str]
    factor_friendly_name: str
    """The friendly name of the factor that is going to be created with this access token."""
    ttl: int
    """How long, in seconds, the access token is valid."""


_LIST_CREATE: Operation[AccessToken] = Operation(
    id="verify.v2.services.access_tokens.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/AccessTokens",
    spec="verify_v2",
    record=AccessToken,
    form={
        "identity": "Identity",
        "factor_type": "FactorType",
        "factor_friendly_name": "FactorFriendlyName",
        "ttl": "Ttl",
    },
    required=frozenset(["factor_type", "identity"]),
)


_CONTEXT_FETCH: Operation[AccessToken] = Operation(
    id="verify.v2.services.access_tokens.fetch",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/AccessTokens/{Sid}",
    spec="verify_v2",
    record=AccessToken,
)


class AccessTokenContext(Resource):
    """One ``Services/ServiceSid/AccessTokens`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/AccessTokens/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> AccessToken:
        """Fetch an Access Token for the Entity."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class AccessTokenList(CreateMany[AccessTokenCreateParams, AccessToken], Resource):
    """``Services/ServiceSid/AccessTokens`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/AccessTokens"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AccessTokenContext:
        """The record with this ``sid``."""
        return self._child(AccessTokenContext, sid=sid)

    async def create(self, **params: Unpack[AccessTokenCreateParams]) -> AccessToken:
        """Create a new enrollment Access Token for the Entity."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
