# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: NewFactor (Services/ServiceSid/Passkeys/Factors) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["NewFactorCreateParams", "NewFactorList", "NewFactorResult"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class NewFactorResult(Record):
    """Record ``NewFactor`` (every field may be ``None``)."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    entity_sid: str | None = None
    identity: str | None = None
    binding: Any | None = None
    options: Any | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    friendly_name: str | None = None
    status: str | None = None
    factor_type: str | None = None
    config: Any | None = None
    metadata: Any | None = None
    url: str | None = None


class NewFactorCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.new_factors.create`` (``CreateNewFactorPasskey``)."""

    create_new_passkeys_factor_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_CREATE: Operation[NewFactorResult] = Operation(
    id="verify.v2.services.new_factors.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Passkeys/Factors",
    spec="verify_v2",
    record=NewFactorResult,
    body="create_new_passkeys_factor_request",
    required=frozenset(["create_new_passkeys_factor_request"]),
)


class NewFactorList(CreateMany[NewFactorCreateParams, NewFactorResult], Resource):
    """``Services/ServiceSid/Passkeys/Factors``."""

    _path = "/v2/Services/{ServiceSid}/Passkeys/Factors"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[NewFactorCreateParams]) -> NewFactorResult:
        """Create a new Passkeys Factor for the Entity."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
