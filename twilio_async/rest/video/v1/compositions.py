# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: Composition (Compositions) on video.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import date, datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Composition",
    "CompositionContext",
    "CompositionCreateParams",
    "CompositionFormat",
    "CompositionList",
    "CompositionListParams",
    "CompositionStatus",
]


class CompositionFormat(OpenEnum):
    """``composition_enum_format``."""

    MP4 = "mp4"
    WEBM = "webm"


class CompositionStatus(OpenEnum):
    """``composition_enum_status``."""

    ENQUEUED = "enqueued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    DELETED = "deleted"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Composition(Record):
    """Record ``video.v1.composition`` (every field but ``account_sid``, ``date_created``, ``sid``, ``url`` may be ``None``)."""

    account_sid: str
    status: CompositionStatus | None = None
    date_created: datetime
    date_completed: datetime | None = None
    date_deleted: datetime | None = None
    sid: str
    room_sid: str | None = None
    audio_sources: list[str] | None = None
    audio_sources_excluded: list[str] | None = None
    video_layout: Any | None = None
    resolution: str | None = None
    trim: bool | None = None
    format: CompositionFormat | None = None
    bitrate: int | None = None
    size: int | None = None
    duration: int | None = None
    media_external_location: str | None = None
    status_callback: str | None = None
    status_callback_method: HttpMethod | None = None
    url: str
    links: dict[str, Any] | None = None


class CompositionListParams(TypedDict, total=False):
    """Keywords of ``video.v1.compositions.list`` (``ListComposition``)."""

    status: str
    """Read only Composition resources with this status."""
    date_created_after: datetime | date
    """Read only Composition resources created on or after this ISO 8601 date-time with time zone."""
    date_created_before: datetime | date
    """Read only Composition resources created before this ISO 8601 date-time with time zone."""
    room_sid: str
    """Read only Composition resources with this Room SID."""


class CompositionCreateParams(TypedDict, total=False):
    """Keywords of ``video.v1.compositions.create`` (``CreateComposition``)."""

    room_sid: Required[str]
    """The SID of the Group Room with the media tracks to be used as composition sources."""
    video_layout: Any
    """An object that describes the video layout of the composition in terms of regions."""
    audio_sources: Sequence[str]
    """An array of track names from the same group room to merge into the new composition."""
    audio_sources_excluded: Sequence[str]
    """An array of track names to exclude."""
    resolution: str
    """A string that describes the columns (width) and rows (height) of the generated composed video in pixels."""
    format: str
    status_callback: str
    """The URL we should call using the `status_callback_method` to send status information to your application on every composition event."""
    status_callback_method: str
    """The HTTP method we should use to call `status_callback`."""
    trim: bool
    """Whether to clip the intervals where there is no active media in the composition."""


_CONTEXT_FETCH: Operation[Composition] = Operation(
    id="video.v1.compositions.fetch",
    method="GET",
    product="video",
    path="/v1/Compositions/{Sid}",
    spec="video_v1",
    record=Composition,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="video.v1.compositions.delete",
    method="DELETE",
    product="video",
    path="/v1/Compositions/{Sid}",
    spec="video_v1",
)


_LIST_LIST: Operation[Composition] = Operation(
    id="video.v1.compositions.list",
    method="GET",
    product="video",
    path="/v1/Compositions",
    spec="video_v1",
    record=Composition,
    query={
        "status": "Status",
        "date_created_after": "DateCreatedAfter",
        "date_created_before": "DateCreatedBefore",
        "room_sid": "RoomSid",
    },
    paging="meta",
    envelope="compositions",
    max_page_size=100,
)


_LIST_CREATE: Operation[Composition] = Operation(
    id="video.v1.compositions.create",
    method="POST",
    product="video",
    path="/v1/Compositions",
    spec="video_v1",
    record=Composition,
    form={
        "room_sid": "RoomSid",
        "video_layout": "VideoLayout",
        "audio_sources": "AudioSources",
        "audio_sources_excluded": "AudioSourcesExcluded",
        "resolution": "Resolution",
        "format": "Format",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
        "trim": "Trim",
    },
    required=frozenset(["room_sid"]),
    encode={
        "video_layout": "json",
    },
)


class CompositionContext(Resource):
    """One ``Compositions`` record: sid."""

    _path = "/v1/Compositions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Composition:
        """Returns a single Composition resource identified by a Composition SID."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a Recording Composition resource identified by a Composition SID."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class CompositionList(CreateMany[CompositionCreateParams, Composition], Resource):
    """``Compositions`` (call it with a sid)."""

    _path = "/v1/Compositions"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CompositionContext:
        """The record with this ``sid``."""
        return self._child(CompositionContext, sid=sid)

    async def create(self, **params: Unpack[CompositionCreateParams]) -> Composition:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CompositionListParams],
    ) -> AsyncIterator[Composition]:
        """List of all Recording compositions. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CompositionListParams],
    ) -> Page[Composition]:
        """List of all Recording compositions. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CompositionListParams],
    ) -> list[Composition]:
        """List of all Recording compositions. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
