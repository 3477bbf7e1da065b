# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: Sentence (Transcripts/TranscriptSid/Sentences) on intelligence.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Sentence", "SentenceList", "SentenceListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Sentence(Record):
    """Record ``intelligence.v2.transcript.sentence`` (every field may be ``None``)."""

    media_channel: int | None = None
    sentence_index: int | None = None
    start_time: str | None = None
    end_time: str | None = None
    transcript: str | None = attrs.field(default=None, repr=False)
    sid: str | None = None
    confidence: str | None = None
    words: list[Any] | None = None


class SentenceListParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.transcripts.sentences.list`` (``ListSentence``)."""

    redacted: bool
    """Grant access to PII Redacted/Unredacted Sentences."""
    word_timestamps: bool
    """Returns word level timestamps information, if word_timestamps is enabled."""


_LIST_LIST: Operation[Sentence] = Operation(
    id="intelligence.v2.transcripts.sentences.list",
    method="GET",
    product="intelligence",
    path="/v2/Transcripts/{TranscriptSid}/Sentences",
    spec="intelligence_v2",
    record=Sentence,
    query={
        "redacted": "Redacted",
        "word_timestamps": "WordTimestamps",
    },
    paging="meta",
    envelope="sentences",
    max_page_size=5000,
)


class SentenceList(Resource):
    """``Transcripts/TranscriptSid/Sentences``."""

    _path = "/v2/Transcripts/{TranscriptSid}/Sentences"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SentenceListParams],
    ) -> AsyncIterator[Sentence]:
        """Get all Transcript Sentences by TranscriptSid. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SentenceListParams],
    ) -> Page[Sentence]:
        """Get all Transcript Sentences by TranscriptSid. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SentenceListParams],
    ) -> list[Sentence]:
        """Get all Transcript Sentences by TranscriptSid. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
