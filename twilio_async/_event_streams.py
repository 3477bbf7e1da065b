"""Event Streams webhook sinks: a JSON array of CloudEvents, as typed, frozen records.

Each event has the CloudEvents attributes (``id``, ``type``, ``source``, ``time``,
``dataschema``...) and its ``data`` as sent. Events whose schema this module knows get a record
with typed attributes as well (:class:`MessageStatusEvent` for the ``Messaging.MessageStatus``
schema); any other event is an :class:`EventStreamEvent`, never an error.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar

import attrs
import orjson

from twilio_async._dates import parse_iso8601
from twilio_async._webhook_events import WebhookPayloadError

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_messages import MessageStatus

__all__ = ["EventStreamEvent", "MessageStatusEvent", "parse_event_stream"]

_E = TypeVar("_E", bound="EventStreamEvent")
_ATTRIBUTES: Final = ("id", "type", "source", "specversion")
_OPTIONAL_ATTRIBUTES: Final = ("dataschema", "datacontenttype")
# https://events-schemas.twilio.com/Messaging.MessageStatus/7 -> ("Messaging.MessageStatus", 7)
_SCHEMA_URL: Final = re.compile(r"https?://[^/]+/([^/]+)/([0-9]{1,6})/?\Z")


def _read_only(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


@attrs.frozen(kw_only=True)
class EventStreamEvent:
    """One CloudEvent an Event Streams webhook sink received.

    ``data`` is the event's payload as sent (read-only at the top level); subclasses for the
    schemas this library knows add typed attributes read from it. Two deliveries of the same
    event have the same ``id``: Event Streams delivers at least once, so de-duplicate on it.
    """

    schema_ids: ClassVar[frozenset[str]] = frozenset()

    id: str
    """The event's id (a SID like ``EZ...``), the same on every delivery of this event."""
    type: str
    """The event type, e.g. ``com.twilio.messaging.message.delivered``."""
    source: str
    """What produced the event (the SID of the resource or account it concerns)."""
    specversion: str
    """The CloudEvents version, ``1.0``."""
    time: datetime | None = None
    """When the event happened, if the event says."""
    dataschema: str | None = None
    """The URL of the JSON schema ``data`` follows, with its version."""
    datacontenttype: str | None = None
    """The media type of ``data`` as the event states it."""
    data: Mapping[str, Any] = attrs.field(factory=dict, converter=_read_only, hash=False)
    """The payload, as sent."""
    extra: Mapping[str, Any] = attrs.field(factory=dict, converter=_read_only, hash=False)
    """Top-level attributes this record does not name (CloudEvents extensions), as sent."""

    @property
    def schema_id(self) -> str | None:
        """The name of ``dataschema`` (``Messaging.MessageStatus``), or ``None``."""
        match = _SCHEMA_URL.match(self.dataschema or "")
        return match[1] if match else None

    @property
    def schema_version(self) -> int | None:
        """The version of ``dataschema`` (``7``), or ``None``."""
        match = _SCHEMA_URL.match(self.dataschema or "")
        return int(match[2]) if match else None

    @classmethod
    def from_cloudevent(
        cls: builtins.type[_E], event: Mapping[str, Any], *, where: str = "event"
    ) -> _E:
        """Build the record from one decoded CloudEvent (a JSON object).

        Raises :class:`WebhookPayloadError` naming the attribute (``where`` prefixes it, e.g.
        ``events[3]``) when a required one is missing or has the wrong type.
        """
        if not isinstance(event, Mapping):
            raise WebhookPayloadError(f"{where} is not a JSON object")
        arguments: dict[str, Any] = {}
        for name in _ATTRIBUTES:
            arguments[name] = _string(event, name, where, required=True)
        for name in _OPTIONAL_ATTRIBUTES:
            arguments[name] = _string(event, name, where, required=False)
        time = _string(event, "time", where, required=False)
        if time is not None:
            arguments["time"] = _parse(parse_iso8601, time, f"{where}.time")
        data = event.get("data", {})
        if not isinstance(data, Mapping):
            raise WebhookPayloadError(f"{where}.data is not a JSON object")
        arguments["data"] = data
        known = {*_ATTRIBUTES, *_OPTIONAL_ATTRIBUTES, "time", "data"}
        arguments["extra"] = {k: v for k, v in event.items() if k not in known}
        arguments.update(cls._typed(data, f"{where}.data"))
        return cls(**arguments)

    @classmethod
    def _typed(cls, data: Mapping[str, Any], where: str) -> dict[str, Any]:
        """The typed attributes a subclass reads from ``data``."""
        return {}


