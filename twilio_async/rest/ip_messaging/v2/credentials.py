# Generated from specs/twilio-oai/twilio_ip_messaging_v2.json by codegen; do not edit.
"""IpMessaging v2: Credential (Credentials) on ip-messaging.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "Credential",
    "CredentialContext",
    "CredentialCreateParams",
    "CredentialList",
    "CredentialPushService",
    "CredentialUpdateParams",
]


class CredentialPushService(OpenEnum):
    """``credential_enum_push_service``."""

    GCM = "gcm"
    APN = "apn"
    FCM = "fcm"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Credential(Record):
    """Record ``ip_messaging.v2.credential`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    type: CredentialPushService | None = None
    sandbox: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class CredentialCreateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.credentials.create`` (``CreateCredential``)."""

    type: Required[str]
    friendly_name: str
    certificate: str
    private_key: str
    sandbox: bool
    api_key: str
    secret: str


class CredentialUpdateParams(TypedDict, total=False):
    """Keywords of ``ip_messaging.v2.credentials.update`` (``UpdateCredential``)."""

    friendly_name: str
    certificate: str
    private_key: str
    sandbox: bool
    api_key: str
    secret: str


_LIST_LIST: Operation[Credential] = Operation(
    id="ip_messaging.v2.credentials.list",
    method="GET",
    product="ip-messaging",
    path="/v2/Credentials",
    spec="ip_messaging_v2",
    record=Credential,
    paging="meta",
    envelope="credentials",
)


_LIST_CREATE: Operation[Credential] = Operation(
    id="ip_messaging.v2.credentials.create",
    method="POST",
    product="ip-messaging",
    path="/v2/Credentials",
    spec="ip_messaging_v2",
    record=Credential,
    form={
        "type": "Type",
        "friendly_name": "FriendlyName",
        "certificate": "Certificate",
        "private_key": "PrivateKey",
        "sandbox": "Sandbox",
        "api_key": "ApiKey",
        "secret": "Secret",
    },
    required=frozenset(["type"]),
)


_CONTEXT_FETCH: Operation[Credential] = Operation(
    id="ip_messaging.v2.credentials.fetch",
    method="GET",
    product="ip-messaging",
    path="/v2/Credentials/{Sid}",
    spec="ip_messaging_v2",
    record=Credential,
)


_CONTEXT_UPDATE: Operation[Credential] = Operation(
    id="ip_messaging.v2.credentials.update",
    method="POST",
    product="ip-messaging",
    path="/v2/Credentials/{Sid}",
    spec="ip_messaging_v2",
    record=Credential,
    form={
        "friendly_name": "FriendlyName",
        "certificate": "Certificate",
        "private_key": "PrivateKey",
        "sandbox": "Sandbox",
        "api_key": "ApiKey",
        "secret": "Secret",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="ip_messaging.v2.credentials.delete",
    method="DELETE",
    product="ip-messaging",
    path="/v2/Credentials/{Sid}",
    spec="ip_messaging_v2",
)


class CredentialContext(Resource):
    """One ``Credentials`` record: sid."""

    _path = "/v2/Credentials/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Credential:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[CredentialUpdateParams]) -> Credential:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class CredentialList(CreateMany[CredentialCreateParams, Credential], Resource):
    """``Credentials`` (call it with a sid)."""

    _path = "/v2/Credentials"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> CredentialContext:
        """The record with this ``sid``."""
        return self._child(CredentialContext, sid=sid)

    async def create(self, **params: Unpack[CredentialCreateParams]) -> Credential:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Credential]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Credential]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Credential]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
