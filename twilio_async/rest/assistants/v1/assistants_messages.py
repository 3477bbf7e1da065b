# Generated from specs/twilio-oai/twilio_assistants_v1.json by codegen; do not edit.
"""Assistants v1: Message (Assistants/id/Messages) on assistants.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["AssistantSendMessageResponse", "MessageCreateParams", "MessageList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AssistantSendMessageResponse(Record):
    """Record ``assistants.v1.service.assistant_send_message_response`` (every field may be ``None``)."""

    status: str | None = None
    flagged: bool | None = None
    aborted: bool | None = None
    session_id: str | None = None
    account_sid: str | None = None
    body: str | None = None
    error: str | None = None


class MessageCreateParams(TypedDict, total=False):
    """Keywords of ``assistants.v1.assistants.messages.create`` (``CreateMessage``)."""

    assistants_v1_service_assistant_send_message_request: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_CREATE: Operation[AssistantSendMessageResponse] = Operation(
    id="assistants.v1.assistants.messages.create",
    method="POST",
    product="assistants",
    path="/v1/Assistants/{id}/Messages",
    spec="assistants_v1",
    record=AssistantSendMessageResponse,
    body="assistants_v1_service_assistant_send_message_request",
    required=frozenset(["assistants_v1_service_assistant_send_message_request"]),
)


class MessageList(CreateMany[MessageCreateParams, AssistantSendMessageResponse], Resource):
    """``Assistants/id/Messages``."""

    _path = "/v1/Assistants/{id}/Messages"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[MessageCreateParams]) -> AssistantSendMessageResponse:
        """Send a message to the assistant."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
