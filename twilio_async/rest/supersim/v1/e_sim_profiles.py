# Generated from specs/twilio-oai/twilio_supersim_v1.json by codegen; do not edit.
"""Supersim v1: EsimProfile (ESimProfiles) on supersim.twilio.com."""

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

__all__ = [
    "EsimProfile",
    "EsimProfileContext",
    "EsimProfileCreateParams",
    "EsimProfileList",
    "EsimProfileListParams",
    "EsimProfileStatus",
]


class EsimProfileStatus(OpenEnum):
    """``esim_profile_enum_status``."""

    NEW = "new"
    RESERVING = "reserving"
    AVAILABLE = "available"
    DOWNLOADED = "downloaded"
    INSTALLED = "installed"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class EsimProfile(Record):
    """Record ``supersim.v1.esim_profile`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    iccid: str | None = None
    sim_sid: str | None = None
    status: EsimProfileStatus | None = None
    eid: str | None = None
    smdp_plus_address: str | None = None
    matching_id: str | None = None
    activation_code: str | None = attrs.field(default=None, repr=False)
    error_code: str | None = None
    error_message: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class EsimProfileListParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.esim_profiles.list`` (``ListEsimProfile``)."""

    eid: str
    """List the eSIM Profiles that have been associated with an EId."""
    sim_sid: str
    """Find the eSIM Profile resource related to a Sim resource by providing the SIM SID."""
    status: str
    """List the eSIM Profiles that are in a given status."""


class EsimProfileCreateParams(TypedDict, total=False):
    """Keywords of ``supersim.v1.esim_profiles.create`` (``CreateEsimProfile``)."""

    callback_url: str
    """The URL we should call using the `callback_method` when the status of the eSIM Profile changes."""
    callback_method: str
    """The HTTP method we should use to call `callback_url`."""
    generate_matching_id: bool
    """When set to `true`, a value for `Eid` does not need to be provided."""
    eid: str
    """Identifier of the eUICC that will claim the eSIM Profile."""


_LIST_LIST: Operation[EsimProfile] = Operation(
    id="supersim.v1.esim_profiles.list",
    method="GET",
    product="supersim",
    path="/v1/ESimProfiles",
    spec="supersim_v1",
    record=EsimProfile,
    query={
        "eid": "Eid",
        "sim_sid": "SimSid",
        "status": "Status",
    },
    paging="meta",
    envelope="esim_profiles",
)


_LIST_CREATE: Operation[EsimProfile] = Operation(
    id="supersim.v1.esim_profiles.create",
    method="POST",
    product="supersim",
    path="/v1/ESimProfiles",
    spec="supersim_v1",
    record=EsimProfile,
    form={
        "callback_url": "CallbackUrl",
        "callback_method": "CallbackMethod",
        "generate_matching_id": "GenerateMatchingId",
        "eid": "Eid",
    },
)


_CONTEXT_FETCH: Operation[EsimProfile] = Operation(
    id="supersim.v1.esim_profiles.fetch",
    method="GET",
    product="supersim",
    path="/v1/ESimProfiles/{Sid}",
    spec="supersim_v1",
    record=EsimProfile,
)


class EsimProfileContext(Resource):
    """One ``ESimProfiles`` record: sid."""

    _path = "/v1/ESimProfiles/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> EsimProfile:
        """Fetch an eSIM Profile."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class EsimProfileList(CreateMany[EsimProfileCreateParams, EsimProfile], Resource):
    """``ESimProfiles`` (call it with a sid)."""

    _path = "/v1/ESimProfiles"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> EsimProfileContext:
        """The record with this ``sid``."""
        return self._child(EsimProfileContext, sid=sid)

    async def create(self, **params: Unpack[EsimProfileCreateParams]) -> EsimProfile:
        """Order an eSIM Profile."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[EsimProfileListParams],
    ) -> AsyncIterator[EsimProfile]:
        """Retrieve a list of eSIM Profiles. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[EsimProfileListParams],
    ) -> Page[EsimProfile]:
        """Retrieve a list of eSIM Profiles. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[EsimProfileListParams],
    ) -> list[EsimProfile]:
        """Retrieve a list of eSIM Profiles. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
