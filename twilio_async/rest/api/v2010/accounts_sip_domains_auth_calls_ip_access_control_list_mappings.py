# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AuthCallsIpAccessControlListMapping (Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls/IpAccessControlListMappings) on api.twilio.com."""

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
    "AuthCallsIpAccessControlListMappingContext",
    "AuthCallsIpAccessControlListMappingCreateParams",
    "AuthCallsIpAccessControlListMappingList",
    "SipAuthCallsIpAccessControlListMapping",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SipAuthCallsIpAccessControlListMapping(Record):
    """Record ``api.v2010.account.sip.sip_domain.sip_auth.sip_auth_calls.sip_auth_calls_ip_access_control_list_mapping`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    sid: str


class AuthCallsIpAccessControlListMappingCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.domains.auth.calls.ip_access_control_list_mappings.create`` (``CreateSipAuthCallsIpAccessControlListMapping``)."""

    ip_access_control_list_sid: Required[str]
    """The SID of the IpAccessControlList resource to map to the SIP domain."""


_LIST_LIST: Operation[SipAuthCallsIpAccessControlListMapping] = Operation(
    id="api.v2010.accounts.sip.domains.auth.calls.ip_access_control_list_mappings.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json",
    spec="api_v2010",
    record=SipAuthCallsIpAccessControlListMapping,
    paging="v2010",
    envelope="contents",
)


_LIST_CREATE: Operation[SipAuthCallsIpAccessControlListMapping] = Operation(
    id="api.v2010.accounts.sip.domains.auth.calls.ip_access_control_list_mappings.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json",
    spec="api_v2010",
    record=SipAuthCallsIpAccessControlListMapping,
    form={
        "ip_access_control_list_sid": "IpAccessControlListSid",
    },
    required=frozenset(["ip_access_control_list_sid"]),
)


_CONTEXT_FETCH: Operation[SipAuthCallsIpAccessControlListMapping] = Operation(
    id="api.v2010.accounts.sip.domains.auth.calls.ip_access_control_list_mappings.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json",
    spec="api_v2010",
    record=SipAuthCallsIpAccessControlListMapping,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.sip.domains.auth.calls.ip_access_control_list_mappings.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json",
    spec="api_v2010",
)


class AuthCallsIpAccessControlListMappingContext(Resource):
    """One ``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls/IpAccessControlListMappings`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> SipAuthCallsIpAccessControlListMapping:
        """Fetch a specific instance of an IP Access Control List mapping."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete an IP Access Control List mapping from the requested domain."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class AuthCallsIpAccessControlListMappingList(
    CreateMany[
        AuthCallsIpAccessControlListMappingCreateParams, SipAuthCallsIpAccessControlListMapping
    ],
    Resource,
):
    """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls/IpAccessControlListMappings`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AuthCallsIpAccessControlListMappingContext:
        """The record with this ``sid``."""
        return self._child(AuthCallsIpAccessControlListMappingContext, sid=sid)

    async def create(
        self, **params: Unpack[AuthCallsIpAccessControlListMappingCreateParams]
    ) -> SipAuthCallsIpAccessControlListMapping:
        """Create a new IP Access Control List mapping."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SipAuthCallsIpAccessControlListMapping]:
        """Retrieve a list of IP Access Control List mappings belonging to the domain used in the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SipAuthCallsIpAccessControlListMapping]:
        """Retrieve a list of IP Access Control List mappings belonging to the domain used in the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SipAuthCallsIpAccessControlListMapping]:
        """Retrieve a list of IP Access Control List mappings belonging to the domain used in the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
