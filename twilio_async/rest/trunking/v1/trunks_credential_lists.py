# Generated from specs/twilio-oai/twilio_trunking_v1.json by codegen; do not edit.
"""Trunking v1: CredentialList (Trunks/TrunkSid/CredentialLists) on trunking.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "CredentialList",
    "CredentialListContext",
    "CredentialListCreateParams",
    "CredentialListList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CredentialList(Record):
    """Record ``trunking.v1.trunk.credential_list`` (every field but ``account_sid``, ``sid``, ``trunk_sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    trunk_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class CredentialListCreateParams(TypedDict, total=False):
    """Keywords of ``trunking.v1.trunks.credentials_lists.create`` (``CreateCredentialList``)."""

    credential_list_sid: Required[str]
    """The SID of the Credential List that you want to associate with the trunk."""


_CONTEXT_FETCH: Operation[CredentialList] = Operation(
    id="trunking.v1.trunks.credentials_lists.fetch",
    method="GET",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}",
    spec="trunking_v1",
    record=CredentialList,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trunking.v1.trunks.credentials_lists.delete",
    method="DELETE",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}",
    spec="trunking_v1",
)


_LIST_LIST: Operation[CredentialList] = Operation(
    id="trunking.v1.trunks.credentials_lists.list",
    method="GET",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/CredentialLists",
    spec="trunking_v1",
    record=CredentialList,
    paging="meta",
    envelope="credential_lists",
)


_LIST_CREATE: Operation[CredentialList] = Operation(
    id="trunking.v1.trunks.credentials_lists.create",
    method="POST",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/CredentialLists",
    spec="trunking_v1",
    record=CredentialList,
    form={
        "credential_list_sid": "CredentialListSid",
    },
    required=frozenset(["credential_list_sid"]),
)


class CredentialListContext(Resource):
    """One ``Trunks/TrunkSid/CredentialLists`` record: sid."""

    _path = "/v1/Trunks/{TrunkSid}/CredentialLists/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> CredentialList:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class CredentialListList(CreateMany[CredentialListCreateParams, CredentialList], Resource):
    """``Trunks/TrunkSid/CredentialLists`` (call it with a sid)."""

    _path = "/v1/Trunks/{TrunkSid}/CredentialLists"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CredentialListContext:
        """The record with this ``sid``."""
        return self._child(CredentialListContext, sid=sid)

    async def create(self, **params: Unpack[CredentialListCreateParams]) -> CredentialList:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[CredentialList]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[CredentialList]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[CredentialList]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
