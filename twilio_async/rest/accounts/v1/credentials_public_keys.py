# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""Accounts v1: PublicKey (Credentials/PublicKeys) on accounts.twilio.com."""

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
    "CredentialPublicKey",
    "PublicKeyContext",
    "PublicKeyCreateParams",
    "PublicKeyList",
    "PublicKeyUpdateParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CredentialPublicKey(Record):
    """Record ``accounts.v1.credential.credential_public_key`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class PublicKeyCreateParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.credentials.public_key.create`` (``CreateCredentialPublicKey``)."""

    public_key: Required[str]
    """A URL encoded representation of the public key."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    account_sid: str
    """The SID of the Subaccount that this Credential should be associated with."""


class PublicKeyUpdateParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.credentials.public_key.update`` (``UpdateCredentialPublicKey``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""


_LIST_LIST: Operation[CredentialPublicKey] = Operation(
    id="accounts.v1.credentials.public_key.list",
    method="GET",
    product="accounts",
    path="/v1/Credentials/PublicKeys",
    spec="accounts_v1",
    record=CredentialPublicKey,
    paging="meta",
    envelope="credentials",
)


_LIST_CREATE: Operation[CredentialPublicKey] = Operation(
    id="accounts.v1.credentials.public_key.create",
    method="POST",
    product="accounts",
    path="/v1/Credentials/PublicKeys",
    spec="accounts_v1",
    record=CredentialPublicKey,
    form={
        "public_key": "PublicKey",
        "friendly_name": "FriendlyName",
        "account_sid": "AccountSid",
    },
    required=frozenset(["public_key"]),
)


_CONTEXT_FETCH: Operation[CredentialPublicKey] = Operation(
    id="accounts.v1.credentials.public_key.fetch",
    method="GET",
    product="accounts",
    path="/v1/Credentials/PublicKeys/{Sid}",
    spec="accounts_v1",
    record=CredentialPublicKey,
)


_CONTEXT_UPDATE: Operation[CredentialPublicKey] = Operation(
    id="accounts.v1.credentials.public_key.update",
    method="POST",
    product="accounts",
    path="/v1/Credentials/PublicKeys/{Sid}",
    spec="accounts_v1",
    record=CredentialPublicKey,
    form={
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="accounts.v1.credentials.public_key.delete",
    method="DELETE",
    product="accounts",
    path="/v1/Credentials/PublicKeys/{Sid}",
    spec="accounts_v1",
)


class PublicKeyContext(Resource):
    """One ``Credentials/PublicKeys`` record: sid."""

    _path = "/v1/Credentials/PublicKeys/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> CredentialPublicKey:
        """Fetch the public key specified by the provided Credential Sid."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[PublicKeyUpdateParams]) -> CredentialPublicKey:
        """Modify the properties of a given Account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a Credential from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class PublicKeyList(CreateMany[PublicKeyCreateParams, CredentialPublicKey], Resource):
    """``Credentials/PublicKeys`` (call it with a sid)."""

    _path = "/v1/Credentials/PublicKeys"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> PublicKeyContext:
        """The record with this ``sid``."""
        return self._child(PublicKeyContext, sid=sid)

    async def create(self, **params: Unpack[PublicKeyCreateParams]) -> CredentialPublicKey:
        """Create a new Public Key Credential."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[CredentialPublicKey]:
        """Retrieves a collection of Public Key Credentials belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[CredentialPublicKey]:
        """Retrieves a collection of Public Key Credentials belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[CredentialPublicKey]:
        """Retrieves a collection of Public Key Credentials belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
