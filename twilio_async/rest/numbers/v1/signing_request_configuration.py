# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1: SigningRequestConfiguration (SigningRequest/Configuration) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "SigningRequestConfiguration",
    "SigningRequestConfigurationCreateParams",
    "SigningRequestConfigurationList",
    "SigningRequestConfigurationListParams",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SigningRequestConfiguration(Record):
    """Record ``numbers.v1.signing_request_configuration`` (every field but ``url`` may be ``None``)."""

    logo_sid: str | None = None
    friendly_name: str | None = None
    product: str | None = None
    country: str | None = None
    email_subject: str | None = None
    email_message: str | None = None
    url_redirection: str | None = None
    url: str


class SigningRequestConfigurationListParams(TypedDict, total=False):
    """Keywords of ``numbers.v1.signing_request_configurations.list`` (``ListSigningRequestConfiguration``)."""

    country: str
    """The country ISO code to apply this configuration, this is an optional field, Example: US, MX."""
    product: str
    """The product or service for which is requesting the signature, this is an optional field, Example: Porting, Hosting."""


class SigningRequestConfigurationCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v1.signing_request_configurations.create`` (``CreateSigningRequestConfiguration``)."""

    body: Mapping[str, Any]
    """JSON body."""


_LIST_LIST: Operation[SigningRequestConfiguration] = Operation(
    id="numbers.v1.signing_request_configurations.list",
    method="GET",
    product="numbers",
    path="/v1/SigningRequest/Configuration",
    spec="numbers_v1",
    record=SigningRequestConfiguration,
    query={
        "country": "Country",
        "product": "Product",
    },
    paging="meta",
    envelope="configurations",
)


_LIST_CREATE: Operation[SigningRequestConfiguration] = Operation(
    id="numbers.v1.signing_request_configurations.create",
    method="POST",
    product="numbers",
    path="/v1/SigningRequest/Configuration",
    spec="numbers_v1",
    record=SigningRequestConfiguration,
    body="body",
)


class SigningRequestConfigurationList(
    CreateMany[SigningRequestConfigurationCreateParams, SigningRequestConfiguration], Resource
):
    """``SigningRequest/Configuration``."""

    _path = "/v1/SigningRequest/Configuration"
    _create_operation = _LIST_CREATE

    async def create(
        self, **params: Unpack[SigningRequestConfigurationCreateParams]
    ) -> SigningRequestConfiguration:
        """Synchronous operation to insert or update a configuration for the customer."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SigningRequestConfigurationListParams],
    ) -> AsyncIterator[SigningRequestConfiguration]:
        """Synchronous operation to retrieve configurations for the customer. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[SigningRequestConfigurationListParams],
    ) -> Page[SigningRequestConfiguration]:
        """Synchronous operation to retrieve configurations for the customer. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[SigningRequestConfigurationListParams],
    ) -> list[SigningRequestConfiguration]:
        """Synchronous operation to retrieve configurations for the customer. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
