# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Call (Accounts/AccountSid/Calls) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_calls_events import EventList
    from twilio_async.rest.api.v2010.accounts_calls_notifications import NotificationList
    from twilio_async.rest.api.v2010.accounts_calls_payments import PaymentList
    from twilio_async.rest.api.v2010.accounts_calls_recordings import RecordingList
    from twilio_async.rest.api.v2010.accounts_calls_siprec import SiprecList
    from twilio_async.rest.api.v2010.accounts_calls_streams import StreamList
    from twilio_async.rest.api.v2010.accounts_calls_transcriptions import TranscriptionList
    from twilio_async.rest.api.v2010.accounts_calls_user_defined_message_subscriptions import (
        UserDefinedMessageSubscriptionList,
    )
    from twilio_async.rest.api.v2010.accounts_calls_user_defined_messages import (
        UserDefinedMessageList,
    )
    from twilio_async.twiml import VoiceResponse

__all__ = [
    "Call",
    "CallContext",
    "CallCreateParams",
    "CallList",
    "CallListParams",
    "CallStatus",
    "CallUpdateParams",
]


class CallStatus(OpenEnum):
    """``call_enum_status``."""

    QUEUED = "queued"
    RINGING = "ringing"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    BUSY = "busy"
    FAILED = "failed"
    NO_ANSWER = "no-answer"
    CANCELED = "canceled"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Call(Record):
    """Record ``api.v2010.account.call`` (every field but ``sid``, ``date_created``, ``account_sid`` may be ``None``)."""

    sid: str
    date_created: datetime
    date_updated: datetime | None = None
    parent_call_sid: str | None = None
    account_sid: str
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
    subresource_uris: dict[str, Any] | None = None


class CallListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.list`` (``ListCall``)."""

    to: str
    """Only show calls made to this phone number, SIP address, Client identifier or SIM SID."""
    from_: str
    """Only include calls from this phone number, SIP address, Client identifier or SIM SID."""
    parent_call_sid: str
    """Only include calls spawned by calls with this SID."""
    status: str
    """The status of the calls to include."""
    start_time: datetime | date
    """Only include calls that started on this date."""
    start_time_before: datetime | date
    """Only include calls that started before this date."""
    start_time_after: datetime | date
    """Only include calls that started on or after this date."""
    end_time: datetime | date
    """Only include calls that ended on this date."""
    end_time_before: datetime | date
    """Only include calls that ended before this date."""
    end_time_after: datetime | date
    """Only include calls that ended on or after this date."""


class CallCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.create`` (``CreateCall``)."""

    to: Required[str]
    """The phone number, SIP address, or client identifier to call."""
    from_: Required[str]
    """The phone number or client identifier to use as the caller id."""
    method: str
    """The HTTP method we should use when calling the `url` parameter's value."""
    fallback_url: str
    """The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`."""
    fallback_method: str
    """The HTTP method that we should use to request the `fallback_url`."""
    status_callback: str
    """The URL we should call using the `status_callback_method` to send status information to your application."""
    status_callback_event: Sequence[str]
    """The call progress events that we will send to the `status_callback` URL."""
    status_callback_method: str
    """The HTTP method we should use when calling the `status_callback` URL."""
    send_digits: str
    """The string of keys to dial after connecting to the number, with a maximum length of 32 digits."""
    timeout: int
    """The integer number of seconds that we should allow the phone to ring before assuming there is no answer."""
    record: bool
    """Whether to record the call."""
    recording_channels: str
    """The number of channels in the final recording."""
    recording_status_callback: str
    """The URL that we call when the recording is available to be accessed."""
    recording_status_callback_method: str
    """The HTTP method we should use when calling the `recording_status_callback` URL."""
    sip_auth_username: str
    """The username used to authenticate the caller making a SIP call."""
    sip_auth_password: str
    """The password required to authenticate the user account specified in `sip_auth_username`."""
    machine_detection: str
    """Whether to detect if a human, answering machine, or fax has picked up the call."""
    machine_detection_timeout: int
    """The number of seconds that we should attempt to detect an answering machine before timing out and sending a voice request with `AnsweredBy` of `unk..."""
    recording_status_callback_event: Sequence[str]
    """The recording status events that will trigger calls to the URL specified in `recording_status_callback`."""
    trim: str
    """Whether to trim any leading and trailing silence from the recording."""
    caller_id: str
    """The phone number, SIP address, or Client identifier that made this call."""
    machine_detection_speech_threshold: int
    """The number of milliseconds that is used as the measuring stick for the length of the speech activity, where durations lower than this value will be..."""
    machine_detection_speech_end_threshold: int
    """The number of milliseconds of silence after speech activity at which point the speech activity is considered complete."""
    machine_detection_silence_timeout: int
    """The number of milliseconds of initial silence after which an `unknown` AnsweredBy result will be returned."""
    async_amd: str
    """Select whether to perform answering machine detection in the background."""
    async_amd_status_callback: str
    """The URL that we should call using the `async_amd_status_callback_method` to notify customer application whether the call was answered by human, mac..."""
    async_amd_status_callback_method: str
    """The HTTP method we should use when calling the `async_amd_status_callback` URL."""
    byoc: str
    """The SID of a BYOC (Bring Your Own Carrier) trunk to route this call with."""
    call_reason: str
    """The Reason for the outgoing call."""
    call_token: str
    """A token string needed to invoke a forwarded call."""
    recording_track: str
    """The audio track to record for the call."""
    time_limit: int
    """The maximum duration of the call in seconds."""
    client_notification_url: str
    """The URL that we should use to deliver `push call notification`."""
    url: str
    """The absolute URL that returns the TwiML instructions for the call."""
    twiml: str | VoiceResponse
    """TwiML instructions for the call Twilio will use without fetching Twiml from url parameter."""
    application_sid: str
    """The SID of the Application resource that will handle the call, if the call will be handled by an application."""


class CallUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.calls.update`` (``UpdateCall``)."""

    url: str
    """The absolute URL that returns the TwiML instructions for the call."""
    method: str
    """The HTTP method we should use when calling the `url`."""
    status: str
    fallback_url: str
    """The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`."""
    fallback_method: str
    """The HTTP method that we should use to request the `fallback_url`."""
    status_callback: str
    """The URL we should call using the `status_callback_method` to send status information to your application."""
    status_callback_method: str
    """The HTTP method we should use when requesting the `status_callback` URL."""
    twiml: str | VoiceResponse
    """TwiML instructions for the call Twilio will use without fetching Twiml from url."""
    time_limit: int
    """The maximum duration of the call in seconds."""


_LIST_LIST: Operation[Call] = Operation(
    id="api.v2010.accounts.calls.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls.json",
    spec="api_v2010",
    record=Call,
    query={
        "to": "To",
        "from_": "From",
        "parent_call_sid": "ParentCallSid",
        "status": "Status",
        "start_time": "StartTime",
        "start_time_before": "StartTime<",
        "start_time_after": "StartTime>",
        "end_time": "EndTime",
        "end_time_before": "EndTime<",
        "end_time_after": "EndTime>",
    },
    paging="v2010",
    envelope="calls",
)


_LIST_CREATE: Operation[Call] = Operation(
    id="api.v2010.accounts.calls.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls.json",
    spec="api_v2010",
    record=Call,
    form={
        "to": "To",
        "from_": "From",
        "method": "Method",
        "fallback_url": "FallbackUrl",
        "fallback_method": "FallbackMethod",
        "status_callback": "StatusCallback",
        "status_callback_event": "StatusCallbackEvent",
        "status_callback_method": "StatusCallbackMethod",
        "send_digits": "SendDigits",
        "timeout": "Timeout",
        "record": "Record",
        "recording_channels": "RecordingChannels",
        "recording_status_callback": "RecordingStatusCallback",
        "recording_status_callback_method": "RecordingStatusCallbackMethod",
        "sip_auth_username": "SipAuthUsername",
        "sip_auth_password": "SipAuthPassword",
        "machine_detection": "MachineDetection",
        "machine_detection_timeout": "MachineDetectionTimeout",
        "recording_status_callback_event": "RecordingStatusCallbackEvent",
        "trim": "Trim",
        "caller_id": "CallerId",
        "machine_detection_speech_threshold": "MachineDetectionSpeechThreshold",
        "machine_detection_speech_end_threshold": "MachineDetectionSpeechEndThreshold",
        "machine_detection_silence_timeout": "MachineDetectionSilenceTimeout",
        "async_amd": "AsyncAmd",
        "async_amd_status_callback": "AsyncAmdStatusCallback",
        "async_amd_status_callback_method": "AsyncAmdStatusCallbackMethod",
        "byoc": "Byoc",
        "call_reason": "CallReason",
        "call_token": "CallToken",
        "recording_track": "RecordingTrack",
        "time_limit": "TimeLimit",
        "client_notification_url": "ClientNotificationUrl",
        "url": "Url",
        "twiml": "Twiml",
        "application_sid": "ApplicationSid",
    },
    required=frozenset(["from_", "to"]),
)


_CONTEXT_FETCH: Operation[Call] = Operation(
    id="api.v2010.accounts.calls.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
    spec="api_v2010",
    record=Call,
)


_CONTEXT_UPDATE: Operation[Call] = Operation(
    id="api.v2010.accounts.calls.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
    spec="api_v2010",
    record=Call,
    form={
        "url": "Url",
        "method": "Method",
        "status": "Status",
        "fallback_url": "FallbackUrl",
        "fallback_method": "FallbackMethod",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
        "twiml": "Twiml",
        "time_limit": "TimeLimit",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.calls.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
    spec="api_v2010",
)


class CallContext(Resource):
    """One ``Accounts/AccountSid/Calls`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Call:
        """Fetch the call specified by the provided Call SID."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[CallUpdateParams]) -> Call:
        """Initiates a call redirect or terminates a call."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a Call record from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def events(self) -> EventList:
        """``Accounts/AccountSid/Calls/CallSid/Events``."""
        from twilio_async.rest.api.v2010.accounts_calls_events import EventList

        return self._child(EventList)

    @property
    def notifications(self) -> NotificationList:
        """``Accounts/AccountSid/Calls/CallSid/Notifications``."""
        from twilio_async.rest.api.v2010.accounts_calls_notifications import NotificationList

        return self._child(NotificationList)

    @property
    def recordings(self) -> RecordingList:
        """``Accounts/AccountSid/Calls/CallSid/Recordings``."""
        from twilio_async.rest.api.v2010.accounts_calls_recordings import RecordingList

        return self._child(RecordingList)

    @property
    def payments(self) -> PaymentList:
        """``Accounts/AccountSid/Calls/CallSid/Payments``."""
        from twilio_async.rest.api.v2010.accounts_calls_payments import PaymentList

        return self._child(PaymentList)

    @property
    def transcriptions(self) -> TranscriptionList:
        """``Accounts/AccountSid/Calls/CallSid/Transcriptions``."""
        from twilio_async.rest.api.v2010.accounts_calls_transcriptions import TranscriptionList

        return self._child(TranscriptionList)

    @property
    def siprec(self) -> SiprecList:
        """``Accounts/AccountSid/Calls/CallSid/Siprec``."""
        from twilio_async.rest.api.v2010.accounts_calls_siprec import SiprecList

        return self._child(SiprecList)

    @property
    def streams(self) -> StreamList:
        """``Accounts/AccountSid/Calls/CallSid/Streams``."""
        from twilio_async.rest.api.v2010.accounts_calls_streams import StreamList

        return self._child(StreamList)

    @property
    def user_defined_messages(self) -> UserDefinedMessageList:
        """``Accounts/AccountSid/Calls/CallSid/UserDefinedMessages``."""
        from twilio_async.rest.api.v2010.accounts_calls_user_defined_messages import (
            UserDefinedMessageList,
        )

        return self._child(UserDefinedMessageList)

    @property
    def user_defined_message_subscriptions(self) -> UserDefinedMessageSubscriptionList:
        """``Accounts/AccountSid/Calls/CallSid/UserDefinedMessageSubscriptions``."""
        from twilio_async.rest.api.v2010.accounts_calls_user_defined_message_subscriptions import (
            UserDefinedMessageSubscriptionList,
        )

        return self._child(UserDefinedMessageSubscriptionList)


class CallList(CreateMany[CallCreateParams, Call], Resource):
    """``Accounts/AccountSid/Calls`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Calls.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CallContext:
        """The record with this ``sid``."""
        return self._child(CallContext, sid=sid)

    async def create(self, **params: Unpack[CallCreateParams]) -> Call:
        """Place a call: ``to``, ``from_``, and ``url``, ``twiml`` or ``application_sid``."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CallListParams],
    ) -> AsyncIterator[Call]:
        """Retrieves a collection of calls made to and from your account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CallListParams],
    ) -> Page[Call]:
        """Retrieves a collection of calls made to and from your account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CallListParams],
    ) -> list[Call]:
        """Retrieves a collection of calls made to and from your account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
