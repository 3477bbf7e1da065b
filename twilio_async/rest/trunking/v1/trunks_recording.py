# Generated from specs/twilio-oai/twilio_trunking_v1.json by codegen; do not edit.
"""Trunking v1: Recording (Trunks/TrunkSid/Recording) on trunking.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "Recording",
    "RecordingContext",
    "RecordingList",
    "RecordingRecordingMode",
    "RecordingRecordingTrim",
    "RecordingUpdateParams",
]


class RecordingRecordingMode(OpenEnum):
    """``recording_enum_recording_mode``."""

    DO_NOT_RECORD = "do-not-record"
    RECORD_FROM_RINGING = "record-from-ringing"
    RECORD_FROM_ANSWER = "record-from-answer"
    RECORD_FROM_RINGING_DUAL = "record-from-ringing-dual"
    RECORD_FROM_ANSWER_DUAL = "record-from-answer-dual"


class RecordingRecordingTrim(OpenEnum):
    """``recording_enum_recording_trim``."""

    TRIM_SILENCE = "trim-silence"
    DO_NOT_TRIM = "do-not-trim"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Recording(Record):
    """Record ``trunking.v1.trunk.recording`` (every field may be ``None``)."""

    mode: RecordingRecordingMode | None = None
    trim: RecordingRecordingTrim | None = None


class RecordingUpdateParams(TypedDict, total=False):
    """Keywords of ``trunking.v1.trunks.recordings.update`` (``UpdateRecording``)."""

    mode: str
    trim: str


_CONTEXT_FETCH: Operation[Recording] = Operation(
    id="trunking.v1.trunks.recordings.fetch",
    method="GET",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/Recording",
    spec="trunking_v1",
    record=Recording,
)


_CONTEXT_UPDATE: Operation[Recording] = Operation(
    id="trunking.v1.trunks.recordings.update",
    method="POST",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/Recording",
    spec="trunking_v1",
    record=Recording,
    form={
        "mode": "Mode",
        "trim": "Trim",
    },
)


class RecordingContext(Resource):
    """One ``Trunks/TrunkSid/Recording`` record."""

    _path = "/v1/Trunks/{TrunkSid}/Recording"

    async def fetch(self) -> Recording:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[RecordingUpdateParams]) -> Recording:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class RecordingList(Resource):
    """``Trunks/TrunkSid/Recording``."""

    def __call__(self) -> RecordingContext:
        """The one record of this resource."""
        return self._child(RecordingContext)
