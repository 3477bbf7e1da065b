# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: BundleClone (RegulatoryCompliance/Bundles/BundleSid/Clones) on numbers.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "BundleClone",
    "BundleCloneContext",
    "BundleCloneCreateParams",
    "BundleCloneList",
    "BundleCloneStatus",
]


class BundleCloneStatus(OpenEnum):
    """``bundle_clone_enum_status``."""

    DRAFT = "draft"
    PENDING_REVIEW = "pending-review"
    IN_REVIEW = "in-review"
    TWILIO_REJECTED = "twilio-rejected"
    TWILIO_APPROVED = "twilio-approved"
    PROVISIONALLY_APPROVED = "provisionally-approved"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BundleClone(Record):
    """Record ``numbers.v2.bundle_clone`` (every field but ``bundle_sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    bundle_sid: str
    account_sid: str
    regulation_sid: str | None = None
    friendly_name: str | None = None
    status: BundleCloneStatus | None = None
    valid_until: datetime | None = None
    email: str | None = None
    status_callback: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class BundleCloneCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.bundle_clone.create`` (``CreateBundleClone``)."""

    target_account_sid: Required[str]
    """The SID of the Account where the bundle needs to be cloned."""
    move_to_draft: bool
    """If set to true, the cloned bundle will be in the DRAFT state, else it will be twilio-approved."""
    friendly_name: str
    """The string that you assigned to describe the cloned bundle."""


_CONTEXT_CREATE: Operation[BundleClone] = Operation(
    id="numbers.v2.bundle_clone.create",
    method="POST",
    product="numbers",
    path="/v2/RegulatoryCompliance/Bundles/{BundleSid}/Clones",
    spec="numbers_v2",
    record=BundleClone,
    form={
        "target_account_sid": "TargetAccountSid",
        "move_to_draft": "MoveToDraft",
        "friendly_name": "FriendlyName",
    },
    required=frozenset(["target_account_sid"]),
)


class BundleCloneContext(Resource):
    """One ``RegulatoryCompliance/Bundles/BundleSid/Clones`` record."""

    _path = "/v2/RegulatoryCompliance/Bundles/{BundleSid}/Clones"

    @property
    def bundle_sid(self) -> str:
        """The ``bundle_sid`` this context points at."""
        return self._values[0]

    async def create(self, **params: Unpack[BundleCloneCreateParams]) -> BundleClone:
        """Creates a new clone of the Bundle in target Account."""
        return await self._call(_CONTEXT_CREATE, params)

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)


class BundleCloneList(Resource):
    """``RegulatoryCompliance/Bundles/BundleSid/Clones``."""

    def __call__(self, bundle_sid: str) -> BundleCloneContext:
        """The record with this ``bundle_sid``."""
        return self._child(BundleCloneContext, bundle_sid=bundle_sid)
