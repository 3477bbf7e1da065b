# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1: FunctionVersionContent (Services/ServiceSid/Functions/FunctionSid/Versions/Sid/Content) on serverless.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["FunctionVersionContent", "FunctionVersionContentContext", "FunctionVersionContentList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class FunctionVersionContent(Record):
    """Record ``serverless.v1.service.function.function_version.function_version_content`` (every field but ``sid``, ``account_sid``, ``service_sid``, ``function_sid``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    service_sid: str
    function_sid: str
    content: str | None = None
    url: str


_CONTEXT_FETCH: Operation[FunctionVersionContent] = Operation(
    id="serverless.v1.services.functions.function_versions.function_version_content.fetch",
    method="GET",
    product="serverless",
    path="/v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}/Content",
    spec="serverless_v1",
    record=FunctionVersionContent,
)


class FunctionVersionContentContext(Resource):
    """One ``Services/ServiceSid/Functions/FunctionSid/Versions/Sid/Content`` record."""

    _path = "/v1/Services/{ServiceSid}/Functions/{FunctionSid}/Versions/{Sid}/Content"

    async def fetch(self) -> FunctionVersionContent:
        """Retrieve a the content of a specific Function Version resource."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class FunctionVersionContentList(Resource):
    """``Services/ServiceSid/Functions/FunctionSid/Versions/Sid/Content``."""

    def __call__(self) -> FunctionVersionContentContext:
        """The one record of this resource."""
        return self._child(FunctionVersionContentContext)
