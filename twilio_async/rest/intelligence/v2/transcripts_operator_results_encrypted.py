# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: EncryptedOperatorResults (Transcripts/TranscriptSid/OperatorResults/Encrypted) on intelligence.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "EncryptedOperatorResults",
    "EncryptedOperatorResultsContext",
    "EncryptedOperatorResultsFetchParams",
    "EncryptedOperatorResultsList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class EncryptedOperatorResults(Record):
    """Record ``intelligence.v2.transcript.encrypted_operator_results`` (every field but ``transcript_sid``, ``url`` may be ``None``)."""

    locations: list[str] | None = None
    transcript_sid: str
    url: str


class EncryptedOperatorResultsFetchParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.transcripts.encrypted_operator_results.fetch`` (``FetchEncryptedOperatorResults``)."""

    redacted: bool
    """Grant access to PII Redacted/Unredacted Operator Results."""


_CONTEXT_FETCH: Operation[EncryptedOperatorResults] = Operation(
    id="intelligence.v2.transcripts.encrypted_operator_results.fetch",
    method="GET",
    product="intelligence",
    path="/v2/Transcripts/{TranscriptSid}/OperatorResults/Encrypted",
    spec="intelligence_v2",
    record=EncryptedOperatorResults,
    query={
        "redacted": "Redacted",
    },
)


class EncryptedOperatorResultsContext(Resource):
    """One ``Transcripts/TranscriptSid/OperatorResults/Encrypted`` record."""

    _path = "/v2/Transcripts/{TranscriptSid}/OperatorResults/Encrypted"

    async def fetch(
        self, **params: Unpack[EncryptedOperatorResultsFetchParams]
    ) -> EncryptedOperatorResults:
        """Fetch Public Key Encrypted Operator Results by TranscriptSid."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class EncryptedOperatorResultsList(Resource):
    """``Transcripts/TranscriptSid/OperatorResults/Encrypted``."""

    def __call__(self) -> EncryptedOperatorResultsContext:
        """The one record of this resource."""
        return self._child(EncryptedOperatorResultsContext)
