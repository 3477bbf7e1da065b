# Generated from specs/twilio-oai/twilio_iam_v1.json by codegen; do not edit.
"""Iam v1: GetApiKeys (Keys) on iam.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["GetApiKeysList", "GetApiKeysListParams", "GetKeys"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class GetKeys(Record):
    """Record ``iam.v1.get_keys`` (every field may be ``None``)."""

    sid: str | None = None
    friendly_name: str | None = None
    date_created: datetime | None = None
    date_updated: datetime | None = None
    flags: list[str] | None = None


class GetApiKeysListParams(TypedDict, total=False):
    """Keywords of ``iam.v1.get_api_keys.list`` (``ListGetKeys``)."""

    account_sid: Required[str]
    """The SID of the Account that created the Payments resource."""


_LIST_LIST: Operation[GetKeys] = Operation(
    id="iam.v1.get_api_keys.list",
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


class GetApiKeysList(Resource):
    """``Keys``."""

    _path = "/v1/Keys"

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
