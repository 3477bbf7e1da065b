# Generated from specs/twilio-oai/twilio_trunking_v1.json by codegen; do not edit.
"""Trunking v1: IpAccessControlList (Trunks/TrunkSid/IpAccessControlLists) on trunking.twilio.com."""

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
    "IpAccessControlList",
    "IpAccessControlListContext",
    "IpAccessControlListCreateParams",
    "IpAccessControlListList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class IpAccessControlList(Record):
    """Record ``trunking.v1.trunk.ip_access_control_list`` (every field but ``account_sid``, ``sid``, ``trunk_sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    sid: str
    trunk_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class IpAccessControlListCreateParams(TypedDict, total=False):
    """Keywords of ``trunking.v1.trunks.ip_access_control_lists.create`` (``CreateIpAccessControlList``)."""

    ip_access_control_list_sid: Required[str]
    """The SID of the IP Access Control List that you want to associate with the trunk."""


_CONTEXT_FETCH: Operation[IpAccessControlList] = Operation(
    id="trunking.v1.trunks.ip_access_control_lists.fetch",
    method="GET",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}",
    spec="trunking_v1",
    record=IpAccessControlList,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trunking.v1.trunks.ip_access_control_lists.delete",
    method="DELETE",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}",
    spec="trunking_v1",
)


_LIST_LIST: Operation[IpAccessControlList] = Operation(
    id="trunking.v1.trunks.ip_access_control_lists.list",
    method="GET",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/IpAccessControlLists",
    spec="trunking_v1",
    record=IpAccessControlList,
    paging="meta",
    envelope="ip_access_control_lists",
)


_LIST_CREATE: Operation[IpAccessControlList] = Operation(
    id="trunking.v1.trunks.ip_access_control_lists.create",
    method="POST",
    product="trunking",
    path="/v1/Trunks/{TrunkSid}/IpAccessControlLists",
    spec="trunking_v1",
    record=IpAccessControlList,
    form={
        "ip_access_control_list_sid": "IpAccessControlListSid",
    },
    required=frozenset(["ip_access_control_list_sid"]),
)


class IpAccessControlListContext(Resource):
    """One ``Trunks/TrunkSid/IpAccessControlLists`` record: sid."""

    _path = "/v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> IpAccessControlList:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove an associated IP Access Control List from a Trunk."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class IpAccessControlListList(
    CreateMany[IpAccessControlListCreateParams, IpAccessControlList], Resource
):
    """``Trunks/TrunkSid/IpAccessControlLists`` (call it with a sid)."""

    _path = "/v1/Trunks/{TrunkSid}/IpAccessControlLists"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> IpAccessControlListContext:
        """The record with this ``sid``."""
        return self._child(IpAccessControlListContext, sid=sid)

    async def create(
        self, **params: Unpack[IpAccessControlListCreateParams]
    ) -> IpAccessControlList:
        """Associate an IP Access Control List with a Trunk."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[IpAccessControlList]:
        """List all IP Access Control Lists for a Trunk. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[IpAccessControlList]:
        """List all IP Access Control Lists for a Trunk. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[IpAccessControlList]:
        """List all IP Access Control Lists for a Trunk. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
