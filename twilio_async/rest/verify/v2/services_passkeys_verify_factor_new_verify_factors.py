# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: NewVerifyFactor (Services/ServiceSid/Passkeys/VerifyFactor) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["NewVerifyFactorList", "NewVerifyFactorResult", "NewVerifyFactorUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class NewVerifyFactorResult(Record):
    """Record ``NewVerifyFactor`` (every field may be ``None``)."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    entity_sid: str | None = None
    identity: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    friendly_name: str | None = None
    status: str | None = None
    factor_type: str | None = None
    config: Any | None = None
    metadata: Any | None = None
    url: str | None = None


class NewVerifyFactorUpdateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.new_verify_factors.update`` (``UpdatePasskeysFactor``)."""

    verify_passkeys_factor_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_UPDATE: Operation[NewVerifyFactorResult] = Operation(
    id="verify.v2.services.new_verify_factors.update",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Passkeys/VerifyFactor",
    spec="verify_v2",
    record=NewVerifyFactorResult,
    body="verify_passkeys_factor_request",
    required=frozenset(["verify_passkeys_factor_request"]),
)


class NewVerifyFactorList(Resource):
    """``Services/ServiceSid/Passkeys/VerifyFactor``."""

    _path = "/v2/Services/{ServiceSid}/Passkeys/VerifyFactor"

    async def update(self, **params: Unpack[NewVerifyFactorUpdateParams]) -> NewVerifyFactorResult:
        """Verify a Passkeys Factor."""
        return await self._call(_LIST_UPDATE, params)

    update_with_http_info = with_http_info(_LIST_UPDATE, update)
