# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: OperatorResult (Transcripts/TranscriptSid/OperatorResults) on intelligence.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "OperatorResult",
    "OperatorResultContext",
    "OperatorResultFetchParams",
    "OperatorResultList",
    "OperatorResultListParams",
    "OperatorResultOperatorType",
]


class OperatorResultOperatorType(OpenEnum):
    """``operator_result_enum_operator_type``."""

    CONVERSATION_CLASSIFY = "conversation-classify"
    UTTERANCE_CLASSIFY = "utterance-classify"
    EXTRACT = "extract"
    EXTRACT_NORMALIZE = "extract-normalize"
    PII_EXTRACT = "pii-extract"
    TEXT_GENERATION = "text-generation"
    JSON = "json"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class OperatorResult(Record):
    """Record ``intelligence.v2.transcript.operator_result`` (every field but ``operator_sid``, ``transcript_sid``, ``url`` may be ``None``)."""

    operator_type: OperatorResultOperatorType | None = None
    name: str | None = None
    operator_sid: str
    extract_match: bool | None = None
    match_probability: float | None = None
    normalized_result: str | None = None
    utterance_results: list[Any] | None = None
    utterance_match: bool | None = None
    predicted_label: str | None = None
    predicted_probability: float | None = None
    label_probabilities: Any | None = None
    extract_results: Any | None = None
    text_generation_results: Any | None = None
    json_results: Any | None = None
    transcript_sid: str
    url: str


class OperatorResultListParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.transcripts.operator_results.list`` (``ListOperatorResult``)."""

    redacted: bool
    """Grant access to PII redacted/unredacted Language Understanding operator."""


class OperatorResultFetchParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.transcripts.operator_results.fetch`` (``FetchOperatorResult``)."""

    redacted: bool
    """Grant access to PII redacted/unredacted Language Understanding operator."""


_LIST_LIST: Operation[OperatorResult] = Operation(
    id="intelligence.v2.transcripts.operator_results.list",
    method="GET",
    product="intelligence",
    path="/v2/Transcripts/{TranscriptSid}/OperatorResults",
    spec="intelligence_v2",
    record=OperatorResult,
    query={
        "redacted": "Redacted",
    },
    paging="meta",
    envelope="operator_results",
)


_CONTEXT_FETCH: Operation[OperatorResult] = Operation(
    id="intelligence.v2.transcripts.operator_results.fetch",
    method="GET",
    product="intelligence",
    path="/v2/Transcripts/{TranscriptSid}/OperatorResults/{OperatorSid}",
    spec="intelligence_v2",
    record=OperatorResult,
    query={
        "redacted": "Redacted",
    },
)


class OperatorResultContext(Resource):
    """One ``Transcripts/TranscriptSid/OperatorResults`` record: operator_sid."""

    _path = "/v2/Transcripts/{TranscriptSid}/OperatorResults/{OperatorSid}"

    @property
    def operator_sid(self) -> str:
        """The ``operator_sid`` this context points at."""
        return self._values[1]

    async def fetch(self, **params: Unpack[OperatorResultFetchParams]) -> OperatorResult:
        """Fetch a specific Operator Result for the given Transcript."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class OperatorResultList(Resource):
    """``Transcripts/TranscriptSid/OperatorResults`` (call it with a operator_sid)."""

    _path = "/v2/Transcripts/{TranscriptSid}/OperatorResults"

    def __call__(self, operator_sid: str) -> OperatorResultContext:
        """The record with this ``operator_sid``."""
        return self._child(OperatorResultContext, operator_sid=operator_sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[OperatorResultListParams],
    ) -> AsyncIterator[OperatorResult]:
        """Retrieve a list of Operator Results for the given Transcript. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[OperatorResultListParams],
    ) -> Page[OperatorResult]:
        """Retrieve a list of Operator Results for the given Transcript. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[OperatorResultListParams],
    ) -> list[OperatorResult]:
        """Retrieve a list of Operator Results for the given Transcript. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
