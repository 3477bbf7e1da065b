# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: Build (Services/ServiceSid/Builds) on serverless.twilio.com."""

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
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.serverless.v1.services_builds_status import BuildStatusList

__all__ = ["Build", "BuildContext", "BuildCreateParams", "BuildList", "BuildRuntime", "BuildStatus"]


class BuildRuntime(OpenEnum):
    """``build_enum_runtime``."""

    NODE8 = "node8"
    NODE10 = "node10"
    NODE12 = "node12"
    NODE14 = "node14"
    NODE16 = "node16"
    NODE18 = "node18"
    NODE20 = "node20"
    NODE22 = "node22"


class BuildStatus(OpenEnum):
    """``build_enum_status``."""

    BUILDING = "building"
    COMPLETED = "completed"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Build(Record):
    """Record ``serverless.v1.service.build`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    status: BuildStatus | None = None
    asset_versions: list[Any] | None = None
    function_versions: list[Any] | None = None
    dependencies: list[Any] | None = None
    runtime: BuildRuntime | None = None
    date_created: datetime
    date_updated: datetime | None = None
    url: str
    links: dict[str, Any] | None = None


class BuildCreateParams(TypedDict, total=False):
    """Keywords of ``serverless.v1.services.builds.create`` (``CreateBuild``)."""

    asset_versions: Sequence[str]
    """The list of Asset Version resource SIDs to include in the Build."""
    function_versions: Sequence[str]
    """The list of the Function Version resource SIDs to include in the Build."""
    dependencies: str
    """A list of objects that describe the Dependencies included in the Build."""
    runtime: str
    """The Runtime version that will be used to run the Build resource when it is deployed."""


_LIST_LIST: Operation[Build] = Operation(
    id="serverless.v1.services.builds.list",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Builds",
    spec="serverless_v1",
    record=Build,
    paging="meta",
    envelope="builds",
)


_LIST_CREATE: Operation[Build] = Operation(
    id="serverless.v1.services.builds.create",
    method="POST",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Builds",
    spec="serverless_v1",
    record=Build,
    form={
        "asset_versions": "AssetVersions",
        "function_versions": "FunctionVersions",
        "dependencies": "Dependencies",
        "runtime": "Runtime",
    },
)


_CONTEXT_FETCH: Operation[Build] = Operation(
    id="serverless.v1.services.builds.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Builds/{Sid}",
    spec="serverless_v1",
    record=Build,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="serverless.v1.services.builds.delete",
    method="DELETE",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Builds/{Sid}",
    spec="serverless_v1",
)


class BuildContext(Resource):
    """One ``Services/ServiceSid/Builds`` record: sid."""

    _path = "/v1/Services/{ServiceSid}/Builds/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Build:
        """Retrieve a specific Build resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a Build resource."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def build_status(self) -> BuildStatusList:
        """``Services/ServiceSid/Builds/Sid/Status``."""
        from twilio_async.rest.serverless.v1.services_builds_status import BuildStatusList

        return self._child(BuildStatusList)


class BuildList(CreateMany[BuildCreateParams, Build], Resource):
    """``Services/ServiceSid/Builds`` (call it with a sid)."""

    _path = "/v1/Services/{ServiceSid}/Builds"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> BuildContext:
        """The record with this ``sid``."""
        return self._child(BuildContext, sid=sid)

    async def create(self, **params: Unpack[BuildCreateParams]) -> Build:
        """Create a new Build resource."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Build]:
        """Retrieve a list of all Builds. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Build]:
        """Retrieve a list of all Builds. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Build]:
        """Retrieve a list of all Builds. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
