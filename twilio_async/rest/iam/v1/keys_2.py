# Generated from specs/twilio-oai/twilio_iam_v1.json by codegen; do not edit.
"""Iam v1: ApiKey (Keys) on iam.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["ApiKeyContext", "ApiKeyList", "ApiKeyUpdateParams", "Key"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Key(Record):
    """Record ``iam.v1.key`` (every field but ``sid``, ``date_created`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    policy: dict[str, Any] | None = None


class ApiKeyUpdateParams(TypedDict, total=False):
    """Keywords of ``iam.v1.api_key.update`` (``UpdateKey``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    policy: Any
    """The \\`Policy\\` object is a collection that specifies the allowed Twilio permissions for the restricted key."""


_CONTEXT_FETCH: Operation[Key] = Operation(
    id="iam.v1.api_key.fetch",
    method="GET",
    product="iam",
    path="/v1/Keys/{Sid}",
    spec="iam_v1",
    record=Key,
)


_CONTEXT_UPDATE: Operation[Key] = Operation(
    id="iam.v1.api_key.update",
    method="POST",
    product="iam",
    path="/v1/Keys/{Sid}",
    spec="iam_v1",
    record=Key,
    form={
        "friendly_name": "FriendlyName",
        "policy": "Policy",
    },
    encode={
        "policy": "json",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="iam.v1.api_key.delete",
    method="DELETE",
    product="iam",
    path="/v1/Keys/{Sid}",
    spec="iam_v1",
)


class ApiKeyContext(Resource):
    """One ``Keys`` record: sid."""

    _path = "/v1/Keys/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Key:
        """Fetch a specific Key."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ApiKeyUpdateParams]) -> Key:
        """Update a specific Key."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete a specific Key."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ApiKeyList(Resource):
    """``Keys`` (call it with a sid)."""

    def __call__(self, sid: str) -> ApiKeyContext:
        """The record with this ``sid``."""
        return self._child(ApiKeyContext, sid=sid)
