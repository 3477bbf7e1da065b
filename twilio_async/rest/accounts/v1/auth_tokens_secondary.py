# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""Accounts v1: SecondaryAuthToken (AuthTokens/Secondary) on accounts.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["SecondaryAuthToken", "SecondaryAuthTokenContext", "SecondaryAuthTokenList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class SecondaryAuthToken(Record):
    """Record ``accounts.v1.secondary_auth_token`` (every field but ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    secondary_auth_token: str | None = attrs.field(default=None, repr=False)
    url: str


_CONTEXT_CREATE: Operation[SecondaryAuthToken] = Operation(
    id="accounts.v1.secondary_auth_token.create",
    method="POST",
    product="accounts",
    path="/v1/AuthTokens/Secondary",
    spec="accounts_v1",
    record=SecondaryAuthToken,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="accounts.v1.secondary_auth_token.delete",
    method="DELETE",
    product="accounts",
    path="/v1/AuthTokens/Secondary",
    spec="accounts_v1",
)


class SecondaryAuthTokenContext(Resource):
    """One ``AuthTokens/Secondary`` record."""

    _path = "/v1/AuthTokens/Secondary"

    async def create(self) -> SecondaryAuthToken:
        """Create a new secondary Auth Token."""
        return await self._call(_CONTEXT_CREATE, {})

    create_with_http_info = with_http_info(_CONTEXT_CREATE, create)

    async def delete(self) -> bool:
        """Delete the secondary Auth Token from your account."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class SecondaryAuthTokenList(Resource):
    """``AuthTokens/Secondary``."""

    def __call__(self) -> SecondaryAuthTokenContext:
        """The one record of this resource."""
        return self._child(SecondaryAuthTokenContext)
