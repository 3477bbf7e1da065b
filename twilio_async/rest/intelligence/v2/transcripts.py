# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: Transcript (Transcripts) on intelligence.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
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
    from twilio_async.rest.intelligence.v2.transcripts_media import MediaList
    from twilio_async.rest.intelligence.v2.transcripts_operator_results import OperatorResultList
    from twilio_async.rest.intelligence.v2.transcripts_operator_results_encrypted import (
        EncryptedOperatorResultsList,
    )
    from twilio_async.rest.intelligence.v2.transcripts_sentences import SentenceList
    from twilio_async.rest.intelligence.v2.transcripts_sentences_encrypted import (
        EncryptedSentencesList,
    )

__all__ = [
    "Transcript",
    "TranscriptContext",
    "TranscriptCreateParams",
    "TranscriptList",
    "TranscriptListParams",
    "TranscriptStatus",
]


class TranscriptStatus(OpenEnum):
    """``transcript_enum_status``."""

    QUEUED = "queued"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    NEW = "new"
    FAILED = "failed"
    CANCELED = "canceled"
    ERROR = "error"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Transcript(Record):
    """Record ``intelligence.v2.transcript`` (every field but ``account_sid``, ``sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    service_sid: str | None = None
    sid: str
    date_created: datetime
    date_updated: datetime | None = None
    status: TranscriptStatus | None = None
    channel: Any | None = None
    data_logging: bool | None = None
    language_code: str | None = None
    customer_key: str | None = None
    media_start_time: datetime | None = None
    duration: int | None = None
    url: str
    redaction: bool | None = None
    encryption_credential_sid: str | None = None
    links: dict[str, Any] | None = None


class TranscriptListParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.transcripts.list`` (``ListTranscript``)."""

    service_sid: str
    """The unique SID identifier of the Service."""
    before_start_time: str
    """Filter by before StartTime."""
    after_start_time: str
    """Filter by after StartTime."""
    before_date_created: str
    """Filter by before DateCreated."""
    after_date_created: str
    """Filter by after DateCreated."""
    status: str
    """Filter by status."""
    language_code: str
    """Filter by Language Code."""
    source_sid: str
    """Filter by SourceSid."""


class TranscriptCreateParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.transcripts.create`` (``CreateTranscript``)."""

    service_sid: Required[str]
    """The unique SID identifier of the Service."""
    channel: Required[Any]
    """JSON object describing Media Channel including Source and Participants."""
    customer_key: str
    """Used to store client provided metadata."""
    media_start_time: datetime
    """The date that this Transcript's media was started, given in ISO 8601 format."""


_LIST_LIST: Operation[Transcript] = Operation(
    id="intelligence.v2.transcripts.list",
    method="GET",
    product="intelligence",
    path="/v2/Transcripts",
    spec="intelligence_v2",
    record=Transcript,
    query={
        "service_sid": "ServiceSid",
        "before_start_time": "BeforeStartTime",
        "after_start_time": "AfterStartTime",
        "before_date_created": "BeforeDateCreated",
        "after_date_created": "AfterDateCreated",
        "status": "Status",
        "language_code": "LanguageCode",
        "source_sid": "SourceSid",
    },
    paging="meta",
    envelope="transcripts",
)


_LIST_CREATE: Operation[Transcript] = Operation(
    id="intelligence.v2.transcripts.create",
    method="POST",
    product="intelligence",
    path="/v2/Transcripts",
    spec="intelligence_v2",
    record=Transcript,
    form={
        "service_sid": "ServiceSid",
        "channel": "Channel",
        "customer_key": "CustomerKey",
        "media_start_time": "MediaStartTime",
    },
    required=frozenset(["channel", "service_sid"]),
    encode={
        "channel": "json",
    },
)


_CONTEXT_FETCH: Operation[Transcript] = Operation(
    id="intelligence.v2.transcripts.fetch",
    method="GET",
    product="intelligence",
    path="/v2/Transcripts/{Sid}",
    spec="intelligence_v2",
    record=Transcript,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="intelligence.v2.transcripts.delete",
    method="DELETE",
    product="intelligence",
    path="/v2/Transcripts/{Sid}",
    spec="intelligence_v2",
)


class TranscriptContext(Resource):
    """One ``Transcripts`` record: sid."""

    _path = "/v2/Transcripts/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Transcript:
        """Fetch a specific Transcript."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a specific Transcript."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def encrypted_operator_results(self) -> EncryptedOperatorResultsList:
        """``Transcripts/TranscriptSid/OperatorResults/Encrypted``."""
        from twilio_async.rest.intelligence.v2.transcripts_operator_results_encrypted import (
            EncryptedOperatorResultsList,
        )

        return self._child(EncryptedOperatorResultsList)

    @property
    def encrypted_sentences(self) -> EncryptedSentencesList:
        """``Transcripts/TranscriptSid/Sentences/Encrypted``."""
        from twilio_async.rest.intelligence.v2.transcripts_sentences_encrypted import (
            EncryptedSentencesList,
        )

        return self._child(EncryptedSentencesList)

    @property
    def media(self) -> MediaList:
        """``Transcripts/Sid/Media``."""
        from twilio_async.rest.intelligence.v2.transcripts_media import MediaList

        return self._child(MediaList)

    @property
    def operator_results(self) -> OperatorResultList:
        """``Transcripts/TranscriptSid/OperatorResults``."""
        from twilio_async.rest.intelligence.v2.transcripts_operator_results import (
            OperatorResultList,
        )

        return self._child(OperatorResultList)

    @property
    def sentences(self) -> SentenceList:
        """``Transcripts/TranscriptSid/Sentences``."""
        from twilio_async.rest.intelligence.v2.transcripts_sentences import SentenceList

        return self._child(SentenceList)


class TranscriptList(CreateMany[TranscriptCreateParams, Transcript], Resource):
    """``Transcripts`` (call it with a sid)."""

    _path = "/v2/Transcripts"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TranscriptContext:
        """The record with this ``sid``."""
        return self._child(TranscriptContext, sid=sid)

    async def create(self, **params: Unpack[TranscriptCreateParams]) -> Transcript:
        """Create a new Transcript for the service."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TranscriptListParams],
    ) -> AsyncIterator[Transcript]:
        """Retrieve a list of Transcripts for a given service. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[TranscriptListParams],
    ) -> Page[Transcript]:
        """Retrieve a list of Transcripts for a given service. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TranscriptListParams],
    ) -> list[Transcript]:
        """Retrieve a list of Transcripts for a given service. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
