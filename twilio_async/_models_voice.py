"""Typed records for Programmable Voice calls (v2010).

Field names are the API's JSON names (``from`` becomes ``from_``); types follow
``api.v2010.account.call`` in Twilio's OpenAPI spec, with strings that carry numbers or dates
converted to Python types.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import attrs

from twilio_async._enums import OpenEnum

__all__ = ["Call", "CallStatus"]


class CallStatus(OpenEnum):
    """Where a call is in its life (``call_enum_status``)."""

    QUEUED = "queued"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    BUSY = "busy"
    FAILED = "failed"
    NO_ANSWER = "no-answer"
    CANCELED = "canceled"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Call:
    """A Call resource: one leg of a phone, SIP or client call.

    ``duration`` is whole seconds and ``queue_time`` milliseconds (Twilio sends both as
    strings); ``price`` is a :class:`~decimal.Decimal`, negative for money spent and ``None``
    until the call is rated. ``direction`` (``inbound``, ``outbound-api``,
    ``outbound-dial``) and ``answered_by`` stay strings, as the spec declares no values.
    """

    sid: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    parent_call_sid: str | None = None
    account_sid: str | None = None
    to: str | None = None
    to_formatted: str | None = None
    from_: str | None = None
    from_formatted: str | None = None
    phone_number_sid: str | None = None
    status: CallStatus | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    duration: int | None = None
    price: Decimal | None = None
    price_unit: str | None = None
    direction: str | None = None
    answered_by: str | None = None
    api_version: str | None = None
    forwarded_from: str | None = None
    group_sid: str | None = None
    caller_name: str | None = None
    queue_time: int | None = None
    trunk_sid: str | None = None
    uri: str | None = None
    subresource_uris: dict[str, str] | None = None
