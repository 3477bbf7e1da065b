# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview hosted_numbers: AuthorizationDocument (AuthorizationDocuments) on preview.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.preview.hosted_numbers.authorization_documents_dependent_hosted_number_orders import (
        DependentHostedNumberOrderList,
    )

__all__ = [
    "AuthorizationDocument",
    "AuthorizationDocumentContext",
    "AuthorizationDocumentCreateParams",
    "AuthorizationDocumentList",
    "AuthorizationDocumentListParams",
    "AuthorizationDocumentStatus",
    "AuthorizationDocumentUpdateParams",
]


class AuthorizationDocumentStatus(OpenEnum):
    """``authorization_document_enum_status``."""

    OPENED = "opened"
    SIGNING = "signing"
    SIGNED = "signed"
    CANCELED = "canceled"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AuthorizationDocument(Record):
    """Record ``preview.hosted_numbers.authorization_document`` (every field but ``sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    address_sid: str | None = None
    status: AuthorizationDocumentStatus | None = None
    email: str | None = None
    cc_emails: list[str] | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class AuthorizationDocumentUpdateParams(TypedDict, total=False):
    """Keywords of ``preview.hosted_numbers.authorization_documents.update`` (``UpdateHostedNumbersAuthorizationDocument``)."""

    hosted_number_order_sids: Sequence[str]
    """A list of HostedNumberOrder sids that this AuthorizationDocument will authorize for hosting phone number capabilities on Twilio's platform."""
    address_sid: str
    """A 34 character string that uniquely identifies the Address resource that is associated with this AuthorizationDocument."""
    email: str
    """Email that this AuthorizationDocument will be sent to for signing."""
    cc_emails: Sequence[str]
    """Email recipients who will be informed when an Authorization Document has been sent and signed."""
    status: str
    contact_title: str
    """The title of the person authorized to sign the Authorization Document for this phone number."""
    contact_phone_number: str
    """The contact phone number of the person authorized to sign the Authorization Document."""


class AuthorizationDocumentListParams(TypedDict, total=False):
    """Keywords of ``preview.hosted_numbers.authorization_documents.list`` (``ListHostedNumbersAuthorizationDocument``)."""

    email: str
    """Email that this AuthorizationDocument will be sent to for signing."""
    status: str
    """Status of an instance resource."""


class AuthorizationDocumentCreateParams(TypedDict, total=False):
    """Keywords of ``preview.hosted_numbers.authorization_documents.create`` (``CreateHostedNumbersAuthorizationDocument``)."""

    hosted_number_order_sids: Required[Sequence[str]]
    """A list of HostedNumberOrder sids that this AuthorizationDocument will authorize for hosting phone number capabilities on Twilio's platform."""
    address_sid: Required[str]
    """A 34 character string that uniquely identifies the Address resource that is associated with this AuthorizationDocument."""
    email: Required[str]
    """Email that this AuthorizationDocument will be sent to for signing."""
    contact_title: Required[str]
    """The title of the person authorized to sign the Authorization Document for this phone number."""
    contact_phone_number: Required[str]
    """The contact phone number of the person authorized to sign the Authorization Document."""
    cc_emails: Sequence[str]
    """Email recipients who will be informed when an Authorization Document has been sent and signed."""


_CONTEXT_FETCH: Operation[AuthorizationDocument] = Operation(
    id="preview.hosted_numbers.authorization_documents.fetch",
    method="GET",
    product="preview",
    path="/HostedNumbers/AuthorizationDocuments/{Sid}",
    spec="preview",
    record=AuthorizationDocument,
)


_CONTEXT_UPDATE: Operation[AuthorizationDocument] = Operation(
    id="preview.hosted_numbers.authorization_documents.update",
    method="POST",
    product="preview",
    path="/HostedNumbers/AuthorizationDocuments/{Sid}",
    spec="preview",
    record=AuthorizationDocument,
    form={
        "hosted_number_order_sids": "HostedNumberOrderSids",
        "address_sid": "AddressSid",
        "email": "Email",
        "cc_emails": "CcEmails",
        "status": "Status",
        "contact_title": "ContactTitle",
        "contact_phone_number": "ContactPhoneNumber",
    },
)


_LIST_LIST: Operation[AuthorizationDocument] = Operation(
    id="preview.hosted_numbers.authorization_documents.list",
    method="GET",
    product="preview",
    path="/HostedNumbers/AuthorizationDocuments",
    spec="preview",
    record=AuthorizationDocument,
    query={
        "email": "Email",
        "status": "Status",
    },
    paging="meta",
    envelope="items",
)


_LIST_CREATE: Operation[AuthorizationDocument] = Operation(
    id="preview.hosted_numbers.authorization_documents.create",
    method="POST",
    product="preview",
    path="/HostedNumbers/AuthorizationDocuments",
    spec="preview",
    record=AuthorizationDocument,
    form={
        "hosted_number_order_sids": "HostedNumberOrderSids",
        "address_sid": "AddressSid",
        "email": "Email",
        "contact_title": "ContactTitle",
        "contact_phone_number": "ContactPhoneNumber",
        "cc_emails": "CcEmails",
    },
    required=frozenset(
        [
            "address_sid",
            "contact_phone_number",
            "contact_title",
            "email",
            "hosted_number_order_sids",
        ]
    ),
)


class AuthorizationDocumentContext(Resource):
    """One ``AuthorizationDocuments`` record: sid."""

    _path = "/HostedNumbers/AuthorizationDocuments/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> AuthorizationDocument:
        """Fetch a specific AuthorizationDocument."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(
        self, **params: Unpack[AuthorizationDocumentUpdateParams]
    ) -> AuthorizationDocument:
        """Updates a specific AuthorizationDocument."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def dependent_hosted_number_orders(self) -> DependentHostedNumberOrderList:
        """``AuthorizationDocuments/SigningDocumentSid/DependentHostedNumberOrders``."""
        from twilio_async.rest.preview.hosted_numbers.authorization_documents_dependent_hosted_number_orders import (
            DependentHostedNumberOrderList,
        )

        return self._child(DependentHostedNumberOrderList)


class AuthorizationDocumentList(
    CreateMany[AuthorizationDocumentCreateParams, AuthorizationDocument], Resource
):
    """``AuthorizationDocuments`` (call it with a sid)."""

    _path = "/HostedNumbers/AuthorizationDocuments"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AuthorizationDocumentContext:
        """The record with this ``sid``."""
        return self._child(AuthorizationDocumentContext, sid=sid)

    async def create(
        self, **params: Unpack[AuthorizationDocumentCreateParams]
    ) -> AuthorizationDocument:
        """Create an AuthorizationDocument for authorizing the hosting of phone number capabilities on Twilio's platform."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AuthorizationDocumentListParams],
    ) -> AsyncIterator[AuthorizationDocument]:
        """Retrieve a list of AuthorizationDocuments belonging to the account initiating the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[AuthorizationDocumentListParams],
    ) -> Page[AuthorizationDocument]:
        """Retrieve a list of AuthorizationDocuments belonging to the account initiating the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AuthorizationDocumentListParams],
    ) -> list[AuthorizationDocument]:
        """Retrieve a list of AuthorizationDocuments belonging to the account initiating the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
