# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: EmbeddedSession (SenderIdRegistrations/BundleSid/EmbeddedSessions) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["CreateEmbeddedSessionResponse", "EmbeddedSessionCreateParams", "EmbeddedSessionList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CreateEmbeddedSessionResponse(Record):
    """Record ``numbers.v1.create_embedded_session_response`` (every field may be ``None``)."""

    id: str | None = None
    session_id: str | None = attrs.field(default=None, metadata={"json": "sessionId"})
    session_token: str | None = attrs.field(
        default=None, repr=False, metadata={"json": "sessionToken"}
    )


class EmbeddedSessionCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v1.embedded_sessions.create`` (``CreateSenderIdRegistrationEmbeddedSession``)."""

    numbers_v1_create_embedded_session_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_CREATE: Operation[CreateEmbeddedSessionResponse] = Operation(
    id="numbers.v1.embedded_sessions.create",
    method="POST",
    product="numbers",
    path="/v1/SenderIdRegistrations/{BundleSid}/EmbeddedSessions",
    spec="numbers_v1",
    record=CreateEmbeddedSessionResponse,
    body="numbers_v1_create_embedded_session_request",
    required=frozenset(["numbers_v1_create_embedded_session_request"]),
)


class EmbeddedSessionList(
    CreateMany[EmbeddedSessionCreateParams, CreateEmbeddedSessionResponse], Resource
):
    """``SenderIdRegistrations/BundleSid/EmbeddedSessions``."""

    _path = "/v1/SenderIdRegistrations/{BundleSid}/EmbeddedSessions"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[EmbeddedSessionCreateParams]
    ) -> CreateEmbeddedSessionResponse:
        """Create Embedded Session."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
