# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: FunctionVersion (Services/ServiceSid/Functions/FunctionSid/Versions) on serverless.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.serverless.v1.services_functions_versions_content import (
        FunctionVersionContentList,
    )

__all__ = [
    "FunctionVersion",
    "FunctionVersionContext",
    "FunctionVersionList",
    "FunctionVersionVisibility",
]


class FunctionVersionVisibility(OpenEnum):
    """``function_version_enum_visibility``."""

    PUBLIC = "public"
    PRIVATE = "private"
    PROTECTED = "protected"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class FunctionVersion(Record):
    """Record ``serverless.v1.service.function.function_version`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``function_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    function_sid: str
    path: str | None = None
    visibility: FunctionVersionVisibility | None = None
    date_created: datetime
    url: str
    links: dict[str, Any] | None = None


_LIST_LIST: Operation[FunctionVersion] = Operation(
    id="serverless.v1.services.functions.function_versions.list",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions",
    spec="serverless_v1",
    record=FunctionVersion,
    paging="meta",
    envelope="function_versions",
)


_CONTEXT_FETCH: Operation[FunctionVersion] = Operation(
    id="serverless.v1.services.functions.function_versions.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}",
    spec="serverless_v1",
    record=FunctionVersion,
)


class FunctionVersionContext(Resource):
    """One ``Services/ServiceSid/Functions/FunctionSid/Versions`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> FunctionVersion:
        """Retrieve a specific Function Version resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    @property
    def function_version_content(self) -> FunctionVersionContentList:
        """``Services/ServiceSid/Functions/FunctionSid/Versions/Sid/Content``."""
        from twilio_async.rest.serverless.v1.services_functions_versions_content import (
            FunctionVersionContentList,
        )

        return self._child(FunctionVersionContentList)


class FunctionVersionList(Resource):
    """``Services/ServiceSid/Functions/FunctionSid/Versions`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions"

    def __call__(self, sid: str) -> FunctionVersionContext:
        """The record with this ``sid``."""
        return self._child(FunctionVersionContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[FunctionVersion]:
        """Retrieve a list of all Function Version resources. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[FunctionVersion]:
        """Retrieve a list of all Function Version resources. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[FunctionVersion]:
        """Retrieve a list of all Function Version resources. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
