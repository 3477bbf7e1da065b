# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Payment (Accounts/AccountSid/Calls/CallSid/Payments) on api.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "PaymentContext",
    "PaymentCreateParams",
    "PaymentList",
    "PaymentUpdateParams",
    "Payments",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Payments(Record):
    """Record ``api.v2010.account.call.payments`` (every field but ``account_sid``, ``call_sid``, ``sid``, ``date_created`` may be ``None``)."""

    account_sid: str
    call_sid: str
    sid: str
    date_created: datetime
    date_updated: datetime | None = None
    uri: str | None = None


class PaymentCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.payments.create`` (``CreatePayments``)."""

    idempotency_key: Required[str]
    """A unique token that will be used to ensure that multiple API calls with the same information do not result in multiple transactions."""
    status_callback: Required[str]
    """Provide an absolute or relative URL to receive status updates regarding your Pay session."""
    bank_account_type: str
    charge_amount: float
    """A positive decimal value less than 1,000,000 to charge against the credit card or bank account."""
    currency: str
    """The currency of the `charge_amount`, formatted as ISO 4127 format."""
    description: str
    """The description can be used to provide more details regarding the transaction."""
    input: str
    """A list of inputs that should be accepted."""
    min_postal_code_length: int
    """A positive integer that is used to validate the length of the `PostalCode` inputted by the user."""
    parameter: Any
    """A single-level JSON object used to pass custom parameters to payment processors."""
    payment_connector: str
    """This is the unique name corresponding to the Pay Connector installed in the Twilio Add-ons."""
    payment_method: str
    postal_code: bool
    """Indicates whether the credit card postal code (zip code) is a required piece of payment information that must be provided by the caller."""
    security_code: bool
    """Indicates whether the credit card security code is a required piece of payment information that must be provided by the caller."""
    timeout: int
    """The number of seconds that <Pay> should wait for the caller to press a digit between each subsequent digit, after the first one, before moving on t..."""
    token_type: str
    valid_card_types: str
    """Credit card types separated by space that Pay should accept."""
    require_matching_inputs: str
    """A comma-separated list of payment information fields that require the caller to enter the same value twice for confirmation."""
    confirmation: bool
    """Whether to prompt the caller to confirm their payment information before submitting to the payment gateway."""


class PaymentUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.payments.update`` (``UpdatePayments``)."""

    idempotency_key: Required[str]
    """A unique token that will be used to ensure that multiple API calls with the same information do not result in multiple transactions."""
    status_callback: Required[str]
    """Provide an absolute or relative URL to receive status updates regarding your Pay session."""
    capture: str
    status: str


_LIST_CREATE: Operation[Payments] = Operation(
    id="api.v2010.accounts.calls.payments.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments.json",
    spec="api_v2010",
    record=Payments,
    form={
        "idempotency_key": "IdempotencyKey",
        "status_callback": "StatusCallback",
        "bank_account_type": "BankAccountType",
        "charge_amount": "ChargeAmount",
        "currency": "Currency",
        "description": "Description",
        "input": "Input",
        "min_postal_code_length": "MinPostalCodeLength",
        "parameter": "Parameter",
        "payment_connector": "PaymentConnector",
        "payment_method": "PaymentMethod",
        "postal_code": "PostalCode",
        "security_code": "SecurityCode",
        "timeout": "Timeout",
        "token_type": "TokenType",
        "valid_card_types": "ValidCardTypes",
        "require_matching_inputs": "RequireMatchingInputs",
        "confirmation": "Confirmation",
    },
    required=frozenset(["idempotency_key", "status_callback"]),
    encode={
        "parameter": "json",
    },
)


_CONTEXT_UPDATE: Operation[Payments] = Operation(
    id="api.v2010.accounts.calls.payments.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments/{Sid}.json",
    spec="api_v2010",
    record=Payments,
    form={
        "idempotency_key": "IdempotencyKey",
        "status_callback": "StatusCallback",
        "capture": "Capture",
        "status": "Status",
    },
    required=frozenset(["idempotency_key", "status_callback"]),
)


class PaymentContext(Resource):
    """One ``Accounts/AccountSid/Calls/CallSid/Payments`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def update(self, **params: Unpack[PaymentUpdateParams]) -> Payments:
        """update an instance of payments with different phases of payment flows."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class PaymentList(CreateMany[PaymentCreateParams, Payments], Resource):
    """``Accounts/AccountSid/Calls/CallSid/Payments`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Payments.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> PaymentContext:
        """The record with this ``sid``."""
        return self._child(PaymentContext, sid=sid)

    async def create(self, **params: Unpack[PaymentCreateParams]) -> Payments:
        """create an instance of payments."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
