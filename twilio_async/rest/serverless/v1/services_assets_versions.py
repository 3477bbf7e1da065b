# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: AssetVersion (Services/ServiceSid/Assets/AssetSid/Versions) on serverless.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["AssetVersion", "AssetVersionContext", "AssetVersionList", "AssetVersionVisibility"]


class AssetVersionVisibility(OpenEnum):
    """``asset_version_enum_visibility``."""

    PUBLIC = "public"
    PRIVATE = "private"
    PROTECTED = "protected"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AssetVersion(Record):
    """Record ``serverless.v1.service.asset.asset_version`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``asset_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    asset_sid: str
    path: str | None = None
    visibility: AssetVersionVisibility | None = None
    date_created: datetime
    url: str


_LIST_LIST: Operation[AssetVersion] = Operation(
    id="serverless.v1.services.assets.asset_versions.list",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions",
    spec="serverless_v1",
    record=AssetVersion,
    paging="meta",
    envelope="asset_versions",
)


_CONTEXT_FETCH: Operation[AssetVersion] = Operation(
    id="serverless.v1.services.assets.asset_versions.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions/{Sid}",
    spec="serverless_v1",
    record=AssetVersion,
)


class AssetVersionContext(Resource):
    """One ``Services/ServiceSid/Assets/AssetSid/Versions`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> AssetVersion:
        """Retrieve a specific Asset Version."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class AssetVersionList(Resource):
    """``Services/ServiceSid/Assets/AssetSid/Versions`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Assets/{AssetSid}/Versions"

    def __call__(self, sid: str) -> AssetVersionContext:
        """The record with this ``sid``."""
        return self._child(AssetVersionContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[AssetVersion]:
        """Retrieve a list of all Asset Versions. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[AssetVersion]:
        """Retrieve a list of all Asset Versions. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[AssetVersion]:
        """Retrieve a list of all Asset Versions. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
