# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: UserDefinedMessage (Accounts/AccountSid/Calls/CallSid/UserDefinedMessages) on api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["UserDefinedMessage", "UserDefinedMessageCreateParams", "UserDefinedMessageList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UserDefinedMessage(Record):
    """Record ``api.v2010.account.call.user_defined_message`` (every field but ``account_sid``, ``call_sid``, ``sid``, ``date_created`` may be ``None``)."""

    account_sid: str
    call_sid: str
    sid: str
    date_created: datetime


class UserDefinedMessageCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.user_defined_messages.create`` (``CreateUserDefinedMessage``)."""

    content: Required[str]
    """The User Defined Message in the form of URL-encoded JSON string."""
    idempotency_key: str
    """A unique string value to identify API call."""


_LIST_CREATE: Operation[UserDefinedMessage] = Operation(
    id="api.v2010.accounts.calls.user_defined_messages.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json",
    spec="api_v2010",
    record=UserDefinedMessage,
    form={
        "content": "Content",
        "idempotency_key": "IdempotencyKey",
    },
    required=frozenset(["content"]),
)


class UserDefinedMessageList(
    CreateMany[UserDefinedMessageCreateParams, UserDefinedMessage], Resource
):
    """``Accounts/AccountSid/Calls/CallSid/UserDefinedMessages``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[UserDefinedMessageCreateParams]) -> UserDefinedMessage:
        """Create a new User Defined Message for the given Call SID."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
