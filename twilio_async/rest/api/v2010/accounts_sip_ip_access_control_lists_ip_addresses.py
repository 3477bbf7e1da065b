# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: IpAddress (Accounts/AccountSid/SIP/IpAccessControlLists/IpAccessControlListSid/IpAddresses) on api.twilio.com."""

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
    "IpAddressContext",
    "IpAddressCreateParams",
    "IpAddressList",
    "IpAddressUpdateParams",
    "SipIpAddress",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SipIpAddress(Record):
    """Record ``api.v2010.account.sip.sip_ip_access_control_list.sip_ip_address`` (every field but ``sid``, ``account_sid``, ``ip_access_control_list_sid``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    ip_address: str | None = None
    cidr_prefix_length: int | None = None
    ip_access_control_list_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    uri: str | None = None


class IpAddressCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.ip_access_control_lists.ip_addresses.create`` (``CreateSipIpAddress``)."""

    friendly_name: Required[str]
    """A human readable descriptive text for this resource, up to 255 characters long."""
    ip_address: Required[str]
    """An IP address in dotted decimal notation from which you want to accept traffic."""
    cidr_prefix_length: int
    """An integer representing the length of the CIDR prefix to use with this IP address when accepting traffic."""


class IpAddressUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.ip_access_control_lists.ip_addresses.update`` (``UpdateSipIpAddress``)."""

    ip_address: str
    """An IP address in dotted decimal notation from which you want to accept traffic."""
    friendly_name: str
    """A human readable descriptive text for this resource, up to 255 characters long."""
    cidr_prefix_length: int
    """An integer representing the length of the CIDR prefix to use with this IP address when accepting traffic."""


_LIST_LIST: Operation[SipIpAddress] = Operation(
    id="api.v2010.accounts.sip.ip_access_control_lists.ip_addresses.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json",
    spec="api_v2010",
    record=SipIpAddress,
    paging="v2010",
    envelope="ip_addresses",
)


_LIST_CREATE: Operation[SipIpAddress] = Operation(
    id="api.v2010.accounts.sip.ip_access_control_lists.ip_addresses.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json",
    spec="api_v2010",
    record=SipIpAddress,
    form={
        "friendly_name": "FriendlyName",
        "ip_address": "IpAddress",
        "cidr_prefix_length": "CidrPrefixLength",
    },
    required=frozenset(["friendly_name", "ip_address"]),
)


_CONTEXT_FETCH: Operation[SipIpAddress] = Operation(
    id="api.v2010.accounts.sip.ip_access_control_lists.ip_addresses.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json",
    spec="api_v2010",
    record=SipIpAddress,
)


_CONTEXT_UPDATE: Operation[SipIpAddress] = Operation(
    id="api.v2010.accounts.sip.ip_access_control_lists.ip_addresses.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json",
    spec="api_v2010",
    record=SipIpAddress,
    form={
        "ip_address": "IpAddress",
        "friendly_name": "FriendlyName",
        "cidr_prefix_length": "CidrPrefixLength",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.sip.ip_access_control_lists.ip_addresses.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json",
    spec="api_v2010",
)


class IpAddressContext(Resource):
    """One ``Accounts/AccountSid/SIP/IpAccessControlLists/IpAccessControlListSid/IpAddresses`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> SipIpAddress:
        """Read one IpAddress resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[IpAddressUpdateParams]) -> SipIpAddress:
        """Update an IpAddress resource."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete an IpAddress resource."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class IpAddressList(CreateMany[IpAddressCreateParams, SipIpAddress], Resource):
    """``Accounts/AccountSid/SIP/IpAccessControlLists/IpAccessControlListSid/IpAddresses`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> IpAddressContext:
        """The record with this ``sid``."""
        return self._child(IpAddressContext, sid=sid)

    async def create(self, **params: Unpack[IpAddressCreateParams]) -> SipIpAddress:
        """Create a new IpAddress resource."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SipIpAddress]:
        """Read multiple IpAddress resources. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SipIpAddress]:
        """Read multiple IpAddress resources. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SipIpAddress]:
        """Read multiple IpAddress resources. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