def _string(event: Mapping[str, Any], name: str, where: str, *, required: bool) -> str | None:
    value = event.get(name)
    if value is None:
        if required:
            raise WebhookPayloadError(f"{where} has no {name!r}")
        return None
    if not isinstance(value, str) or (required and not value):
        raise WebhookPayloadError(f"{where}.{name} is not a non-empty string")
    return value


def _parse(parse: Callable[[Any], Any], value: Any, where: str) -> Any:
    try:
        return parse(value)
    except (ValueError, TypeError, OverflowError) as exc:
        raise WebhookPayloadError(f"{where} is not valid: {exc}") from None


def _message_status(value: str) -> MessageStatus:
    from twilio_async.rest.api.v2010.accounts_messages import MessageStatus

    # Event Streams writes statuses in capitals (DELIVERED); the REST API and the status
    # callbacks in lower case, which is what the enum holds.
    return MessageStatus(value.lower())


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return int(value)


@attrs.frozen(kw_only=True)
class MessageStatusEvent(EventStreamEvent):
    """A message you sent changed status (``com.twilio.messaging.message.*`` events).

    The ``Messaging.MessageStatus`` schema; the payload stays in ``data`` as well.
    """

    schema_ids: ClassVar[frozenset[str]] = frozenset({"Messaging.MessageStatus"})

    message_sid: str
    """The message's SID (``SM...``)."""
    account_sid: str
    """The account that sent the message."""
    message_status: MessageStatus
    """The new status; a status Twilio adds later is a member with ``is_known == False``."""
    to: str | None = None
    from_: str | None = None
    messaging_service_sid: str | None = None
    error_code: int | None = None
    """Twilio's error code when the message failed or was undelivered."""
    number_of_segments: int | None = None
    timestamp: datetime | None = None
    """When the status changed."""

    @classmethod
    def _typed(cls, data: Mapping[str, Any], where: str) -> dict[str, Any]:
        typed: dict[str, Any] = {}
        for attribute, name in (("message_sid", "messageSid"), ("account_sid", "accountSid")):
            typed[attribute] = _string(data, name, where, required=True)
        status = _string(data, "messageStatus", where, required=True)
        typed["message_status"] = _message_status(str(status))
        for attribute, name in (
            ("to", "to"),
            ("from_", "from"),
            ("messaging_service_sid", "messagingServiceSid"),
        ):
            typed[attribute] = _string(data, name, where, required=False)
        for attribute, name in (
            ("error_code", "errorCode"),
            ("number_of_segments", "numberOfSegments"),
        ):
            if data.get(name) not in (None, ""):
                typed[attribute] = _parse(_int, data[name], f"{where}.{name}")
        timestamp = _string(data, "timestamp", where, required=False)
        if timestamp is not None:
            typed["timestamp"] = _parse(parse_iso8601, timestamp, f"{where}.timestamp")
        return typed


_BY_SCHEMA: Final[dict[str, type[EventStreamEvent]]] = {
    schema: record for record in (MessageStatusEvent,) for schema in record.schema_ids
}


def parse_event_stream(body: str | bytes) -> list[EventStreamEvent]:
    """The events of an Event Streams webhook body: a JSON array of CloudEvents.

    Each event becomes the record of its schema (:class:`MessageStatusEvent`, ...) or an
    :class:`EventStreamEvent`. Raises :class:`WebhookPayloadError` naming the event and the
    attribute when the body is not a JSON array of CloudEvents.
    """
    try:
        decoded = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise WebhookPayloadError(f"the body is not JSON: {exc}") from None
    if not isinstance(decoded, Sequence) or isinstance(decoded, (str, bytes)):
        raise WebhookPayloadError("the body is not a JSON array of CloudEvents")
    events: list[EventStreamEvent] = []
    for index, event in enumerate(decoded):
        where = f"events[{index}]"
        schema = event.get("dataschema") if isinstance(event, Mapping) else None
        match = _SCHEMA_URL.match(schema) if isinstance(schema, str) else None
        record = _BY_SCHEMA.get(match[1], EventStreamEvent) if match else EventStreamEvent
        events.append(record.from_cloudevent(event, where=where))
    return events
