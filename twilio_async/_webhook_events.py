"""Typed, frozen records of the webhooks Twilio sends: incoming message, status callbacks.

Twilio posts form fields in PascalCase (``From``, ``MessageStatus``, ``MediaUrl0``); each record
names the fields it knows with their Python types and keeps every other field, unparsed, in
``extra``, so a field Twilio adds later is never lost and never raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from twilio_async._dates import parse_rfc2822
from twilio_async._exceptions import TwilioError

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_calls import CallStatus
    from twilio_async.rest.api.v2010.accounts_messages import MessageStatus

__all__ = [
    "CallStatusCallback",
    "IncomingMessage",
    "IncomingMedia",
    "MessageStatusCallback",
    "WebhookEvent",
    "WebhookPayloadError",
]

WebhookForm = Mapping[str, str] | Mapping[str, Sequence[str]]
"""Form fields as a framework gives them: one value per name, or a list of values."""

_FORM: Final = "twilio_form_name"
_PARSE: Final = "twilio_form_parse"
# Twilio numbers media from 0 (at most 10 of them); a longer index is malformed, and int()
# of thousands of digits would raise a ValueError of its own (or cost quadratic time).
_MEDIA_FIELD: Final = re.compile(r"Media(Url|ContentType)([0-9]+)\Z")
_MEDIA_INDEX: Final = re.compile(r"(?:0|[1-9][0-9]{0,3})\Z")
_SHOWN_NAME: Final = 40
_E = TypeVar("_E", bound="WebhookEvent")


class WebhookPayloadError(TwilioError, ValueError):
    """A webhook's form lacks a field its record needs, or a value is malformed."""


def _form(name: str, parse: Callable[[str], Any] = str) -> dict[str, Any]:
    return {_FORM: name, _PARSE: parse}


def _optional_int(value: str) -> int | None:
    return int(value) if value.strip() else None


# The status enums live with their generated resources; importing them when a record is
# parsed, not when this module is, keeps webhook parsing free of the Calls resource module
# (and the package's HTTP stack) until a call event actually arrives.
def _message_status(value: str) -> MessageStatus:
    from twilio_async.rest.api.v2010.accounts_messages import MessageStatus

    return MessageStatus(value)


def _call_status(value: str) -> CallStatus:
    from twilio_async.rest.api.v2010.accounts_calls import CallStatus

    return CallStatus(value)


def _shown(name: str) -> str:
    """A field name for an error message, cut short: a hostile form may send long ones."""
    return repr(name if len(name) <= _SHOWN_NAME else name[:_SHOWN_NAME] + "...")


def _read_only(fields: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(fields))


def _last_values(form: WebhookForm) -> dict[str, str]:
    values: dict[str, str] = {}
    for name, value in form.items():
        if isinstance(value, str):
            values[name] = value
        elif value:
            values[name] = value[-1]
    return values


@attrs.frozen(kw_only=True)
class WebhookEvent:
    """What every webhook record has: the fields it does not name, kept as sent."""

    extra: Mapping[str, str] = attrs.field(factory=dict, converter=_read_only, hash=False)
    """Form fields this record has no attribute for (e.g. ``{"AddOns": "..."}``), read-only."""

    @classmethod
    def from_form(cls: type[_E], form: WebhookForm) -> _E:
        """Build the record from a webhook's form fields (a name may map to a list of values).

        Raises :class:`WebhookPayloadError` naming the field when a required one is missing
        or a value cannot be parsed (e.g. ``NumMedia=abc``).
        """
        values = _last_values(form)
        arguments: dict[str, Any] = {}
        known: set[str] = set()
        for field in attrs.fields(cls):
            name = field.metadata.get(_FORM)
            if name is None:
                continue
            known.add(name)
            if name not in values:
                if field.default is attrs.NOTHING:
                    raise WebhookPayloadError(f"{cls.__name__}: the form has no {name!r} field")
                continue
            try:
                arguments[field.name] = field.metadata[_PARSE](values[name])
            except (ValueError, TypeError, OverflowError) as exc:
                raise WebhookPayloadError(
                    f"{cls.__name__}: field {name!r} is not valid: {exc}"
                ) from None
        known |= cls._parse_more(values, arguments)
        arguments["extra"] = {name: value for name, value in values.items() if name not in known}
        return cls(**arguments)

    @classmethod
    def _parse_more(cls, values: Mapping[str, str], arguments: dict[str, Any]) -> set[str]:
        """Fill arguments from fields a plain name cannot describe; return their names."""
        return set()


@attrs.frozen(kw_only=True)
class _Geography(WebhookEvent):
    """Where Twilio places the two numbers (for US and Canadian numbers, mostly)."""

    from_city: str | None = attrs.field(default=None, metadata=_form("FromCity"))
    from_state: str | None = attrs.field(default=None, metadata=_form("FromState"))
    from_zip: str | None = attrs.field(default=None, metadata=_form("FromZip"))
    from_country: str | None = attrs.field(default=None, metadata=_form("FromCountry"))
    to_city: str | None = attrs.field(default=None, metadata=_form("ToCity"))
    to_state: str | None = attrs.field(default=None, metadata=_form("ToState"))
    to_zip: str | None = attrs.field(default=None, metadata=_form("ToZip"))
    to_country: str | None = attrs.field(default=None, metadata=_form("ToCountry"))


@attrs.frozen
class IncomingMedia:
    """One picture or file of an incoming message: ``MediaUrlN`` and ``MediaContentTypeN``."""

    url: str
    """Where to fetch it (authenticated with your credentials unless media auth is off)."""
    content_type: str | None
    """Its MIME type, e.g. ``image/jpeg``."""


