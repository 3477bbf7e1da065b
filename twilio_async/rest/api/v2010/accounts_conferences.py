# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Conference (Accounts/AccountSid/Conferences) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_conferences_participants import ParticipantList
    from twilio_async.rest.api.v2010.accounts_conferences_recordings import RecordingList

__all__ = [
    "Conference",
    "ConferenceContext",
    "ConferenceList",
    "ConferenceListParams",
    "ConferenceReasonConferenceEnded",
    "ConferenceStatus",
    "ConferenceUpdateParams",
]


class ConferenceReasonConferenceEnded(OpenEnum):
    """``conference_enum_reason_conference_ended``."""

    CONFERENCE_ENDED_VIA_API = "conference-ended-via-api"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT = "participant-with-end-conference-on-exit-left"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_KICKED = (
        "participant-with-end-conference-on-exit-kicked"
    )
    LAST_PARTICIPANT_KICKED = "last-participant-kicked"
    LAST_PARTICIPANT_LEFT = "last-participant-left"


class ConferenceStatus(OpenEnum):
    """``conference_enum_status``."""

    INIT = "init"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Conference(Record):
    """Record ``api.v2010.account.conference`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    api_version: str | None = None
    friendly_name: str | None = None
    region: str | None = None
    sid: str
    status: ConferenceStatus | None = None
    uri: str | None = None
    subresource_uris: dict[str, Any] | None = None
    reason_conference_ended: ConferenceReasonConferenceEnded | None = None
    call_sid_ending_conference: str | None = None


class ConferenceUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.conferences.update`` (``UpdateConference``)."""

    status: str
    announce_url: str
    """The URL we should call to announce something into the conference."""
    announce_method: str
    """The HTTP method used to call `announce_url`."""


class ConferenceListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.conferences.list`` (``ListConference``)."""

    date_created: date
    """Only include conferences that were created on this date."""
    date_created_before: date
    """Only include conferences that were created on this date."""
    date_created_after: date
    """Only include conferences that were created on this date."""
    date_updated: date
    """Only include conferences that were last updated on this date."""
    date_updated_before: date
    """Only include conferences that were last updated on this date."""
    date_updated_after: date
    """Only include conferences that were last updated on this date."""
    friendly_name: str
    """The string that identifies the Conference resources to read."""
    status: str
    """The status of the resources to read."""


_CONTEXT_FETCH: Operation[Conference] = Operation(
    id="api.v2010.accounts.conferences.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json",
    spec="api_v2010",
    record=Conference,
)


_CONTEXT_UPDATE: Operation[Conference] = Operation(
    id="api.v2010.accounts.conferences.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json",
    spec="api_v2010",
    record=Conference,
    form={
        "status": "Status",
        "announce_url": "AnnounceUrl",
        "announce_method": "AnnounceMethod",
    },
)


_LIST_LIST: Operation[Conference] = Operation(
    id="api.v2010.accounts.conferences.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Conferences.json",
    spec="api_v2010",
    record=Conference,
    query={
        "date_created": "DateCreated",
        "date_created_before": "DateCreated<",
        "date_created_after": "DateCreated>",
        "date_updated": "DateUpdated",
        "date_updated_before": "DateUpdated<",
        "date_updated_after": "DateUpdated>",
        "friendly_name": "FriendlyName",
        "status": "Status",
    },
    encode={
        "date_created": "date",
        "date_created_before": "date",
        "date_created_after": "date",
        "date_updated": "date",
        "date_updated_before": "date",
        "date_updated_after": "date",
    },
    paging="v2010",
    envelope="conferences",
)


class ConferenceContext(Resource):
    """One ``Accounts/AccountSid/Conferences`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Conferences/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Conference:
        """Fetch an instance of a conference."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ConferenceUpdateParams]) -> Conference:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def recordings(self) -> RecordingList:
        """``Accounts/AccountSid/Conferences/ConferenceSid/Recordings``."""
        from twilio_async.rest.api.v2010.accounts_conferences_recordings import RecordingList

        return self._child(RecordingList)

    @property
    def participants(self) -> ParticipantList:
        """``Accounts/AccountSid/Conferences/ConferenceSid/Participants``."""
        from twilio_async.rest.api.v2010.accounts_conferences_participants import ParticipantList

        return self._child(ParticipantList)


class ConferenceList(Resource):
    """``Accounts/AccountSid/Conferences`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Conferences.json"

    def __call__(self, sid: str) -> ConferenceContext:
        """The record with this ``sid``."""
        return self._child(ConferenceContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ConferenceListParams],
    ) -> AsyncIterator[Conference]:
        """Retrieve a list of conferences belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ConferenceListParams],
    ) -> Page[Conference]:
        """Retrieve a list of conferences belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ConferenceListParams],
    ) -> list[Conference]:
        """Retrieve a list of conferences belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
