# Generated from specs/twilio-oai/twilio_flex_v1.json by codegen; do not edit.
"""FlexApi v1: InsightsUserRoles (Insights/UserRoles) on flex-api.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "InsightsUserRoles",
    "InsightsUserRolesContext",
    "InsightsUserRolesFetchParams",
    "InsightsUserRolesList",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class InsightsUserRoles(Record):
    """Record ``flex.v1.insights_user_roles`` (every field but ``url`` may be ``None``)."""

    roles: list[str] | None = None
    url: str


class InsightsUserRolesFetchParams(TypedDict, total=False):
    """Keywords of ``flex_api.v1.insights_user_roles.fetch`` (``FetchInsightsUserRoles``)."""

    authorization: str
    """The Authorization HTTP request header."""


_CONTEXT_FETCH: Operation[InsightsUserRoles] = Operation(
    id="flex_api.v1.insights_user_roles.fetch",
    method="GET",
    product="flex-api",
    path="/v1/Insights/UserRoles",
    spec="flex_v1",
    record=InsightsUserRoles,
    headers={
        "authorization": "Authorization",
    },
)


class InsightsUserRolesContext(Resource):
    """One ``Insights/UserRoles`` record."""

    _path = "/v1/Insights/UserRoles"

    async def fetch(self, **params: Unpack[InsightsUserRolesFetchParams]) -> InsightsUserRoles:
        """This is used by Flex UI and Quality Management to fetch the Flex Insights roles for the user."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class InsightsUserRolesList(Resource):
    """``Insights/UserRoles``."""

    def __call__(self) -> InsightsUserRolesContext:
        """The one record of this resource."""
        return self._child(InsightsUserRolesContext)
