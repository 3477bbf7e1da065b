# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InsightsSession (Insights/Session) on flex-api.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "InsightsSession",
    "InsightsSessionContext",
    "InsightsSessionCreateParams",
    "InsightsSessionList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsSession(Record):
    """Record ``flex.v1.insights_session`` (every field but ``url`` may be ``None``)."""

    workspace_id: str | None = None
    session_expiry: str | None = None
    session_id: str | None = None
    base_url: str | None = None
    url: str


class InsightsSessionCreateParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_session.create`` (``CreateInsightsSession``)."""

    authorization: str
    """The Authorization HTTP request header."""


_CONTEXT_CREATE: Operation[InsightsSession] = Operation(
    id="flex_api.v1.insights_session.create",
    method="POST",
    product="flex-api",
    path="/v1/Insights/Session",
    spec="flex_v1",
    record=InsightsSession,
    headers={
        "authorization": "Authorization",
    },
)


class InsightsSessionContext(Resource):
    """One ``Insights/Session`` record."""

    _path = "/v1/Insights/Session"

    async def create(self, **params: Unpack[InsightsSessionCreateParams]) -> InsightsSession:
        """To obtain session details for fetching reports and dashboards."""
        return await self._call(_CONTEXT_CREATE, params)

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)


class InsightsSessionList(Resource):
    """``Insights/Session``."""

    def __call__(self) -> InsightsSessionContext:
        """The one record of this resource."""
        return self._child(InsightsSessionContext)
