# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1: CompositionHook (CompositionHooks) on video.twilio.com."""

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
    "CompositionHook",
    "CompositionHookContext",
    "CompositionHookCreateParams",
    "CompositionHookFormat",
    "CompositionHookList",
    "CompositionHookListParams",
    "CompositionHookUpdateParams",
]


class CompositionHookFormat(OpenEnum):
    """``composition_hook_enum_format``."""

    MP4 = "mp4"
    WEBM = "webm"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CompositionHook(Record):
    """Record ``video.v1.composition_hook`` (every field but ``account_sid``, ``date_created``, ``sid``, ``url`` may be ``None``)."""

    account_sid: str
    friendly_name: str | None = None
    enabled: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    sid: str
    audio_sources: list[str] | None = None
    audio_sources_excluded: list[str] | None = None
    video_layout: Any | None = None
    resolution: str | None = None
    trim: bool | None = None
    format: CompositionHookFormat | None = None
    status_callback: str | None = None
    status_callback_method: HttpMethod | None = None
    url: str


class CompositionHookUpdateParams(TypedDict, total=False):
    """Keywords of ``video.v1.composition_hooks.update`` (``UpdateCompositionHook``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the resource."""
    enabled: bool
    """Whether the composition hook is active."""
    video_layout: Any
    """A JSON object that describes the video layout of the composition hook in terms of regions."""
    audio_sources: Sequence[str]
    """An array of track names from the same group room to merge into the compositions created by the composition hook."""
    audio_sources_excluded: Sequence[str]
    """An array of track names to exclude."""
    trim: bool
    """Whether to clip the intervals where there is no active media in the compositions triggered by the composition hook."""
    format: str
    resolution: str
    """A string that describes the columns (width) and rows (height) of the generated composed video in pixels."""
    status_callback: str
    """The URL we should call using the `status_callback_method` to send status information to your application on every composition event."""
    status_callback_method: str
    """The HTTP method we should use to call `status_callback`."""


class CompositionHookListParams(TypedDict, total=False):
    """Keywords of ``video.v1.composition_hooks.list`` (``ListCompositionHook``)."""

    enabled: bool
    """Read only CompositionHook resources with an `enabled` value that matches this parameter."""
    date_created_after: datetime | date
    """Read only CompositionHook resources created on or after this ISO 8601 datetime with time zone."""
    date_created_before: datetime | date
    """Read only CompositionHook resources created before this ISO 8601 datetime with time zone."""
    friendly_name: str
    """Read only CompositionHook resources with friendly names that match this string."""


class CompositionHookCreateParams(TypedDict, total=False):
    """Keywords of ``video.v1.composition_hooks.create`` (``CreateCompositionHook``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the resource."""
    enabled: bool
    """Whether the composition hook is active."""
    video_layout: Any
    """An object that describes the video layout of the composition hook in terms of regions."""
    audio_sources: Sequence[str]
    """An array of track names from the same group room to merge into the compositions created by the composition hook."""
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
    """Whether to clip the intervals where there is no active media in the Compositions triggered by the composition hook."""


_CONTEXT_FETCH: Operation[CompositionHook] = Operation(
    id="video.v1.composition_hooks.fetch",
    method="GET",
    product="video",
    path="/v1/CompositionHooks/{Sid}",
    spec="video_v1",
    record=CompositionHook,
)


_CONTEXT_UPDATE: Operation[CompositionHook] = Operation(
    id="video.v1.composition_hooks.update",
    method="POST",
    product="video",
    path="/v1/CompositionHooks/{Sid}",
    spec="video_v1",
    record=CompositionHook,
    form={
        "friendly_name": "FriendlyName",
        "enabled": "Enabled",
        "video_layout": "VideoLayout",
        "audio_sources": "AudioSources",
        "audio_sources_excluded": "AudioSourcesExcluded",
        "trim": "Trim",
        "format": "Format",
        "resolution": "Resolution",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
    },
    required=frozenset(["friendly_name"]),
    encode={
        "video_layout": "json",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="video.v1.composition_hooks.delete",
    method="DELETE",
    product="video",
    path="/v1/CompositionHooks/{Sid}",
    spec="video_v1",
)


_LIST_LIST: Operation[CompositionHook] = Operation(
    id="video.v1.composition_hooks.list",
    method="GET",
    product="video",
    path="/v1/CompositionHooks",
    spec="video_v1",
    record=CompositionHook,
    query={
        "enabled": "Enabled",
        "date_created_after": "DateCreatedAfter",
        "date_created_before": "DateCreatedBefore",
        "friendly_name": "FriendlyName",
    },
    paging="meta",
    envelope="composition_hooks",
)


_LIST_CREATE: Operation[CompositionHook] = Operation(
    id="video.v1.composition_hooks.create",
    method="POST",
    product="video",
    path="/v1/CompositionHooks",
    spec="video_v1",
    record=CompositionHook,
    form={
        "friendly_name": "FriendlyName",
        "enabled": "Enabled",
        "video_layout": "VideoLayout",
        "audio_sources": "AudioSources",
        "audio_sources_excluded": "AudioSourcesExcluded",
        "resolution": "Resolution",
        "format": "Format",
        "status_callback": "StatusCallback",
        "status_callback_method": "StatusCallbackMethod",
        "trim": "Trim",
    },
    required=frozenset(["friendly_name"]),
    encode={
        "video_layout": "json",
    },
)


class CompositionHookContext(Resource):
    """One ``CompositionHooks`` record: sid."""

    _path = "/v1/CompositionHooks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> CompositionHook:
        """Returns a single CompositionHook resource identified by a CompositionHook SID."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[CompositionHookUpdateParams]) -> CompositionHook:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a Recording CompositionHook resource identified by a `CompositionHook SID`."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class CompositionHookList(CreateMany[CompositionHookCreateParams, CompositionHook], Resource):
    """``CompositionHooks`` (call it with a sid)."""

    _path = "/v1/CompositionHooks"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CompositionHookContext:
        """The record with this ``sid``."""
        return self._child(CompositionHookContext, sid=sid)

    async def create(self, **params: Unpack[CompositionHookCreateParams]) -> CompositionHook:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CompositionHookListParams],
    ) -> AsyncIterator[CompositionHook]:
        """List of all Recording CompositionHook resources. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[CompositionHookListParams],
    ) -> Page[CompositionHook]:
        """List of all Recording CompositionHook resources. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[CompositionHookListParams],
    ) -> list[CompositionHook]:
        """List of all Recording CompositionHook resources. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
