# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: EncryptedSentences (Transcripts/TranscriptSid/Sentences/Encrypted) on intelligence.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "EncryptedSentences",
    "EncryptedSentencesContext",
    "EncryptedSentencesFetchParams",
    "EncryptedSentencesList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class EncryptedSentences(Record):
    """Record ``intelligence.v2.transcript.encrypted_sentences`` (every field but ``transcript_sid``, ``url`` may be ``None``)."""

    location: str | None = None
    transcript_sid: str
    url: str


class EncryptedSentencesFetchParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.transcripts.encrypted_sentences.fetch`` (``FetchEncryptedSentences``)."""

    redacted: bool
    """Grant access to PII Redacted/Unredacted Sentences."""


_CONTEXT_FETCH: Operation[EncryptedSentences] = Operation(
    id="intelligence.v2.transcripts.encrypted_sentences.fetch",
    method="GET",
    product="intelligence",
    path="/v2/Transcripts/{TranscriptSid}/Sentences/Encrypted",
    spec="intelligence_v2",
    record=EncryptedSentences,
    query={
        "redacted": "Redacted",
    },
)


class EncryptedSentencesContext(Resource):
    """One ``Transcripts/TranscriptSid/Sentences/Encrypted`` record."""

    _path = "/v2/Transcripts/{TranscriptSid}/Sentences/Encrypted"

    async def fetch(self, **params: Unpack[EncryptedSentencesFetchParams]) -> EncryptedSentences:
        """Fetch Public Key Encrypted Sentences by TranscriptSid."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class EncryptedSentencesList(Resource):
    """``Transcripts/TranscriptSid/Sentences/Encrypted``."""

    def __call__(self) -> EncryptedSentencesContext:
        """The one record of this resource."""
        return self._child(EncryptedSentencesContext)
