# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: Bundle (RegulatoryCompliance/Bundles) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, datetime
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
    from twilio_async.rest.numbers.v2.regulatory_compliance_bundles_copies import BundleCopyList
    from twilio_async.rest.numbers.v2.regulatory_compliance_bundles_evaluations import (
        EvaluationList,
    )
    from twilio_async.rest.numbers.v2.regulatory_compliance_bundles_item_assignments import (
        ItemAssignmentList,
    )
    from twilio_async.rest.numbers.v2.regulatory_compliance_bundles_replace_items import (
        ReplaceItemsList,
    )

__all__ = [
    "Bundle",
    "BundleContext",
    "BundleCreateParams",
    "BundleList",
    "BundleListParams",
    "BundleStatus",
    "BundleUpdateParams",
]


class BundleStatus(OpenEnum):
    """``bundle_enum_status``."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"
    PROVISIONALLY_APPROVED = "provisionally-approved"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Bundle(Record):
    """Record ``numbers.v2.regulatory_compliance.bundle`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    regulation_sid: str | None = None
    friendly_name: str | None = None
    status: BundleStatus | None = None
    valid_until: datetime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class BundleListParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.regulatory_compliance.bundles.list`` (``ListBundle``)."""

    status: str
    """The verification status of the Bundle resource."""
    bundle_sids: str
    """A comma-separated list of Bundle SIDs to filter the results (maximum 20)."""
    friendly_name: str
    """The string that you assigned to describe the resource."""
    regulation_sid: str
    """The unique string of a Regulation resource that is associated to the Bundle resource."""
    iso_country: str
    """The 2-digit ISO country code of the Bundle's phone number country ownership request."""
    number_type: str
    """The type of phone number of the Bundle's ownership request."""
    end_user_type: str
    """The end user type of the regulation of the Bundle."""
    has_valid_until_date: bool
    """Indicates that the Bundle is a valid Bundle until a specified expiration date."""
    sort_by: str
    """Can be `valid-until` or `date-updated`."""
    sort_direction: str
    """Default is `DESC`."""
    valid_until_date: datetime | date
    """Date to filter Bundles having their `valid_until_date` before or after the specified date."""
    valid_until_date_before: datetime | date
    """Date to filter Bundles having their `valid_until_date` before or after the specified date."""
    valid_until_date_after: datetime | date
    """Date to filter Bundles having their `valid_until_date` before or after the specified date."""


class BundleCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.regulatory_compliance.bundles.create`` (``CreateBundle``)."""

    friendly_name: Required[str]
    """The string that you assigned to describe the resource."""
    email: Required[str]
    """The email address that will receive updates when the Bundle resource changes status."""
    status_callback: str
    """The URL we call to inform your application of status changes."""
    regulation_sid: str
    """The unique string of a regulation that is associated to the Bundle resource."""
    iso_country: str
    """The ISO country code of the Bundle's phone number country ownership request."""
    end_user_type: str
    number_type: str
    """The type of phone number of the Bundle's ownership request."""
    is_test: bool
    """Indicates that Bundle is a Test Bundle and will be Auto-Rejected."""


class BundleUpdateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.regulatory_compliance.bundles.update`` (``UpdateBundle``)."""

    status: str
    status_callback: str
    """The URL we call to inform your application of status changes."""
    friendly_name: str
    """The string that you assigned to describe the resource."""
    email: str
    """The email address that will receive updates when the Bundle resource changes status."""


_LIST_LIST: Operation[Bundle] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.list",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles",
    spec="numbers_v2",
    record=Bundle,
    query={
        "status": "Status",
        "bundle_sids": "BundleSids",
        "friendly_name": "FriendlyName",
        "regulation_sid": "RegulationSid",
        "iso_country": "IsoCountry",
        "number_type": "NumberType",
        "end_user_type": "EndUserType",
        "has_valid_until_date": "HasValidUntilDate",
        "sort_by": "SortBy",
        "sort_direction": "SortDirection",
        "valid_until_date": "ValidUntilDate",
        "valid_until_date_before": "ValidUntilDate<",
        "valid_until_date_after": "ValidUntilDate>",
    },
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[Bundle] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.create",
    method="POST",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles",
    spec="numbers_v2",
    record=Bundle,
    form={
        "friendly_name": "FriendlyName",
        "email": "Email",
        "status_callback": "StatusCallback",
        "regulation_sid": "RegulationSid",
        "iso_country": "IsoCountry",
        "end_user_type": "EndUserType",
        "number_type": "NumberType",
        "is_test": "IsTest",
    },
    required=frozenset(["email", "friendly_name"]),
)


_CONTEXT_FETCH: Operation[Bundle] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.fetch",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{Sid}",
    spec="numbers_v2",
    record=Bundle,
)


_CONTEXT_UPDATE: Operation[Bundle] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.update",
    method="POST",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{Sid}",
    spec="numbers_v2",
    record=Bundle,
    form={
        "status": "Status",
        "status_callback": "StatusCallback",
        "friendly_name": "FriendlyName",
        "email": "Email",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="numbers.v2.regulatory_compliance.bundles.delete",
    method="DELETE",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{Sid}",
    spec="numbers_v2",
)


class BundleContext(Resource):
    """One ``RegulatoryCompliance/Bundles`` record: sid."""

    _path = "/v2/RegulatoryCompliance/Bundles/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Bundle:
        """Fetch a specific Bundle instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[BundleUpdateParams]) -> Bundle:
        """Updates a Bundle in an account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Bundle."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def bundle_copies(self) -> BundleCopyList:
        """``RegulatoryCompliance/Bundles/BundleSid/Copies``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_bundles_copies import BundleCopyList

        return self._child(BundleCopyList)

    @property
    def evaluations(self) -> EvaluationList:
        """``RegulatoryCompliance/Bundles/BundleSid/Evaluations``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_bundles_evaluations import (
            EvaluationList,
        )

        return self._child(EvaluationList)

    @property
    def item_assignments(self) -> ItemAssignmentList:
        """``RegulatoryCompliance/Bundles/BundleSid/ItemAssignments``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_bundles_item_assignments import (
            ItemAssignmentList,
        )

        return self._child(ItemAssignmentList)

    @property
    def replace_items(self) -> ReplaceItemsList:
        """``RegulatoryCompliance/Bundles/BundleSid/ReplaceItems``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_bundles_replace_items import (
            ReplaceItemsList,
        )

        return self._child(ReplaceItemsList)


class BundleList(CreateMany[BundleCreateParams, Bundle], Resource):
    """``RegulatoryCompliance/Bundles`` (call it with a sid)."""

    _path = "/v2/RegulatoryCompliance/Bundles"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> BundleContext:
        """The record with this ``sid``."""
        return self._child(BundleContext, sid=sid)

    async def create(self, **params: Unpack[BundleCreateParams]) -> Bundle:
        """Create a new Bundle."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[BundleListParams],
    ) -> AsyncIterator[Bundle]:
        """Retrieve a list of all Bundles for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[BundleListParams],
    ) -> Page[Bundle]:
        """Retrieve a list of all Bundles for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[BundleListParams],
    ) -> list[Bundle]:
        """Retrieve a list of all Bundles for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
