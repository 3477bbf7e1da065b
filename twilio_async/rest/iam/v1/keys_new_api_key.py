# Generated from specs/twilio-oai/twilio_iam_v1.json by codegen; do not edit.
"""Iam v1: NewApiKey (Keys) on iam.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["NewApiKeyCreateParams", "NewApiKeyList", "NewKey"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class NewKey(Record):
    """Record ``iam.v1.new_key`` (every field but ``sid``, ``date_created`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    secret: str | None = attrs.field(default=None, repr=False)
    policy: dict[str, Any] | None = None


class NewApiKeyCreateParams(TypedDict, total=False):
    """Keywords of ``iam.v1.new_api_key.create`` (``CreateNewKey``)."""

    account_sid: Required[str]
    """The SID of the Account that created the Payments resource."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    key_type: str
    """The \\`KeyType\\` form parameter is used to specify the type of key you want to create."""
    policy: Any
    """The \\`Policy\\` object is a collection that specifies the allowed Twilio permissions for the restricted key."""


_LIST_CREATE: Operation[NewKey] = Operation(
    id="iam.v1.new_api_key.create",
    method="POST",
    product="iam",
    path="/v1/Keys",
    spec="iam_v1",
    record=NewKey,
    form={
        "account_sid": "AccountSid",
        "friendly_name": "FriendlyName",
        "key_type": "KeyType",
        "policy": "Policy",
    },
    required=frozenset(["account_sid"]),
    encode={
        "policy": "json",
    },
)


class NewApiKeyList(CreateMany[NewApiKeyCreateParams, NewKey], Resource):
    """``Keys``."""

    _path = "/v1/Keys"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[NewApiKeyCreateParams]) -> NewKey:
        """Create a new Signing Key for the account making the request."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
