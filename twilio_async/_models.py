"""Typed records for the Messages API (v2010).

Field names are the API's JSON names (``from`` becomes ``from_``); types follow
``api.v2010.account.message`` in Twilio's OpenAPI spec, with strings that carry numbers or
dates converted to Python types.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import attrs

from twilio_async._enums import OpenEnum

__all__ = ["Media", "Message", "MessageDirection", "MessageStatus"]


class MessageStatus(OpenEnum):
    """Where a message is in its life (``message_enum_status``)."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"
    RECEIVING = "receiving"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    SCHEDULED = "scheduled"
    READ = "read"
    PARTIALLY_DELIVERED = "partially_delivered"
    CANCELED = "canceled"


class MessageDirection(OpenEnum):
    """Who created a message (``message_enum_direction``)."""

    INBOUND = "inbound"
    OUTBOUND_API = "outbound-api"
    OUTBOUND_CALL = "outbound-call"
    OUTBOUND_REPLY = "outbound-reply"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Message:
    """A Message resource: one SMS, MMS, WhatsApp or other channel message.

    ``price`` is a :class:`~decimal.Decimal` (negative for money spent, ``None`` until
    Twilio knows it); ``num_segments`` and ``num_media`` are integers; dates are aware
    datetimes in UTC; ``status`` and ``direction`` accept values added by Twilio later.
    """

    sid: str | None = None
    account_sid: str | None = None
    messaging_service_sid: str | None = None
    to: str | None = None
    from_: str | None = None
    body: str | None = None
    status: MessageStatus | None = None
    direction: MessageDirection | None = None
    num_segments: int | None = None
    num_media: int | None = None
    price: Decimal | None = None
    price_unit: str | None = None
    error_code: int | None = None
    error_message: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    date_sent: datetime | None = None
    api_version: str | None = None
    uri: str | None = None
    subresource_uris: dict[str, str] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Media:
    """A Media resource: one file attached to an MMS."""

    sid: str | None = None
    account_sid: str | None = None
    parent_sid: str | None = None
    content_type: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    uri: str | None = None
