# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Token (Accounts/AccountSid/Tokens) on api.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Token", "TokenCreateParams", "TokenIceServers", "TokenList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Token(Record):
    """Record ``api.v2010.account.token`` (every field but ``account_sid``, ``date_created`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    ice_servers: list[TokenIceServers] | None = None
    password: str | None = attrs.field(default=None, repr=False)
    ttl: str | None = None
    username: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TokenIceServers(Record):
    """Record ``TokenIceServers`` (every field may be ``None``)."""

    credential: str | None = attrs.field(default=None, repr=False)
    username: str | None = None
    url: str | None = None
    urls: str | None = None


class TokenCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.tokens.create`` (``CreateToken``)."""

    ttl: int
    """The duration in seconds for which the generated credentials are valid."""


_LIST_CREATE: Operation[Token] = Operation(
    id="api.v2010.accounts.tokens.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Tokens.json",
    spec="api_v2010",
    record=Token,
    form={
        "ttl": "Ttl",
    },
)


class TokenList(CreateMany[TokenCreateParams, Token], Resource):
    """``Accounts/AccountSid/Tokens``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Tokens.json"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[TokenCreateParams]) -> Token:
        """Create a new token for ICE servers."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
