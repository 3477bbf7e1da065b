# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: NewChallenge (Services/ServiceSid/Passkeys/Challenges) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "NewChallengeContext",
    "NewChallengeCreateParams",
    "NewChallengeList",
    "NewChallengeResult",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class NewChallengeResult(Record):
    """Record ``NewChallenge`` (every field may be ``None``)."""

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


class NewChallengeCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.new_challenge.create`` (``CreateChallengePasskeys``)."""

    create_passkeys_challenge_request: Required[Mapping[str, Any]]
    """JSON body."""


_CONTEXT_CREATE: Operation[NewChallengeResult] = Operation(
    id="verify.v2.services.new_challenge.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Passkeys/Challenges",
    spec="verify_v2",
    record=NewChallengeResult,
    body="create_passkeys_challenge_request",
    required=frozenset(["create_passkeys_challenge_request"]),
)


class NewChallengeContext(Resource):
    """One ``Services/ServiceSid/Passkeys/Challenges`` record."""

    _path = "/v2/Services/{ServiceSid}/Passkeys/Challenges"

    async def create(self, **params: Unpack[NewChallengeCreateParams]) -> NewChallengeResult:
        """Create a Passkeys Challenge."""
        return await self._call(_CONTEXT_CREATE, params)

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)


class NewChallengeList(Resource):
    """``Services/ServiceSid/Passkeys/Challenges``."""

    def __call__(self) -> NewChallengeContext:
        """The one record of this resource."""
        return self._child(NewChallengeContext)
