# Generated from specs/twilio-oai/twilio_iam_v1.json by codegen; do not edit.
"""Iam v1: GetApiKeys (Keys) on iam.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import HttpInfo, Operation, Resource
from twilio_async._resource import Page
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "GetApiKeysContext",
    "GetApiKeysList",
    "GetApiKeysListParams",
    "GetApiKeysUpdateParams",
    "GetKeys",
    "Key",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class GetKeys:
    """Record ``iam.v1.get_keys`` (every field may be ``None``)."""

    sid: str | None = None
    friendly_name: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    flags: list[str] | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Key:
    """Record ``iam.v1.key`` (every field may be ``None``)."""

    sid: str | None = None
    friendly_name: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    policy: dict[str, Any] | None = None


class GetApiKeysListParams(TypedDict, total=False):
    """Keywords of ``iam.v1.api_key.list`` (``ListGetKeys``)."""

    account_sid: Required[str]
    """The SID of the Account that created the Payments resource."""


class GetApiKeysUpdateParams(TypedDict, total=False):
    """Keywords of ``iam.v1.api_key.update`` (``UpdateKey``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    policy: Any
    """The \\`Policy\\` object is a collection that specifies the allowed Twilio permissions for the restricted key."""


_LIST_LIST: Operation[GetKeys] = Operation(
    id="iam.v1.api_key.list",
    method="GET",
    product="iam",
    path="/v1/Keys",
    spec="iam_v1",
    record=GetKeys,
    query={
        "account_sid": "AccountSid",
    },
    required=frozenset(["account_sid"]),
    paging="meta",
    envelope="keys",
)


_CONTEXT_FETCH: Operation[Key] = Operation(
    id="iam.v1.api_key.fetch",
    method="GET",
    product="iam",
    path="/v1/Keys/{Sid}",
    spec="iam_v1",
    record=Key,
)


_CONTEXT_UPDATE: Operation[Key] = Operation(
    id="iam.v1.api_key.update",
    method="POST",
    product="iam",
    path="/v1/Keys/{Sid}",
    spec="iam_v1",
    record=Key,
    form={
        "friendly_name": "FriendlyName",
        "policy": "Policy",
    },
    encode={
        "policy": "json",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="iam.v1.api_key.delete",
    method="DELETE",
    product="iam",
    path="/v1/Keys/{Sid}",
    spec="iam_v1",
)


class GetApiKeysContext(Resource):
    """One ``Keys`` record: sid."""

    _path = "/v1/Keys/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Key:
        """Fetch a specific Key."""
        return await self._call(_CONTEXT_FETCH, {})

    async def fetch_with_http_info(self) -> HttpInfo[Key]:
        """Like ``fetch``, with the status code and response headers."""
        return await self._call_info(_CONTEXT_FETCH, {})

    async def update(self, **params: Unpack[GetApiKeysUpdateParams]) -> Key:
        """Update a specific Key."""
        return await self._call(_CONTEXT_UPDATE, params)

    async def update_with_http_info(
        self, **params: Unpack[GetApiKeysUpdateParams]
    ) -> HttpInfo[Key]:
        """Like ``update``, with the status code and response headers."""
        return await self._call_info(_CONTEXT_UPDATE, params)

    async def delete(self) -> bool:
        """Delete a specific Key."""
        return await self._call(_CONTEXT_DELETE, {})

    async def delete_with_http_info(self) -> HttpInfo[bool]:
        """Like ``delete``, with the status code and response headers."""
        return await self._call_info(_CONTEXT_DELETE, {})


class GetApiKeysList(Resource):
    """``Keys`` (call it with a sid)."""

    _path = "/v1/Keys"

    def __call__(self, sid: str) -> GetApiKeysContext:
        """The record with this ``sid``."""
        return self._child(GetApiKeysContext, sid=sid)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[GetApiKeysListParams],
    ) -> AsyncIterator[GetKeys]:
        """Retrieve a list of all Keys for a account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[GetApiKeysListParams],
    ) -> Page[GetKeys]:
        """Retrieve a list of all Keys for a account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[GetApiKeysListParams],
    ) -> list[GetKeys]:
        """Retrieve a list of all Keys for a account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
