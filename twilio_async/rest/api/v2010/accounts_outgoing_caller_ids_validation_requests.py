# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: ValidationRequest (Accounts/AccountSid/OutgoingCallerIds) on api.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["ValidationRequest", "ValidationRequestCreateParams", "ValidationRequestList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ValidationRequest(Record):
    """Record ``api.v2010.account.validation_request`` (every field but ``account_sid`` may be ``None``)."""

    account_sid: str
    call_sid: str | None = None
    friendly_name: str | None = None
    phone_number: str | None = None
    validation_code: str | None = attrs.field(default=None, repr=False)


class ValidationRequestCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.validation_requests.create`` (``CreateValidationRequest``)."""

    phone_number: Required[str]
    """The phone number to verify in E.164 format, which consists of a + followed by the country code and subscriber number."""
    friendly_name: str
    """A descriptive string that you create to describe the new caller ID resource."""
    call_delay: int
    """The number of seconds to delay before initiating the verification call."""
    extension: str
    """The digits to dial after connecting the verification call."""
    status_callback: str
    """The URL we should call using the `status_callback_method` to send status information about the verification process to your application."""
    status_callback_method: str
    """The HTTP method we should use to call `status_callback`."""


_LIST_CREATE: Operation[ValidationRequest] = Operation(
    id="api.v2010.accounts.validation_requests.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json",
    spec="api_v2010",
    record=ValidationRequest,
    form={
        "phone_number": "PhoneNumber",
        "friendly_name": "FriendlyName",
        "call_delay": "CallDelay",
        "extension": "Extension",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
    },
    required=frozenset(["phone_number"]),
)


class ValidationRequestList(CreateMany[ValidationRequestCreateParams, ValidationRequest], Resource):
    """``Accounts/AccountSid/OutgoingCallerIds``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/OutgoingCallerIds.json"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[ValidationRequestCreateParams]) -> ValidationRequest:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
