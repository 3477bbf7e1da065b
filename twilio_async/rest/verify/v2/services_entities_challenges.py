# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Challenge (Services/ServiceSid/Entities/Identity/Challenges) on verify.twilio.com."""

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
    from twilio_async.rest.verify.v2.services_entities_challenges_notifications import (
        NotificationList,
    )

__all__ = [
    "Challenge",
    "ChallengeChallengeReasons",
    "ChallengeChallengeStatuses",
    "ChallengeContext",
    "ChallengeCreateParams",
    "ChallengeFactorTypes",
    "ChallengeList",
    "ChallengeListParams",
    "ChallengeUpdateParams",
]


class ChallengeChallengeReasons(OpenEnum):
    """``challenge_enum_challenge_reasons``."""

    NONE = "none"
    NOT_NEEDED = "not_needed"
    NOT_REQUESTED = "not_requested"


class ChallengeChallengeStatuses(OpenEnum):
    """``challenge_enum_challenge_statuses``."""

    PENDING = "pending"
    EXPIRED = "expired"
    APPROVED = "approved"
    DENIED = "denied"


class ChallengeFactorTypes(OpenEnum):
    """``challenge_enum_factor_types``."""

    PUSH = "push"
    TOTP = "totp"
    PASSKEYS = "passkeys"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Challenge(Record):
    """Record ``verify.v2.service.entity.challenge`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``identity``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    entity_sid: str | None = None
    identity: str
    factor_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    date_responded: datetime | None = None
    expiration_date: datetime | None = None
    status: ChallengeChallengeStatuses | None = None
    responded_reason: ChallengeChallengeReasons | None = None
    details: Any | None = None
    hidden_details: Any | None = None
    metadata: Any | None = None
    factor_type: ChallengeFactorTypes | None = None
    url: str
    links: dict[str, Any] | None = None


class ChallengeListParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.entities.challenges.list`` (``ListChallenge``)."""

    factor_sid: str
    """The unique SID identifier of the Factor."""
    status: str
    """The Status of the Challenges to fetch."""
    order: str
    """The desired sort order of the Challenges list."""


class ChallengeCreateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.entities.challenges.create`` (``CreateChallenge``)."""

    factor_sid: Required[str]
    """The unique SID identifier of the Factor."""
    expiration_date: datetime
    """The date-time when this Challenge expires, given in ISO 8601 format."""
    details_message: str
    """Shown to the user when the push notification arrives."""
    details_fields: Sequence[Any]
    """A list of objects that describe the Fields included in the Challenge."""
    hidden_details: Any
    """Details provided to give context about the Challenge."""
    auth_payload: str
    """Optional payload used to verify the Challenge upon creation."""


class ChallengeUpdateParams(TypedDict, total=False):
    """Keywords of ``verify.v2.services.entities.challenges.update`` (``UpdateChallenge``)."""

    auth_payload: str
    """The optional payload needed to verify the Challenge."""
    metadata: Any
    """Custom metadata associated with the challenge."""


_LIST_LIST: Operation[Challenge] = Operation(
    id="verify.v2.services.entities.challenges.list",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges",
    spec="verify_v2",
    record=Challenge,
    query={
        "factor_sid": "FactorSid",
        "status": "Status",
        "order": "Order",
    },
    paging="meta",
    envelope="challenges",
)


_LIST_CREATE: Operation[Challenge] = Operation(
    id="verify.v2.services.entities.challenges.create",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges",
    spec="verify_v2",
    record=Challenge,
    form={
        "factor_sid": "FactorSid",
        "expiration_date": "ExpirationDate",
        "details_message": "Details.Message",
        "details_fields": "Details.Fields",
        "hidden_details": "HiddenDetails",
        "auth_payload": "AuthPayload",
    },
    required=frozenset(["factor_sid"]),
    encode={
        "details_fields": "json_items",
        "hidden_details": "json",
    },
)


_CONTEXT_FETCH: Operation[Challenge] = Operation(
    id="verify.v2.services.entities.challenges.fetch",
    method="GET",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}",
    spec="verify_v2",
    record=Challenge,
)


_CONTEXT_UPDATE: Operation[Challenge] = Operation(
    id="verify.v2.services.entities.challenges.update",
    method="POST",
    product="verify",
    path="/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}",
    spec="verify_v2",
    record=Challenge,
    form={
        "auth_payload": "AuthPayload",
        "metadata": "Metadata",
    },
    encode={
        "metadata": "json",
    },
)


class ChallengeContext(Resource):
    """One ``Services/ServiceSid/Entities/Identity/Challenges`` record: sid."""

    _path = "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> Challenge:
        """Fetch a specific Challenge."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ChallengeUpdateParams]) -> Challenge:
        """Verify a specific Challenge."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def notifications(self) -> NotificationList:
        """``Services/ServiceSid/Entities/Identity/Challenges/ChallengeSid/Notifications``."""
        from twilio_async.rest.verify.v2.services_entities_challenges_notifications import (
            NotificationList,
        )

        return self._child(NotificationList)


class ChallengeList(CreateMany[ChallengeCreateParams, Challenge], Resource):
    """``Services/ServiceSid/Entities/Identity/Challenges`` (call it with a sid)."""

    _path = "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ChallengeContext:
        """The record with this ``sid``."""
        return self._child(ChallengeContext, sid=sid)

    async def create(self, **params: Unpack[ChallengeCreateParams]) -> Challenge:
        """Create a new Challenge for the Factor."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ChallengeListParams],
    ) -> AsyncIterator[Challenge]:
        """Retrieve a list of all Challenges for a Factor. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[ChallengeListParams],
    ) -> Page[Challenge]:
        """Retrieve a list of all Challenges for a Factor. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[ChallengeListParams],
    ) -> list[Challenge]:
        """Retrieve a list of all Challenges for a Factor. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
