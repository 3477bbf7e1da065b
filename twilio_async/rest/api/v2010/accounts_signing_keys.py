# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: SigningKey (Accounts/AccountSid/SigningKeys) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["SigningKey", "SigningKeyContext", "SigningKeyList", "SigningKeyUpdateParams"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SigningKey(Record):
    """Record ``api.v2010.account.signing_key`` (every field but ``sid``, ``date_created`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None


class SigningKeyUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.signing_keys.update`` (``UpdateSigningKey``)."""

    friendly_name: str


_LIST_LIST: Operation[SigningKey] = Operation(
    id="api.v2010.accounts.signing_keys.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SigningKeys.json",
    spec="api_v2010",
    record=SigningKey,
    paging="v2010",
    envelope="signing_keys",
)


_CONTEXT_FETCH: Operation[SigningKey] = Operation(
    id="api.v2010.accounts.signing_keys.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json",
    spec="api_v2010",
    record=SigningKey,
)


_CONTEXT_UPDATE: Operation[SigningKey] = Operation(
    id="api.v2010.accounts.signing_keys.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json",
    spec="api_v2010",
    record=SigningKey,
    form={
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.signing_keys.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json",
    spec="api_v2010",
)


class SigningKeyContext(Resource):
    """One ``Accounts/AccountSid/SigningKeys`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SigningKeys/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> SigningKey:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[SigningKeyUpdateParams]) -> SigningKey:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class SigningKeyList(Resource):
    """``Accounts/AccountSid/SigningKeys`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SigningKeys.json"

    def __call__(self, sid: str) -> SigningKeyContext:
        """The record with this ``sid``."""
        return self._child(SigningKeyContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SigningKey]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SigningKey]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SigningKey]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
