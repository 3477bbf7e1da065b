# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Credential (Accounts/AccountSid/SIP/CredentialLists/CredentialListSid/Credentials) on api.twilio.com."""

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
    "CredentialContext",
    "CredentialCreateParams",
    "CredentialList",
    "CredentialUpdateParams",
    "SipCredential",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SipCredential(Record):
    """Record ``api.v2010.account.sip.sip_credential_list.sip_credential`` (every field but ``sid``, ``account_sid``, ``credential_list_sid``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    credential_list_sid: str
    username: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    uri: str | None = None


class CredentialCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.credential_lists.credentials.create`` (``CreateSipCredential``)."""

    username: Required[str]
    """The username that will be passed when authenticating SIP requests."""
    password: Required[str]
    """The password that the username will use when authenticating SIP requests."""


class CredentialUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.credential_lists.credentials.update`` (``UpdateSipCredential``)."""

    password: str
    """The password that the username will use when authenticating SIP requests."""


_LIST_LIST: Operation[SipCredential] = Operation(
    id="api.v2010.accounts.sip.credential_lists.credentials.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json",
    spec="api_v2010",
    record=SipCredential,
    paging="v2010",
    envelope="credentials",
)


_LIST_CREATE: Operation[SipCredential] = Operation(
    id="api.v2010.accounts.sip.credential_lists.credentials.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json",
    spec="api_v2010",
    record=SipCredential,
    form={
        "username": "Username",
        "password": "Password",
    },
    required=frozenset(["password", "username"]),
)


_CONTEXT_FETCH: Operation[SipCredential] = Operation(
    id="api.v2010.accounts.sip.credential_lists.credentials.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json",
    spec="api_v2010",
    record=SipCredential,
)


_CONTEXT_UPDATE: Operation[SipCredential] = Operation(
    id="api.v2010.accounts.sip.credential_lists.credentials.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json",
    spec="api_v2010",
    record=SipCredential,
    form={
        "password": "Password",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.sip.credential_lists.credentials.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json",
    spec="api_v2010",
)


class CredentialContext(Resource):
    """One ``Accounts/AccountSid/SIP/CredentialLists/CredentialListSid/Credentials`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> SipCredential:
        """Fetch a single credential."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[CredentialUpdateParams]) -> SipCredential:
        """Update a credential resource."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a credential resource."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class CredentialList(CreateMany[CredentialCreateParams, SipCredential], Resource):
    """``Accounts/AccountSid/SIP/CredentialLists/CredentialListSid/Credentials`` (call it with a sid)."""

    _path = (
        "/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{CredentialListSid}/Credentials.json"
    )
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CredentialContext:
        """The record with this ``sid``."""
        return self._child(CredentialContext, sid=sid)

    async def create(self, **params: Unpack[CredentialCreateParams]) -> SipCredential:
        """Create a new credential resource."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SipCredential]:
        """Retrieve a list of credentials. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SipCredential]:
        """Retrieve a list of credentials. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SipCredential]:
        """Retrieve a list of credentials. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
