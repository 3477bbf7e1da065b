# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Media (Accounts/AccountSid/Messages/MessageSid/Media) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Media", "MediaContext", "MediaList", "MediaListParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Media(Record):
    """Record ``api.v2010.account.message.media`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    content_type: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    parent_sid: str | None = None
    sid: str
    uri: str | None = None


class MediaListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.messages.media.list`` (``ListMedia``)."""

    date_created: datetime | date
    """Only include Media resources that were created on this date."""
    date_created_before: datetime | date
    """Only include Media resources that were created on this date."""
    date_created_after: datetime | date
    """Only include Media resources that were created on this date."""


_CONTEXT_FETCH: Operation[Media] = Operation(
    id="api.v2010.accounts.messages.media.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json",
    spec="api_v2010",
    record=Media,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.messages.media.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[Media] = Operation(
    id="api.v2010.accounts.messages.media.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json",
    spec="api_v2010",
    record=Media,
    query={
        "date_created": "DateCreated",
        "date_created_before": "DateCreated<",
        "date_created_after": "DateCreated>",
    },
    paging="v2010",
    envelope="media_list",
)


class MediaContext(Resource):
    """One ``Accounts/AccountSid/Messages/MessageSid/Media`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Media:
        """Fetch a single Media resource associated with a specific Message resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete the Media resource."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class MediaList(Resource):
    """``Accounts/AccountSid/Messages/MessageSid/Media`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Messages/{MessageSid}/Media.json"

    def __call__(self, sid: str) -> MediaContext:
        """The record with this ``sid``."""
        return self._child(MediaContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MediaListParams],
    ) -> AsyncIterator[Media]:
        """Read a list of Media resources associated with a specific Message resource. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[MediaListParams],
    ) -> Page[Media]:
        """Read a list of Media resources associated with a specific Message resource. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[MediaListParams],
    ) -> list[Media]:
        """Read a list of Media resources associated with a specific Message resource. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
