# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""Accounts v1: Aw (Credentials/AWS) on accounts.twilio.com."""

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

__all__ = ["AwContext", "AwCreateParams", "AwList", "AwUpdateParams", "CredentialAws"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class CredentialAws(Record):
    """Record ``accounts.v1.credential.credential_aws`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class AwCreateParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.credentials.aws.create`` (``CreateCredentialAws``)."""

    credentials: Required[str]
    """A string that contains the AWS access credentials in the format `<AWS_ACCESS_KEY_ID>:<AWS_SECRET_ACCESS_KEY>`."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    account_sid: str
    """The SID of the Subaccount that this Credential should be associated with."""


class AwUpdateParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.credentials.aws.update`` (``UpdateCredentialAws``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""


_LIST_LIST: Operation[CredentialAws] = Operation(
    id="accounts.v1.credentials.aws.list",
    method="GET",
    product="accounts",
    path="/v1/Credentials/AWS",
    spec="accounts_v1",
    record=CredentialAws,
    paging="meta",
    envelope="credentials",
)


_LIST_CREATE: Operation[CredentialAws] = Operation(
    id="accounts.v1.credentials.aws.create",
    method="POST",
    product="accounts",
    path="/v1/Credentials/AWS",
    spec="accounts_v1",
    record=CredentialAws,
    form={
        "credentials": "Credentials",
        "friendly_name": "FriendlyName",
        "account_sid": "AccountSid",
    },
    required=frozenset(["credentials"]),
)


_CONTEXT_FETCH: Operation[CredentialAws] = Operation(
    id="accounts.v1.credentials.aws.fetch",
    method="GET",
    product="accounts",
    path="/v1/Credentials/AWS/{Sid}",
    spec="accounts_v1",
    record=CredentialAws,
)


_CONTEXT_UPDATE: Operation[CredentialAws] = Operation(
    id="accounts.v1.credentials.aws.update",
    method="POST",
    product="accounts",
    path="/v1/Credentials/AWS/{Sid}",
    spec="accounts_v1",
    record=CredentialAws,
    form={
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="accounts.v1.credentials.aws.delete",
    method="DELETE",
    product="accounts",
    path="/v1/Credentials/AWS/{Sid}",
    spec="accounts_v1",
)


class AwContext(Resource):
    """One ``Credentials/AWS`` record: sid."""

    _path = "/v1/Credentials/AWS/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> CredentialAws:
        """Fetch the AWS credentials specified by the provided Credential Sid."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[AwUpdateParams]) -> CredentialAws:
        """Modify the properties of a given Account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a Credential from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class AwList(CreateMany[AwCreateParams, CredentialAws], Resource):
    """``Credentials/AWS`` (call it with a sid)."""

    _path = "/v1/Credentials/AWS"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AwContext:
        """The record with this ``sid``."""
        return self._child(AwContext, sid=sid)

    async def create(self, **params: Unpack[AwCreateParams]) -> CredentialAws:
        """Create a new AWS Credential."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[CredentialAws]:
        """Retrieves a collection of AWS Credentials belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[CredentialAws]:
        """Retrieves a collection of AWS Credentials belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[CredentialAws]:
        """Retrieves a collection of AWS Credentials belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
