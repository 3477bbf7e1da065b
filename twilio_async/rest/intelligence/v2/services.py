# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2: Service (Services) on intelligence.twilio.com."""

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
    "Service",
    "ServiceContext",
    "ServiceCreateParams",
    "ServiceHttpMethod",
    "ServiceList",
    "ServiceUpdateParams",
]


class ServiceHttpMethod(OpenEnum):
    """``service_enum_http_method``."""

    GET = "GET"
    POST = "POST"
    NULL = "NULL"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Service(Record):
    """Record ``intelligence.v2.service`` (every field but ``account_sid``, ``date_created``, ``sid``, ``url`` may be ``None``)."""

    account_sid: str
    auto_redaction: bool | None = None
    media_redaction: bool | None = None
    auto_transcribe: bool | None = None
    data_logging: bool | None = None
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    language_code: str | None = None
    sid: str
    unique_name: str | None = None
    url: str
    webhook_url: str | None = None
    webhook_http_method: ServiceHttpMethod | None = None
    read_only_attached_operator_sids: list[str] | None = None
    version: int | None = None
    encryption_credential_sid: str | None = None


class ServiceCreateParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.services.create`` (``CreateService``)."""

    unique_name: Required[str]
    """Provides a unique and addressable name to be assigned to this Service, assigned by the developer, to be optionally used in addition to SID."""
    auto_transcribe: bool
    """Instructs the Speech Recognition service to automatically transcribe all recordings made on the account."""
    data_logging: bool
    """Data logging allows Twilio to improve the quality of the speech recognition & language understanding services through using customer data to refine..."""
    friendly_name: str
    """A human readable description of this resource, up to 64 characters."""
    language_code: str
    """The language code set during Service creation determines the Transcription language for all call recordings processed by that Service."""
    auto_redaction: bool
    """Instructs the Speech Recognition service to automatically redact PII from all transcripts made on this service."""
    media_redaction: bool
    """Instructs the Speech Recognition service to automatically redact PII from all transcripts media made on this service."""
    webhook_url: str
    """The URL Twilio will request when executing the Webhook."""
    webhook_http_method: str
    encryption_credential_sid: str
    """The unique SID identifier of the Public Key resource used to encrypt the sentences and operator results."""


class ServiceUpdateParams(TypedDict, total=False):
    """Keywords of ``intelligence.v2.services.update`` (``UpdateService``)."""

    if_match: str
    """The If-Match HTTP request header."""
    auto_transcribe: bool
    """Instructs the Speech Recognition service to automatically transcribe all recordings made on the account."""
    data_logging: bool
    """Data logging allows Twilio to improve the quality of the speech recognition & language understanding services through using customer data to refine..."""
    friendly_name: str
    """A human readable description of this resource, up to 64 characters."""
    unique_name: str
    """Provides a unique and addressable name to be assigned to this Service, assigned by the developer, to be optionally used in addition to SID."""
    auto_redaction: bool
    """Instructs the Speech Recognition service to automatically redact PII from all transcripts made on this service."""
    media_redaction: bool
    """Instructs the Speech Recognition service to automatically redact PII from all transcripts media made on this service."""
    webhook_url: str
    """The URL Twilio will request when executing the Webhook."""
    webhook_http_method: str
    encryption_credential_sid: str
    """The unique SID identifier of the Public Key resource used to encrypt the sentences and operator results."""


_LIST_LIST: Operation[Service] = Operation(
    id="intelligence.v2.services.list",
    method="GET",
    product="intelligence",
    path="/v2/Services",
    spec="intelligence_v2",
    record=Service,
    paging="meta",
    envelope="services",
)


_LIST_CREATE: Operation[Service] = Operation(
    id="intelligence.v2.services.create",
    method="POST",
    product="intelligence",
    path="/v2/Services",
    spec="intelligence_v2",
    record=Service,
    form={
        "unique_name": "UniqueName",
        "auto_transcribe": "AutoTranscribe",
        "data_logging": "DataLogging",
        "friendly_name": "FriendlyName",
        "language_code": "LanguageCode",
        "auto_redaction": "AutoRedaction",
        "media_redaction": "MediaRedaction",
        "webhook_url": "WebhookUrl",
        "webhook_http_method": "WebhookHttpMethod",
        "encryption_credential_sid": "EncryptionCredentialSid",
    },
    required=frozenset(["unique_name"]),
)


_CONTEXT_FETCH: Operation[Service] = Operation(
    id="intelligence.v2.services.fetch",
    method="GET",
    product="intelligence",
    path="/v2/Services/{Sid}",
    spec="intelligence_v2",
    record=Service,
)


_CONTEXT_UPDATE: Operation[Service] = Operation(
    id="intelligence.v2.services.update",
    method="POST",
    product="intelligence",
    path="/v2/Services/{Sid}",
    spec="intelligence_v2",
    record=Service,
    form={
        "auto_transcribe": "AutoTranscribe",
        "data_logging": "DataLogging",
        "friendly_name": "FriendlyName",
        "unique_name": "UniqueName",
        "auto_redaction": "AutoRedaction",
        "media_redaction": "MediaRedaction",
        "webhook_url": "WebhookUrl",
        "webhook_http_method": "WebhookHttpMethod",
        "encryption_credential_sid": "EncryptionCredentialSid",
    },
    headers={
        "if_match": "If-Match",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="intelligence.v2.services.delete",
    method="DELETE",
    product="intelligence",
    path="/v2/Services/{Sid}",
    spec="intelligence_v2",
)


class ServiceContext(Resource):
    """One ``Services`` record: sid."""

    _path = "/v2/Services/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Service:
        """Fetch a specific Service."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ServiceUpdateParams]) -> Service:
        """Update a specific Service."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Service."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ServiceList(CreateMany[ServiceCreateParams, Service], Resource):
    """``Services`` (call it with a sid)."""

    _path = "/v2/Services"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ServiceContext:
        """The record with this ``sid``."""
        return self._child(ServiceContext, sid=sid)

    async def create(self, **params: Unpack[ServiceCreateParams]) -> Service:
        """Create a new Service for the given Account."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Service]:
        """Retrieves a list of all Services for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Service]:
        """Retrieves a list of all Services for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Service]:
        """Retrieves a list of all Services for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
