# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: NewKey (Accounts/AccountSid/Keys) on api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["NewKey", "NewKeyCreateParams", "NewKeyList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class NewKey(Record):
    """Record ``api.v2010.account.new_key`` (every field but ``sid``, ``date_created`` may be ``None``)."""

    sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    secret: str | None = attrs.field(default=None, repr=False)


class NewKeyCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.new_keys.create`` (``CreateNewKey``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""


_LIST_CREATE: Operation[NewKey] = Operation(
    id="api.v2010.accounts.new_keys.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Keys.json",
    spec="api_v2010",
    record=NewKey,
    form={
        "friendly_name": "FriendlyName",
    },
)


class NewKeyList(CreateMany[NewKeyCreateParams, NewKey], Resource):
    """``Accounts/AccountSid/Keys``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Keys.json"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[NewKeyCreateParams]) -> NewKey:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
