# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: ApproveChallenge (Services/ServiceSid/Passkeys/ApproveChallenge) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["ApproveChallengeList", "ApproveChallengeResult", "ApproveChallengeUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ApproveChallengeResult(Record):
    """Record ``ApproveChallenge`` (every field may be ``None``)."""

    sid: str | None = None
    account_sid: str | None = None
    service_sid: str | None = None
    entity_sid: str | None = None
    identity: str | None = None
    factor_sid: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    date_responded: datetime | None = None
    expiration_date: datetime | None = None
    status: str | None = None
    responded_reason: str | None = None
    details: Any | None = None
    hidden_details: Any | None = None
    metadata: Any | None = None
    factor_type: str | None = None
    url: str | None = None
    links: dict[str, Any] | None = None
    options: dict[str, Any] | None = None


class ApproveChallengeUpdateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.approve_challenge.update`` (``UpdateChallengePasskeys``)."""

    approve_passkeys_challenge_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_UPDATE: Operation[ApproveChallengeResult] = Operation(
    id="verify.v2.services.approve_challenge.update",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Passkeys/ApproveChallenge",
    spec="verify_v2",
    record=ApproveChallengeResult,
    body="approve_passkeys_challenge_request",
    required=frozenset(["approve_passkeys_challenge_request"]),
)


class ApproveChallengeList(Resource):
    """``Services/ServiceSid/Passkeys/ApproveChallenge``."""

    _path = "/v2/Services/{ServiceSid}/Passkeys/ApproveChallenge"

    async def update(
        self, **params: Unpack[ApproveChallengeUpdateParams]
    ) -> ApproveChallengeResult:
        """Approve a Passkeys Challenge."""
        return await self._call(_LIST_UPDATE, params)

    update_with_http_info = with_http_info(_LIST_UPDATE, update)
