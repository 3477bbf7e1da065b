# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: SenderIdRegistration (SenderIdRegistrations) on numbers.twilio.com."""

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

__all__ = [
    "CreateEmbeddedRegistrationResponse",
    "EmbeddedSession",
    "SenderIdRegistrationCreateParams",
    "SenderIdRegistrationList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CreateEmbeddedRegistrationResponse(Record):
    """Record ``numbers.v1.create_embedded_registration_response`` (every field may be ``None``)."""

    id: str | None = None
    regulation_id: str | None = attrs.field(default=None, metadata={"json": "regulationId"})
    regulation_version: int | None = attrs.field(
        default=None, metadata={"json": "regulationVersion"}
    )
    friendly_name: str | None = attrs.field(default=None, metadata={"json": "friendlyName"})
    status: str | None = None
    status_notification_email: str | None = attrs.field(
        default=None, metadata={"json": "statusNotificationEmail"}
    )
    status_callback_url: str | None = attrs.field(
        default=None, metadata={"json": "statusCallbackUrl"}
    )
    comments: str | None = None
    embedded_session: EmbeddedSession | None = attrs.field(
        default=None, metadata={"json": "embeddedSession"}
    )
    data: dict[str, Any] | None = None
    date_created: datetime | None = attrs.field(default=None, metadata={"json": "dateCreated"})
    date_updated: datetime | None = attrs.field(default=None, metadata={"json": "dateUpdated"})


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class EmbeddedSession(Record):
    """Record ``numbers.v1.embedded_session`` (every field may be ``None``)."""

    session_id: str | None = attrs.field(default=None, metadata={"json": "sessionId"})
    session_token: str | None = attrs.field(
        default=None, repr=False, metadata={"json": "sessionToken"}
    )


class SenderIdRegistrationCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v1.sender_id_registrations.create`` (``CreateSenderIdRegistration``)."""

    numbers_v1_create_embedded_registration_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_CREATE: Operation[CreateEmbeddedRegistrationResponse] = Operation(
    id="numbers.v1.sender_id_registrations.create",
    method="POST",
    product="numbers",
    path="/v1/SenderIdRegistrations",
    spec="numbers_v1",
    record=CreateEmbeddedRegistrationResponse,
    body="numbers_v1_create_embedded_registration_request",
    required=frozenset(["numbers_v1_create_embedded_registration_request"]),
)


class SenderIdRegistrationList(
    CreateMany[SenderIdRegistrationCreateParams, CreateEmbeddedRegistrationResponse], Resource
):
    """``SenderIdRegistrations``."""

    _path = "/v1/SenderIdRegistrations"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[SenderIdRegistrationCreateParams]
    ) -> CreateEmbeddedRegistrationResponse:
        """Create Sender ID Registration."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
