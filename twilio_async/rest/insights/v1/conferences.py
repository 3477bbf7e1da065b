# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1: Conference (Conferences) on insights.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.insights.v1.conferences_participants import ConferenceParticipantList

__all__ = [
    "Conference",
    "ConferenceConferenceEndReason",
    "ConferenceConferenceStatus",
    "ConferenceContext",
    "ConferenceList",
    "ConferenceListParams",
    "ConferenceProcessingState",
    "ConferenceRegion",
    "ConferenceTag",
]


class ConferenceConferenceEndReason(OpenEnum):
    """``conference_enum_conference_end_reason``."""

    LAST_PARTICIPANT_LEFT = "last_participant_left"
    CONFERENCE_ENDED_VIA_API = "conference_ended_via_api"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_LEFT = "participant_with_end_conference_on_exit_left"
    LAST_PARTICIPANT_KICKED = "last_participant_kicked"
    PARTICIPANT_WITH_END_CONFERENCE_ON_EXIT_KICKED = (
        "participant_with_end_conference_on_exit_kicked"
    )


class ConferenceConferenceStatus(OpenEnum):
    """``conference_enum_conference_status``."""

    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    COMPLETED = "completed"
    SUMMARY_TIMEOUT = "summary_timeout"


class ConferenceProcessingState(OpenEnum):
    """``conference_enum_processing_state``."""

    COMPLETE = "complete"
    IN_PROGRESS = "in_progress"
    TIMEOUT = "timeout"


class ConferenceRegion(OpenEnum):
    """``conference_enum_region``."""

    US1 = "us1"
    US2 = "us2"
    AU1 = "au1"
    BR1 = "br1"
    IE1 = "ie1"
    JP1 = "jp1"
    SG1 = "sg1"
    DE1 = "de1"
    IN1 = "in1"


class ConferenceTag(OpenEnum):
    """``conference_enum_tag``."""

    INVALID_REQUESTED_REGION = "invalid_requested_region"
    DUPLICATE_IDENTITY = "duplicate_identity"
    START_FAILURE = "start_failure"
    REGION_CONFIGURATION_ISSUES = "region_configuration_issues"
    QUALITY_WARNINGS = "quality_warnings"
    PARTICIPANT_BEHAVIOR_ISSUES = "participant_behavior_issues"
    HIGH_PACKET_LOSS = "high_packet_loss"
    HIGH_JITTER = "high_jitter"
    HIGH_LATENCY = "high_latency"
    LOW_MOS = "low_mos"
    DETECTED_SILENCE = "detected_silence"
    NO_CONCURRENT_PARTICIPANTS = "no_concurrent_participants"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Conference(Record):
    """Record ``insights.v1.conference`` (every field but ``conference_sid``, ``account_sid``, ``url`` may be ``None``)."""

    conference_sid: str
    account_sid: str
    friendly_name: str | None = None
    create_time: datetime | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    duration_seconds: int | None = None
    connect_duration_seconds: int | None = None
    status: ConferenceConferenceStatus | None = None
    max_participants: int | None = None
    max_concurrent_participants: int | None = None
    unique_participants: int | None = None
    end_reason: ConferenceConferenceEndReason | None = None
    ended_by: str | None = None
    mixer_region: ConferenceRegion | None = None
    mixer_region_requested: ConferenceRegion | None = None
    recording_enabled: bool | None = None
    detected_issues: Any | None = None
    tags: list[ConferenceTag] | None = None
    tag_info: Any | None = None
    processing_state: ConferenceProcessingState | None = None
    url: str
    links: dict[str, Any] | None = None


class ConferenceListParams(TypedDict, total=False):
    """Keywords of ``insights.v1.conferences.list`` (``ListConference``)."""

    conference_sid: str
    """The SID of the conference."""
    friendly_name: str
    """Custom label for the conference resource, up to 64 characters."""
    status: str
    """Conference status."""
    created_after: str
    """Conferences created after the provided timestamp specified in ISO 8601 format."""
    created_before: str
    """Conferences created before the provided timestamp specified in ISO 8601 format."""
    mixer_region: str
    """Twilio region where the conference media was mixed."""
    tags: str
    """Tags applied by Twilio for common potential configuration, quality, or performance issues."""
    subaccount: str
    """Account SID for the subaccount whose resources you wish to retrieve."""
    detected_issues: str
    """Potential configuration, behavior, or performance issues detected during the conference."""
    end_reason: str
    """Conference end reason; e.g."""


_CONTEXT_FETCH: Operation[Conference] = Operation(
    id="insights.v1.conferences.fetch",
    method="GET",
    product="insights",
    path="/v1/Conferences/{ConferenceSid}",
    spec="insights_v1",
    record=Conference,
)


_LIST_LIST: Operation[Conference] = Operation(
    id="insights.v1.conferences.list",
    method="GET",
    product="insights",
    path="/v1/Conferences",
    spec="insights_v1",
    record=Conference,
    query={
        "conference_sid": "ConferenceSid",
        "friendly_name": "FriendlyName",
        "status": "Status",
        "created_after": "CreatedAfter",
        "created_before": "CreatedBefore",
        "mixer_region": "MixerRegion",
        "tags": "Tags",
        "subaccount": "Subaccount",
        "detected_issues": "DetectedIssues",
        "end_reason": "EndReason",
    },
    paging="meta",
    envelope="conferences",
)


class ConferenceContext(Resource):
    """One ``Conferences`` record: conference_sid."""

    _path = "/v1/Conferences/{ConferenceSid}"

    @property
    def conference_sid(self) -> str:
        """The ``conference_sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Conference:
        """Get a specific Conference Summary."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def conference_participants(self) -> ConferenceParticipantList:
        """``Conferences/ConferenceSid/Participants``."""
        from twilio_async.rest.insights.v1.conferences_participants import ConferenceParticipantList

        return self._child(ConferenceParticipantList)


class ConferenceList(Resource):
    """``Conferences`` (call it with a conference_sid)."""

    _path = "/v1/Conferences"

    def __call__(self, conference_sid: str) -> ConferenceContext:
        """The record with this ``conference_sid``."""
        return self._child(ConferenceContext, conference_sid=conference_sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ConferenceListParams],
    ) -> AsyncIterator[Conference]:
        """Get a list of Conference Summaries. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ConferenceListParams],
    ) -> Page[Conference]:
        """Get a list of Conference Summaries. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ConferenceListParams],
    ) -> list[Conference]:
        """Get a list of Conference Summaries. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
