# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Key (Accounts/AccountSid/Keys) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Key", "KeyContext", "KeyList", "KeyUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Key(Record):
    """Record ``api.v2010.account.key`` (every field but ``sid``, ``date_created`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None


class KeyUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.keys.update`` (``UpdateKey``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""


_CONTEXT_FETCH: Operation[Key] = Operation(
    id="api.v2010.accounts.keys.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json",
    spec="api_v2010",
    record=Key,
)


_CONTEXT_UPDATE: Operation[Key] = Operation(
    id="api.v2010.accounts.keys.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json",
    spec="api_v2010",
    record=Key,
    form={
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.keys.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[Key] = Operation(
    id="api.v2010.accounts.keys.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Keys.json",
    spec="api_v2010",
    record=Key,
    paging="v2010",
    envelope="keys",
)


class KeyContext(Resource):
    """One ``Accounts/AccountSid/Keys`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Keys/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Key:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[KeyUpdateParams]) -> Key:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class KeyList(Resource):
    """``Accounts/AccountSid/Keys`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Keys.json"

    def __call__(self, sid: str) -> KeyContext:
        """The record with this ``sid``."""
        return self._child(KeyContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Key]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Key]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Key]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
