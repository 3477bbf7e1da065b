# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1: Reservation (Workspaces/WorkspaceSid/Tasks/TaskSid/Reservations) on taskrouter.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ReservationContext",
    "ReservationList",
    "ReservationListParams",
    "ReservationUpdateParams",
    "TaskReservation",
    "TaskReservationStatus",
]


class TaskReservationStatus(OpenEnum):
    """``task_reservation_enum_status``."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    TIMEOUT = "timeout"
    CANCELED = "canceled"
    RESCINDED = "rescinded"
    WRAPPING = "wrapping"
    COMPLETED = "completed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TaskReservation(Record):
    """Record ``taskrouter.v1.workspace.task.task_reservation`` (every field but ``account_sid``, ``date_created``, ``sid``, ``task_sid``, ``workspace_sid``, ``url`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    reservation_status: TaskReservationStatus | None = None
    sid: str
    task_sid: str
    worker_name: str | None = None
    worker_sid: str | None = None
    workspace_sid: str
    url: str
    links: dict[str, Any] | None = None


class ReservationListParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.tasks.reservations.list`` (``ListTaskReservation``)."""

    reservation_status: str
    """Returns the list of reservations for a task with a specified ReservationStatus."""
    worker_sid: str
    """The SID of the reserved Worker resource to read."""


class ReservationUpdateParams(TypedDict, total=False):
    """Keywords of ``taskrouter.v1.workspaces.tasks.reservations.update`` (``UpdateTaskReservation``)."""

    if_match: str
    """The If-Match HTTP request header."""
    reservation_status: str
    worker_activity_sid: str
    """The new worker activity SID if rejecting a reservation."""
    instruction: str
    """The assignment instruction for reservation."""
    dequeue_post_work_activity_sid: str
    """The SID of the Activity resource to start after executing a Dequeue instruction."""
    dequeue_from: str
    """The Caller ID of the call to the worker when executing a Dequeue instruction."""
    dequeue_record: str
    """Whether to record both legs of a call when executing a Dequeue instruction or which leg to record."""
    dequeue_timeout: int
    """Timeout for call when executing a Dequeue instruction."""
    dequeue_to: str
    """The Contact URI of the worker when executing a Dequeue instruction."""
    dequeue_status_callback_url: str
    """The Callback URL for completed call event when executing a Dequeue instruction."""
    call_from: str
    """The Caller ID of the outbound call when executing a Call instruction."""
    call_record: str
    """Whether to record both legs of a call when executing a Call instruction or which leg to record."""
    call_timeout: int
    """Timeout for call when executing a Call instruction."""
    call_to: str
    """The Contact URI of the worker when executing a Call instruction."""
    call_url: str
    """TwiML URI executed on answering the worker's leg as a result of the Call instruction."""
    call_status_callback_url: str
    """The URL to call for the completed call event when executing a Call instruction."""
    call_accept: bool
    """Whether to accept a reservation when executing a Call instruction."""
    redirect_call_sid: str
    """The Call SID of the call parked in the queue when executing a Redirect instruction."""
    redirect_accept: bool
    """Whether the reservation should be accepted when executing a Redirect instruction."""
    redirect_url: str
    """TwiML URI to redirect the call to when executing the Redirect instruction."""
    to: str
    """The Contact URI of the worker when executing a Conference instruction."""
    from_: str
    """The Caller ID of the call to the worker when executing a Conference instruction."""
    status_callback: str
    """The URL we should call using the `status_callback_method` to send status information to your application."""
    status_callback_method: str
    """The HTTP method we should use to call `status_callback`."""
    status_callback_event: Sequence[str]
    """The call progress events that we will send to `status_callback`."""
    timeout: int
    """Timeout for call when executing a Conference instruction."""
    record: bool
    """Whether to record the participant and their conferences, including the time between conferences."""
    muted: bool
    """Whether the agent is muted in the conference."""
    beep: str
    """Whether to play a notification beep when the participant joins or when to play a beep."""
    start_conference_on_enter: bool
    """Whether to start the conference when the participant joins, if it has not already started."""
    end_conference_on_exit: bool
    """Whether to end the conference when the agent leaves."""
    wait_url: str
    """The URL we should call using the `wait_method` for the music to play while participants are waiting for the conference to start."""
    wait_method: str
    """The HTTP method we should use to call `wait_url`."""
    early_media: bool
    """Whether to allow an agent to hear the state of the outbound call, including ringing or disconnect messages."""
    max_participants: int
    """The maximum number of participants in the conference."""
    conference_status_callback: str
    """The URL we should call using the `conference_status_callback_method` when the conference events in `conference_status_callback_event` occur."""
    conference_status_callback_method: str
    """The HTTP method we should use to call `conference_status_callback`."""
    conference_status_callback_event: Sequence[str]
    """The conference status events that we will send to `conference_status_callback`."""
    conference_record: str
    """Whether to record the conference the participant is joining or when to record the conference."""
    conference_trim: str
    """How to trim the leading and trailing silence from your recorded conference audio files."""
    recording_channels: str
    """The recording channels for the final recording."""
    recording_status_callback: str
    """The URL that we should call using the `recording_status_callback_method` when the recording status changes."""
    recording_status_callback_method: str
    """The HTTP method we should use when we call `recording_status_callback`."""
    conference_recording_status_callback: str
    """The URL we should call using the `conference_recording_status_callback_method` when the conference recording is available."""
    conference_recording_status_callback_method: str
    """The HTTP method we should use to call `conference_recording_status_callback`."""
    region: str
    """The region where we should mix the recorded audio."""
    sip_auth_username: str
    """The SIP username used for authentication."""
    sip_auth_password: str
    """The SIP password for authentication."""
    dequeue_status_callback_event: Sequence[str]
    """The Call progress events sent via webhooks as a result of a Dequeue instruction."""
    post_work_activity_sid: str
    """The new worker activity SID after executing a Conference instruction."""
    supervisor_mode: str
    supervisor: str
    """The Supervisor SID/URI when executing the Supervise instruction."""
    end_conference_on_customer_exit: bool
    """Whether to end the conference when the customer leaves."""
    beep_on_customer_entrance: bool
    """Whether to play a notification beep when the customer joins."""
    jitter_buffer_size: str
    """The jitter buffer size for conference."""


_LIST_LIST: Operation[TaskReservation] = Operation(
    id="taskrouter.v1.workspaces.tasks.reservations.list",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations",
    spec="taskrouter_v1",
    record=TaskReservation,
    query={
        "reservation_status": "ReservationStatus",
        "worker_sid": "WorkerSid",
    },
    paging="meta",
    envelope="reservations",
)


_CONTEXT_FETCH: Operation[TaskReservation] = Operation(
    id="taskrouter.v1.workspaces.tasks.reservations.fetch",
    method="GET",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}",
    spec="taskrouter_v1",
    record=TaskReservation,
)


_CONTEXT_UPDATE: Operation[TaskReservation] = Operation(
    id="taskrouter.v1.workspaces.tasks.reservations.update",
    method="POST",
    product="taskrouter",
    path="/v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}",
    spec="taskrouter_v1",
    record=TaskReservation,
    form={
        "reservation_status": "ReservationStatus",
        "worker_activity_sid": "WorkerActivitySid",
        "instruction": "Instruction",
        "dequeue_post_work_activity_sid": "DequeuePostWorkActivitySid",
        "dequeue_from": "DequeueFrom",
        "dequeue_record": "DequeueRecord",
        "dequeue_timeout": "DequeueTimeout",
        "dequeue_to": "DequeueTo",
        "dequeue_status_callback_url": "DequeueStatusCallbackUrl",
        "call_from": "CallFrom",
        "call_record": "CallRecord",
        "call_timeout": "CallTimeout",
        "call_to": "CallTo",
        "call_url": "CallUrl",
        "call_status_callback_url": "CallStatusCallbackUrl",
        "call_accept": "CallAccept",
        "redirect_call_sid": "RedirectCallSid",
        "redirect_accept": "RedirectAccept",
        "redirect_url": "RedirectUrl",
        "to": "To",
        "from_": "From",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
        "status_callback_event": "StatusCallbackEvent",
        "timeout": "Timeout",
        "record": "Record",
        "muted": "Muted",
        "beep": "Beep",
        "start_conference_on_enter": "StartConferenceOnEnter",
        "end_conference_on_exit": "EndConferenceOnExit",
        "wait_url": "WaitUrl",
        "wait_method": "WaitMethod",
        "early_media": "EarlyMedia",
        "max_participants": "MaxParticipants",
        "conference_status_callback": "ConferenceStatusCallback",
        "conference_status_callback_method": "ConferenceStatusCallbackMethod",
        "conference_status_callback_event": "ConferenceStatusCallbackEvent",
        "conference_record": "ConferenceRecord",
        "conference_trim": "ConferenceTrim",
        "recording_channels": "RecordingChannels",
        "recording_status_callback": "RecordingStatusCallback",
        "recording_status_callback_method": "RecordingStatusCallbackMethod",
        "conference_recording_status_callback": "ConferenceRecordingStatusCallback",
        "conference_recording_status_callback_method": "ConferenceRecordingStatusCallbackMethod",
        "region": "Region",
        "sip_auth_username": "SipAuthUsername",
        "sip_auth_password": "SipAuthPassword",
        "dequeue_status_callback_event": "DequeueStatusCallbackEvent",
        "post_work_activity_sid": "PostWorkActivitySid",
        "supervisor_mode": "SupervisorMode",
        "supervisor": "Supervisor",
        "end_conference_on_customer_exit": "EndConferenceOnCustomerExit",
        "beep_on_customer_entrance": "BeepOnCustomerEntrance",
        "jitter_buffer_size": "JitterBufferSize",
    },
    headers={
        "if_match": "If-Match",
    },
)


class ReservationContext(Resource):
    """One ``Workspaces/WorkspaceSid/Tasks/TaskSid/Reservations`` record: sid."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> TaskReservation:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ReservationUpdateParams]) -> TaskReservation:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class ReservationList(Resource):
    """``Workspaces/WorkspaceSid/Tasks/TaskSid/Reservations`` (call it with a sid)."""

    _path = "/v1/Workspaces/{WorkspaceSid}/Tasks/{TaskSid}/Reservations"

    def __call__(self, sid: str) -> ReservationContext:
        """The record with this ``sid``."""
        return self._child(ReservationContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ReservationListParams],
    ) -> AsyncIterator[TaskReservation]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ReservationListParams],
    ) -> Page[TaskReservation]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ReservationListParams],
    ) -> list[TaskReservation]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
