# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: UserDefinedMessageSubscription (Accounts/AccountSid/Calls/CallSid/UserDefinedMessageSubscriptions) on api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "UserDefinedMessageSubscription",
    "UserDefinedMessageSubscriptionContext",
    "UserDefinedMessageSubscriptionCreateParams",
    "UserDefinedMessageSubscriptionList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UserDefinedMessageSubscription(Record):
    """Record ``api.v2010.account.call.user_defined_message_subscription`` (every field but ``account_sid``, ``call_sid``, ``sid``, ``date_created`` may be ``None``)."""

    account_sid: str
    call_sid: str
    sid: str
    date_created: datetime
    uri: str | None = None


class UserDefinedMessageSubscriptionCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.user_defined_message_subscriptions.create`` (``CreateUserDefinedMessageSubscription``)."""

    callback: Required[str]
    """The URL we should call using the `method` to send user defined events to your application."""
    idempotency_key: str
    """A unique string value to identify API call."""
    method: str
    """The HTTP method Twilio will use when requesting the above `Url`."""


_LIST_CREATE: Operation[UserDefinedMessageSubscription] = Operation(
    id="api.v2010.accounts.calls.user_defined_message_subscriptions.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json",
    spec="api_v2010",
    record=UserDefinedMessageSubscription,
    form={
        "callback": "Callback",
        "idempotency_key": "IdempotencyKey",
        "method": "Method",
    },
    required=frozenset(["callback"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.calls.user_defined_message_subscriptions.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json",
    spec="api_v2010",
)


class UserDefinedMessageSubscriptionContext(Resource):
    """One ``Accounts/AccountSid/Calls/CallSid/UserDefinedMessageSubscriptions`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def delete(self) -> bool:
        """Delete a specific User Defined Message Subscription."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class UserDefinedMessageSubscriptionList(
    CreateMany[UserDefinedMessageSubscriptionCreateParams, UserDefinedMessageSubscription], Resource
):
    """``Accounts/AccountSid/Calls/CallSid/UserDefinedMessageSubscriptions`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> UserDefinedMessageSubscriptionContext:
        """The record with this ``sid``."""
        return self._child(UserDefinedMessageSubscriptionContext, sid=sid)

    async def create(
        self, **params: Unpack[UserDefinedMessageSubscriptionCreateParams]
    ) -> UserDefinedMessageSubscription:
        """Subscribe to User Defined Messages for a given Call SID."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
