# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: Media (Transcripts/Sid/Media) on intelligence.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Media", "MediaContext", "MediaFetchParams", "MediaList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Media(Record):
    """Record ``intelligence.v2.transcript.media`` (every field but ``account_sid``, ``sid``, ``url`` may be ``None``)."""

    account_sid: str
    media_url: str | None = None
    service_sid: str | None = None
    sid: str
    url: str


class MediaFetchParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.transcripts.media.fetch`` (``FetchMedia``)."""

    redacted: bool
    """Grant access to PII Redacted/Unredacted Media."""


_CONTEXT_FETCH: Operation[Media] = Operation(
    id="intelligence.v2.transcripts.media.fetch",
    method="GET",
    product="intelligence",
    path="/v2/Transcripts/{Sid}/Media",
    spec="intelligence_v2",
    record=Media,
    query={
        "redacted": "Redacted",
    },
)


class MediaContext(Resource):
    """One ``Transcripts/Sid/Media`` record."""

    _path = "/v2/Transcripts/{Sid}/Media"

    async def fetch(self, **params: Unpack[MediaFetchParams]) -> Media:
        """Get download URLs for media if possible."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class MediaList(Resource):
    """``Transcripts/Sid/Media``."""

    def __call__(self) -> MediaContext:
        """The one record of this resource."""
        return self._child(MediaContext)
