# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: IpAccessControlListMapping (Accounts/AccountSid/SIP/Domains/DomainSid/IpAccessControlListMappings) on api.twilio.com."""

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
    "IpAccessControlListMappingContext",
    "IpAccessControlListMappingCreateParams",
    "IpAccessControlListMappingList",
    "SipIpAccessControlListMapping",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SipIpAccessControlListMapping(Record):
    """Record ``api.v2010.account.sip.sip_domain.sip_ip_access_control_list_mapping`` (every field but ``account_sid``, ``date_created``, ``domain_sid``, ``sid`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    domain_sid: str
    friendly_name: str | None = None
    sid: str
    uri: str | None = None


class IpAccessControlListMappingCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.domains.ip_access_control_list_mappings.create`` (``CreateSipIpAccessControlListMapping``)."""

    ip_access_control_list_sid: Required[str]
    """The unique id of the IP access control list to map to the SIP domain."""


_CONTEXT_FETCH: Operation[SipIpAccessControlListMapping] = Operation(
    id="api.v2010.accounts.sip.domains.ip_access_control_list_mappings.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json",
    spec="api_v2010",
    record=SipIpAccessControlListMapping,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.sip.domains.ip_access_control_list_mappings.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[SipIpAccessControlListMapping] = Operation(
    id="api.v2010.accounts.sip.domains.ip_access_control_list_mappings.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json",
    spec="api_v2010",
    record=SipIpAccessControlListMapping,
    paging="v2010",
    envelope="ip_access_control_list_mappings",
)


_LIST_CREATE: Operation[SipIpAccessControlListMapping] = Operation(
    id="api.v2010.accounts.sip.domains.ip_access_control_list_mappings.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json",
    spec="api_v2010",
    record=SipIpAccessControlListMapping,
    form={
        "ip_access_control_list_sid": "IpAccessControlListSid",
    },
    required=frozenset(["ip_access_control_list_sid"]),
)


class IpAccessControlListMappingContext(Resource):
    """One ``Accounts/AccountSid/SIP/Domains/DomainSid/IpAccessControlListMappings`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> SipIpAccessControlListMapping:
        """Fetch an IpAccessControlListMapping resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete an IpAccessControlListMapping resource."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class IpAccessControlListMappingList(
    CreateMany[IpAccessControlListMappingCreateParams, SipIpAccessControlListMapping], Resource
):
    """``Accounts/AccountSid/SIP/Domains/DomainSid/IpAccessControlListMappings`` (call it with a sid)."""

    _path = (
        "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json"
    )
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> IpAccessControlListMappingContext:
        """The record with this ``sid``."""
        return self._child(IpAccessControlListMappingContext, sid=sid)

    async def create(
        self, **params: Unpack[IpAccessControlListMappingCreateParams]
    ) -> SipIpAccessControlListMapping:
        """Create a new IpAccessControlListMapping resource."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SipIpAccessControlListMapping]:
        """Retrieve a list of IpAccessControlListMapping resources. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SipIpAccessControlListMapping]:
        """Retrieve a list of IpAccessControlListMapping resources. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SipIpAccessControlListMapping]:
        """Retrieve a list of IpAccessControlListMapping resources. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
