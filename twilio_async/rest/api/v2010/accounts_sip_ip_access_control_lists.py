# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: IpAccessControlList (Accounts/AccountSid/SIP/IpAccessControlLists) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_sip_ip_access_control_lists_ip_addresses import (
        IpAddressList,
    )

__all__ = [
    "IpAccessControlListContext",
    "IpAccessControlListCreateParams",
    "IpAccessControlListList",
    "IpAccessControlListUpdateParams",
    "SipIpAccessControlList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SipIpAccessControlList(Record):
    """Record ``api.v2010.account.sip.sip_ip_access_control_list`` (every field but ``sid``, ``account_sid``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    subresource_uris: dict[str, Any] | None = None
    uri: str | None = None


class IpAccessControlListCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.ip_access_control_lists.create`` (``CreateSipIpAccessControlList``)."""

    friendly_name: Required[str]
    """A human readable descriptive text that describes the IpAccessControlList, up to 255 characters long."""


class IpAccessControlListUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.ip_access_control_lists.update`` (``UpdateSipIpAccessControlList``)."""

    friendly_name: Required[str]
    """A human readable descriptive text, up to 255 characters long."""


_LIST_LIST: Operation[SipIpAccessControlList] = Operation(
    id="api.v2010.accounts.sip.ip_access_control_lists.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json",
    spec="api_v2010",
    record=SipIpAccessControlList,
    paging="v2010",
    envelope="ip_access_control_lists",
)


_LIST_CREATE: Operation[SipIpAccessControlList] = Operation(
    id="api.v2010.accounts.sip.ip_access_control_lists.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json",
    spec="api_v2010",
    record=SipIpAccessControlList,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_FETCH: Operation[SipIpAccessControlList] = Operation(
    id="api.v2010.accounts.sip.ip_access_control_lists.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json",
    spec="api_v2010",
    record=SipIpAccessControlList,
)


_CONTEXT_UPDATE: Operation[SipIpAccessControlList] = Operation(
    id="api.v2010.accounts.sip.ip_access_control_lists.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json",
    spec="api_v2010",
    record=SipIpAccessControlList,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.sip.ip_access_control_lists.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json",
    spec="api_v2010",
)


class IpAccessControlListContext(Resource):
    """One ``Accounts/AccountSid/SIP/IpAccessControlLists`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> SipIpAccessControlList:
        """Fetch a specific instance of an IpAccessControlList."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[IpAccessControlListUpdateParams]
    ) -> SipIpAccessControlList:
        """Rename an IpAccessControlList."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete an IpAccessControlList from the requested account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def ip_addresses(self) -> IpAddressList:
        """``Accounts/AccountSid/SIP/IpAccessControlLists/IpAccessControlListSid/IpAddresses``."""
        from twilio_async.rest.api.v2010.accounts_sip_ip_access_control_lists_ip_addresses import (
            IpAddressList,
        )

        return self._child(IpAddressList)


class IpAccessControlListList(
    CreateMany[IpAccessControlListCreateParams, SipIpAccessControlList], Resource
):
    """``Accounts/AccountSid/SIP/IpAccessControlLists`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> IpAccessControlListContext:
        """The record with this ``sid``."""
        return self._child(IpAccessControlListContext, sid=sid)

    async def create(
        self, **params: Unpack[IpAccessControlListCreateParams]
    ) -> SipIpAccessControlList:
        """Create a new IpAccessControlList resource."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SipIpAccessControlList]:
        """Retrieve a list of IpAccessControlLists that belong to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SipIpAccessControlList]:
        """Retrieve a list of IpAccessControlLists that belong to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SipIpAccessControlList]:
        """Retrieve a list of IpAccessControlLists that belong to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
