# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: UsAppToPersonUsecase (Services/MessagingServiceSid/Compliance/Usa2p/Usecases) on messaging.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["UsAppToPersonUsecase", "UsAppToPersonUsecaseFetchParams", "UsAppToPersonUsecaseList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UsAppToPersonUsecase(Record):
    """Record ``messaging.v1.service.us_app_to_person_usecase`` (every field may be ``None``)."""

    us_app_to_person_usecases: list[Any] | None = None


class UsAppToPersonUsecaseFetchParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.us_app_to_person_usecases.fetch`` (``FetchUsAppToPersonUsecase``)."""

    brand_registration_sid: str
    """The unique string to identify the A2P brand."""


_LIST_FETCH: Operation[UsAppToPersonUsecase] = Operation(
    id="messaging.v1.services.us_app_to_person_usecases.fetch",
    method="GET",
    product="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases",
    spec="messaging_v1",
    record=UsAppToPersonUsecase,
    query={
        "brand_registration_sid": "BrandRegistrationSid",
    },
)


class UsAppToPersonUsecaseList(Resource):
    """``Services/MessagingServiceSid/Compliance/Usa2p/Usecases``."""

    _path = "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases"

    async def fetch(
        self, **params: Unpack[UsAppToPersonUsecaseFetchParams]
    ) -> UsAppToPersonUsecase:
        """fetch."""
        return await self._call(_LIST_FETCH, params)

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)
