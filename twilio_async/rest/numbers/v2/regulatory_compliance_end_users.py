# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: EndUser (RegulatoryCompliance/EndUsers) on numbers.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "EndUser",
    "EndUserContext",
    "EndUserCreateParams",
    "EndUserList",
    "EndUserType",
    "EndUserUpdateParams",
]


class EndUserType(OpenEnum):
    """``end_user_enum_type``."""

    INDIVIDUAL = "individual"
    BUSINESS = "business"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class EndUser(Record):
    """Record ``numbers.v2.regulatory_compliance.end_user`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    type: EndUserType | None = None
    attributes: Any | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str


class EndUserCreateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.regulatory_compliance.end_users.create`` (``CreateEndUser``)."""

    friendly_name: Required[str]
    """The string that you assigned to describe the resource."""
    type: Required[str]
    attributes: Any
    """The set of parameters that are the attributes of the End User resource which are derived End User Types."""


class EndUserUpdateParams(TypedDict, total=False):
    """Keywords of ``numbers.v2.regulatory_compliance.end_users.update`` (``UpdateEndUser``)."""

    friendly_name: str
    """The string that you assigned to describe the resource."""
    attributes: Any
    """The set of parameters that are the attributes of the End User resource which are derived End User Types."""


_LIST_LIST: Operation[EndUser] = Operation(
    id="numbers.v2.regulatory_compliance.end_users.list",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/EndUsers",
    spec="numbers_v2",
    record=EndUser,
    paging="meta",
    envelope="results",
)


_LIST_CREATE: Operation[EndUser] = Operation(
    id="numbers.v2.regulatory_compliance.end_users.create",
    method="POST",
    product="numbers",
    path="/v2/RegulatoryCompliance/EndUsers",
    spec="numbers_v2",
    record=EndUser,
    form={
        "friendly_name": "FriendlyName",
        "type": "Type",
        "attributes": "Attributes",
    },
    required=frozenset(["friendly_name", "type"]),
    encode={
        "attributes": "json",
    },
)


_CONTEXT_FETCH: Operation[EndUser] = Operation(
    id="numbers.v2.regulatory_compliance.end_users.fetch",
    method="GET",
    product="numbers",
    path="/v2/RegulatoryCompliance/EndUsers/{Sid}",
    spec="numbers_v2",
    record=EndUser,
)


_CONTEXT_UPDATE: Operation[EndUser] = Operation(
    id="numbers.v2.regulatory_compliance.end_users.update",
    method="POST",
    product="numbers",
    path="/v2/RegulatoryCompliance/EndUsers/{Sid}",
    spec="numbers_v2",
    record=EndUser,
    form={
        "friendly_name": "FriendlyName",
        "attributes": "Attributes",
    },
    encode={
        "attributes": "json",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="numbers.v2.regulatory_compliance.end_users.delete",
    method="DELETE",
    product="numbers",
    path="/v2/RegulatoryCompliance/EndUsers/{Sid}",
    spec="numbers_v2",
)


class EndUserContext(Resource):
    """One ``RegulatoryCompliance/EndUsers`` record: sid."""

    _path = "/v2/RegulatoryCompliance/EndUsers/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> EndUser:
        """Fetch specific End User Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[EndUserUpdateParams]) -> EndUser:
        """Update an existing End User."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific End User."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class EndUserList(CreateMany[EndUserCreateParams, EndUser], Resource):
    """``RegulatoryCompliance/EndUsers`` (call it with a sid)."""

    _path = "/v2/RegulatoryCompliance/EndUsers"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> EndUserContext:
        """The record with this ``sid``."""
        return self._child(EndUserContext, sid=sid)

    async def create(self, **params: Unpack[EndUserCreateParams]) -> EndUser:
        """Create a new End User."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[EndUser]:
        """Retrieve a list of all End User for an account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[EndUser]:
        """Retrieve a list of all End User for an account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[EndUser]:
        """Retrieve a list of all End User for an account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
