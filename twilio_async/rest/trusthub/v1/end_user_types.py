# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: EndUserType (EndUserTypes) on trusthub.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["EndUserType", "EndUserTypeContext", "EndUserTypeList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class EndUserType(Record):
    """Record ``trusthub.v1.end_user_type`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    machine_name: str | None = None
    fields: list[Any] | None = None
    url: str


_LIST_LIST: Operation[EndUserType] = Operation(
    id="trusthub.v1.end_user_types.list",
    method="GET",
    product="trusthub",
    path="/v1/EndUserTypes",
    spec="trusthub_v1",
    record=EndUserType,
    paging="meta",
    envelope="end_user_types",
)


_CONTEXT_FETCH: Operation[EndUserType] = Operation(
    id="trusthub.v1.end_user_types.fetch",
    method="GET",
    product="trusthub",
    path="/v1/EndUserTypes/{Sid}",
    spec="trusthub_v1",
    record=EndUserType,
)


class EndUserTypeContext(Resource):
    """One ``EndUserTypes`` record: sid."""

    _path = "/v1/EndUserTypes/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> EndUserType:
        """Fetch a specific End-User Type Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class EndUserTypeList(Resource):
    """``EndUserTypes`` (call it with a sid)."""

    _path = "/v1/EndUserTypes"

    def __call__(self, sid: str) -> EndUserTypeContext:
        """The record with this ``sid``."""
        return self._child(EndUserTypeContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[EndUserType]:
        """Retrieve a list of all End-User Types. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[EndUserType]:
        """Retrieve a list of all End-User Types. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[EndUserType]:
        """Retrieve a list of all End-User Types. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
