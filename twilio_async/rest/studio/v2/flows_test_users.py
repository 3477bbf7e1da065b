# Generated from specs/twilio-oai/twilio_studio_v2.json by codegen; do not edit.
"""Studio v2: FlowTestUser (Flows/Sid/TestUsers) on studio.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["FlowTestUserContext", "FlowTestUserList", "FlowTestUserUpdateParams", "TestUser"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TestUser(Record):
    """Record ``studio.v2.flow.test_user`` (every field but ``sid``, ``url`` may be ``None``)."""

    sid: str
    test_users: list[str] | None = None
    url: str


class FlowTestUserUpdateParams(TypedDict, total=False):
    """Keywords of ``studio.v2.flows.test_users.update`` (``UpdateTestUser``)."""

    test_users: Required[Sequence[str]]
    """List of test user identities that can test draft versions of the flow."""


_CONTEXT_FETCH: Operation[TestUser] = Operation(
    id="studio.v2.flows.test_users.fetch",
    method="GET",
    product="studio",
    path="/v2/Flows/{Sid}/TestUsers",
    spec="studio_v2",
    record=TestUser,
)


_CONTEXT_UPDATE: Operation[TestUser] = Operation(
    id="studio.v2.flows.test_users.update",
    method="POST",
    product="studio",
    path="/v2/Flows/{Sid}/TestUsers",
    spec="studio_v2",
    record=TestUser,
    form={
        "test_users": "TestUsers",
    },
    required=frozenset(["test_users"]),
)


class FlowTestUserContext(Resource):
    """One ``Flows/Sid/TestUsers`` record."""

    _path = "/v2/Flows/{Sid}/TestUsers"

    async def fetch(self) -> TestUser:
        """Fetch flow test users."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[FlowTestUserUpdateParams]) -> TestUser:
        """Update flow test users."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)


class FlowTestUserList(Resource):
    """``Flows/Sid/TestUsers``."""

    def __call__(self) -> FlowTestUserContext:
        """The one record of this resource."""
        return self._child(FlowTestUserContext)