@attrs.frozen(kw_only=True)
class IncomingMessage(_Geography):
    """A message someone sent to one of your numbers: the messaging webhook's form."""

    message_sid: str = attrs.field(metadata=_form("MessageSid"))
    account_sid: str = attrs.field(metadata=_form("AccountSid"))
    from_: str = attrs.field(metadata=_form("From"))
    to: str = attrs.field(metadata=_form("To"))
    body: str = attrs.field(default="", metadata=_form("Body"))
    num_media: int = attrs.field(default=0, metadata=_form("NumMedia", int))
    media: tuple[IncomingMedia, ...] = ()
    """The ``MediaUrlN``/``MediaContentTypeN`` pairs, in order of ``N``."""
    num_segments: int | None = attrs.field(default=None, metadata=_form("NumSegments", int))
    messaging_service_sid: str | None = attrs.field(
        default=None, metadata=_form("MessagingServiceSid")
    )
    sms_status: str | None = attrs.field(default=None, metadata=_form("SmsStatus"))
    api_version: str | None = attrs.field(default=None, metadata=_form("ApiVersion"))
    profile_name: str | None = attrs.field(default=None, metadata=_form("ProfileName"))
    """The sender's WhatsApp profile name."""
    wa_id: str | None = attrs.field(default=None, metadata=_form("WaId"))
    """The sender's WhatsApp ID."""

    @classmethod
    def _parse_more(cls, values: Mapping[str, str], arguments: dict[str, Any]) -> set[str]:
        urls: dict[int, str] = {}
        types: dict[int, str] = {}
        for name, value in values.items():
            match = _MEDIA_FIELD.match(name)
            if match is None:
                continue
            if not _MEDIA_INDEX.match(match[2]):
                raise WebhookPayloadError(
                    f"{cls.__name__}: field {_shown(name)} is not valid: media are numbered "
                    "from 0 without leading zeros"
                )
            (urls if match[1] == "Url" else types)[int(match[2])] = value
        arguments["media"] = tuple(
            IncomingMedia(url=urls[index], content_type=types.get(index)) for index in sorted(urls)
        )
        return {f"MediaUrl{index}" for index in urls} | {
            f"MediaContentType{index}" for index in types if index in urls
        }


@attrs.frozen(kw_only=True)
class MessageStatusCallback(WebhookEvent):
    """A message's status changed (``StatusCallback`` of a message you sent)."""

    message_sid: str = attrs.field(metadata=_form("MessageSid"))
    message_status: MessageStatus = attrs.field(metadata=_form("MessageStatus", _message_status))
    """The new status; a status Twilio adds later is a member with ``is_known == False``."""
    account_sid: str = attrs.field(metadata=_form("AccountSid"))
    from_: str | None = attrs.field(default=None, metadata=_form("From"))
    to: str | None = attrs.field(default=None, metadata=_form("To"))
    error_code: int | None = attrs.field(default=None, metadata=_form("ErrorCode", _optional_int))
    """Twilio's error code (e.g. 30003 unreachable) when the status is failed/undelivered."""
    error_message: str | None = attrs.field(default=None, metadata=_form("ErrorMessage"))
    messaging_service_sid: str | None = attrs.field(
        default=None, metadata=_form("MessagingServiceSid")
    )
    sms_status: str | None = attrs.field(default=None, metadata=_form("SmsStatus"))
    api_version: str | None = attrs.field(default=None, metadata=_form("ApiVersion"))
    raw_dlr_done_date: str | None = attrs.field(default=None, metadata=_form("RawDlrDoneDate"))
    """The carrier's delivery receipt time, ``YYMMDDhhmm``, when the carrier sent one."""


@attrs.frozen(kw_only=True)
class CallStatusCallback(_Geography):
    """A call's status changed, or the call's TwiML URL is being asked for."""

    call_sid: str = attrs.field(metadata=_form("CallSid"))
    account_sid: str = attrs.field(metadata=_form("AccountSid"))
    from_: str = attrs.field(metadata=_form("From"))
    to: str = attrs.field(metadata=_form("To"))
    call_status: CallStatus = attrs.field(metadata=_form("CallStatus", _call_status))
    """The call's status; a status Twilio adds later is a member with ``is_known == False``."""
    direction: str | None = attrs.field(default=None, metadata=_form("Direction"))
    api_version: str | None = attrs.field(default=None, metadata=_form("ApiVersion"))
    forwarded_from: str | None = attrs.field(default=None, metadata=_form("ForwardedFrom"))
    caller_name: str | None = attrs.field(default=None, metadata=_form("CallerName"))
    parent_call_sid: str | None = attrs.field(default=None, metadata=_form("ParentCallSid"))
    timestamp: datetime | None = attrs.field(
        default=None, metadata=_form("Timestamp", parse_rfc2822)
    )
    callback_source: str | None = attrs.field(default=None, metadata=_form("CallbackSource"))
    sequence_number: int | None = attrs.field(
        default=None, metadata=_form("SequenceNumber", _optional_int)
    )
    call_duration: int | None = attrs.field(
        default=None, metadata=_form("CallDuration", _optional_int)
    )
    """Seconds the call lasted, on the ``completed`` callback."""
    sip_response_code: int | None = attrs.field(
        default=None, metadata=_form("SipResponseCode", _optional_int)
    )
    answered_by: str | None = attrs.field(default=None, metadata=_form("AnsweredBy"))
    """Answering machine detection's verdict (``human``, ``machine_start``, ...)."""
    recording_url: str | None = attrs.field(default=None, metadata=_form("RecordingUrl"))
    recording_sid: str | None = attrs.field(default=None, metadata=_form("RecordingSid"))
    recording_duration: int | None = attrs.field(
        default=None, metadata=_form("RecordingDuration", _optional_int)
    )
