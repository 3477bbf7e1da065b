# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AuthCallsCredentialListMapping (Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls/CredentialListMappings) on api.twilio.com."""

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
    "AuthCallsCredentialListMappingContext",
    "AuthCallsCredentialListMappingCreateParams",
    "AuthCallsCredentialListMappingList",
    "SipAuthCallsCredentialListMapping",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SipAuthCallsCredentialListMapping(Record):
    """Record ``api.v2010.account.sip.sip_domain.sip_auth.sip_auth_calls.sip_auth_calls_credential_list_mapping`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    sid: str


class AuthCallsCredentialListMappingCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.domains.auth.calls.credential_list_mappings.create`` (``CreateSipAuthCallsCredentialListMapping``)."""

    credential_list_sid: Required[str]
    """The SID of the CredentialList resource to map to the SIP domain."""


_LIST_LIST: Operation[SipAuthCallsCredentialListMapping] = Operation(
    id="api.v2010.accounts.sip.domains.auth.calls.credential_list_mappings.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json",
    spec="api_v2010",
    record=SipAuthCallsCredentialListMapping,
    paging="v2010",
    envelope="contents",
)


_LIST_CREATE: Operation[SipAuthCallsCredentialListMapping] = Operation(
    id="api.v2010.accounts.sip.domains.auth.calls.credential_list_mappings.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json",
    spec="api_v2010",
    record=SipAuthCallsCredentialListMapping,
    form={
        "credential_list_sid": "CredentialListSid",
    },
    required=frozenset(["credential_list_sid"]),
)


_CONTEXT_FETCH: Operation[SipAuthCallsCredentialListMapping] = Operation(
    id="api.v2010.accounts.sip.domains.auth.calls.credential_list_mappings.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json",
    spec="api_v2010",
    record=SipAuthCallsCredentialListMapping,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.sip.domains.auth.calls.credential_list_mappings.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json",
    spec="api_v2010",
)


class AuthCallsCredentialListMappingContext(Resource):
    """One ``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls/CredentialListMappings`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> SipAuthCallsCredentialListMapping:
        """Fetch a specific instance of a credential list mapping."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a credential list mapping from the requested domain."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class AuthCallsCredentialListMappingList(
    CreateMany[AuthCallsCredentialListMappingCreateParams, SipAuthCallsCredentialListMapping],
    Resource,
):
    """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls/CredentialListMappings`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AuthCallsCredentialListMappingContext:
        """The record with this ``sid``."""
        return self._child(AuthCallsCredentialListMappingContext, sid=sid)

    async def create(
        self, **params: Unpack[AuthCallsCredentialListMappingCreateParams]
    ) -> SipAuthCallsCredentialListMapping:
        """Create a new credential list mapping resource."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SipAuthCallsCredentialListMapping]:
        """Retrieve a list of credential list mappings belonging to the domain used in the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SipAuthCallsCredentialListMapping]:
        """Retrieve a list of credential list mappings belonging to the domain used in the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SipAuthCallsCredentialListMapping]:
        """Retrieve a list of credential list mappings belonging to the domain used in the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
