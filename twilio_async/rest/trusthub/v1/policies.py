# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1: Policies (Policies) on trusthub.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["Policies", "PoliciesContext", "PoliciesList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Policies(Record):
    """Record ``trusthub.v1.policies`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    requirements: Any | None = None
    url: str


_LIST_LIST: Operation[Policies] = Operation(
    id="trusthub.v1.policies.list",
    method="GET",
    product="trusthub",
    path="/v1/Policies",
    spec="trusthub_v1",
    record=Policies,
    paging="meta",
    envelope="results",
)


_CONTEXT_FETCH: Operation[Policies] = Operation(
    id="trusthub.v1.policies.fetch",
    method="GET",
    product="trusthub",
    path="/v1/Policies/{Sid}",
    spec="trusthub_v1",
    record=Policies,
)


class PoliciesContext(Resource):
    """One ``Policies`` record: sid."""

    _path = "/v1/Policies/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Policies:
        """Fetch specific Policy Instance."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class PoliciesList(Resource):
    """``Policies`` (call it with a sid)."""

    _path = "/v1/Policies"

    def __call__(self, sid: str) -> PoliciesContext:
        """The record with this ``sid``."""
        return self._child(PoliciesContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Policies]:
        """Retrieve a list of all Policys. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Policies]:
        """Retrieve a list of all Policys. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Policies]:
        """Retrieve a list of all Policys. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
