# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: BundleCopy (RegulatoryCompliance/Bundles/BundleSid/Copies) on numbers.twilio.com."""

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
from twilio_async._typing import TypedDict, Unpack

__all__ = ["BundleCopy", "BundleCopyCreateParams", "BundleCopyList", "BundleCopyStatus"]


class BundleCopyStatus(OpenEnum):
    """``bundle_copy_enum_status``."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"
    PROVISIONALLY_APPROVED = "provisionally-approved"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BundleCopy(Record):
    """Record ``numbers.v2.regulatory_compliance.bundle.bundle_copy`` (every field but ``sid``, ``account_sid``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    regulation_sid: str | None = None
    friendly_name: str | None = None
    status: BundleCopyStatus | None = None
    valid_until: datetime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: datetime
    date_updated: datetime | None = None


class BundleCopyCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.regulatory_compliance.bundles.bundle_copies.create`` (``CreateBundleCopy``)."""

    friendly_name: str
    """The string that you assigned to describe the copied bundle."""


_LIST_LIST: Operation[BundleCopy] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.bundle_copies.list",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/Copies",
    spec="numbers_v2",
    record=BundleCopy,
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[BundleCopy] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.bundle_copies.create",
    method="POST",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/Copies",
    spec="numbers_v2",
    record=BundleCopy,
    form={
        "friendly_name": "FriendlyName",
    },
)


class BundleCopyList(CreateMany[BundleCopyCreateParams, BundleCopy], Resource):
    """``RegulatoryCompliance/Bundles/BundleSid/Copies``."""

    _path = "/v2/RegulatoryCompliance/Bundles/{BundleSid}/Copies"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[BundleCopyCreateParams]) -> BundleCopy:
        """Creates a new copy of a Bundle."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[BundleCopy]:
        """Retrieve a list of all Bundles Copies for a Bundle. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[BundleCopy]:
        """Retrieve a list of all Bundles Copies for a Bundle. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[BundleCopy]:
        """Retrieve a list of all Bundles Copies for a Bundle. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
