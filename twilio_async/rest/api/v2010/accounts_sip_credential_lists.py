# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: CredentialList (Accounts/AccountSid/SIP/CredentialLists) on api.twilio.com."""

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
    from twilio_async.rest.api.v2010.accounts_sip_credential_lists_credentials import CredentialList

__all__ = [
    "CredentialListContext",
    "CredentialListCreateParams",
    "CredentialListList",
    "CredentialListUpdateParams",
    "SipCredentialList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SipCredentialList(Record):
    """Record ``api.v2010.account.sip.sip_credential_list`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    sid: str
    subresource_uris: dict[str, Any] | None = None
    uri: str | None = None


class CredentialListCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.credential_lists.create`` (``CreateSipCredentialList``)."""

    friendly_name: Required[str]
    """A human readable descriptive text that describes the CredentialList, up to 64 characters long."""


class CredentialListUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.sip.credential_lists.update`` (``UpdateSipCredentialList``)."""

    friendly_name: Required[str]
    """A human readable descriptive text for a CredentialList, up to 64 characters long."""


_LIST_LIST: Operation[SipCredentialList] = Operation(
    id="api.v2010.accounts.sip.credential_lists.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json",
    spec="api_v2010",
    record=SipCredentialList,
    paging="v2010",
    envelope="credential_lists",
)


_LIST_CREATE: Operation[SipCredentialList] = Operation(
    id="api.v2010.accounts.sip.credential_lists.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json",
    spec="api_v2010",
    record=SipCredentialList,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_FETCH: Operation[SipCredentialList] = Operation(
    id="api.v2010.accounts.sip.credential_lists.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json",
    spec="api_v2010",
    record=SipCredentialList,
)


_CONTEXT_UPDATE: Operation[SipCredentialList] = Operation(
    id="api.v2010.accounts.sip.credential_lists.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json",
    spec="api_v2010",
    record=SipCredentialList,
    form={
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.sip.credential_lists.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json",
    spec="api_v2010",
)


class CredentialListContext(Resource):
    """One ``Accounts/AccountSid/SIP/CredentialLists`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> SipCredentialList:
        """Get a Credential List."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[CredentialListUpdateParams]) -> SipCredentialList:
        """Update a Credential List."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a Credential List."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def credentials(self) -> CredentialList:
        """``Accounts/AccountSid/SIP/CredentialLists/CredentialListSid/Credentials``."""
        from twilio_async.rest.api.v2010.accounts_sip_credential_lists_credentials import (
            CredentialList,
        )

        return self._child(CredentialList)


class CredentialListList(CreateMany[CredentialListCreateParams, SipCredentialList], Resource):
    """``Accounts/AccountSid/SIP/CredentialLists`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/CredentialLists.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CredentialListContext:
        """The record with this ``sid``."""
        return self._child(CredentialListContext, sid=sid)

    async def create(self, **params: Unpack[CredentialListCreateParams]) -> SipCredentialList:
        """Create a Credential List."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[SipCredentialList]:
        """Get All Credential Lists. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[SipCredentialList]:
        """Get All Credential Lists. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[SipCredentialList]:
        """Get All Credential Lists. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
