# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2: Template (Templates) on verify.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

__all__ = ["TemplateList", "TemplateListParams", "VerificationTemplate"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VerificationTemplate(Record):
    """Record ``verify.v2.verification_template`` (every field may be ``None``)."""

    sid: str | None = None
    account_sid: str | None = None
    friendly_name: str | None = None
    channels: list[str] | None = None
    translations: Any | None = None


class TemplateListParams(TypedDict, total=False):
    """Keywords of ``verify.v2.templates.list`` (``ListVerificationTemplate``)."""

    friendly_name: str
    """String filter used to query templates with a given friendly name."""


_LIST_LIST: Operation[VerificationTemplate] = Operation(
    id="verify.v2.templates.list",
    method="GET",
    product="verify",
    path="/v2/Templates",
    spec="verify_v2",
    record=VerificationTemplate,
    query={
        "friendly_name": "FriendlyName",
    },
    paging="meta",
    envelope="templates",
)


class TemplateList(Resource):
    """``Templates``."""

    _path = "/v2/Templates"

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TemplateListParams],
    ) -> AsyncIterator[VerificationTemplate]:
        """List all the available templates for a given Account. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[TemplateListParams],
    ) -> Page[VerificationTemplate]:
        """List all the available templates for a given Account. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TemplateListParams],
    ) -> list[VerificationTemplate]:
        """List all the available templates for a given Account. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
