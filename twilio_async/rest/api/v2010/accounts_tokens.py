# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Token (Accounts/AccountSid/Tokens) on api.twilio.com."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from twilio_async._operation import HttpInfo, Operation
from twilio_async._resource import Resource
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable, Iterable

    from twilio_async._bulk import BulkResult, ProgressCallback
    from twilio_async._exceptions import TwilioError

__all__ = ["Token", "TokenCreateParams", "TokenIceServers", "TokenList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Token:
    """Record ``api.v2010.account.token`` (every field but ``account_sid``, ``date_created`` may be ``None``)."""

    account_sid: str
    date_created: datetime
    date_updated: datetime | None = None
    ice_servers: list[TokenIceServers] | None = None
    password: str | None = attrs.field(default=None, repr=False)
    ttl: str | None = None
    username: str | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class TokenIceServers:
    """Record ``TokenIceServers`` (every field may be ``None``)."""

    credential: str | None = None
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


class TokenList(Resource):
    """``Accounts/AccountSid/Tokens``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Tokens.json"

    async def create_many(
        self,
        items: Iterable[TokenCreateParams] | AsyncIterable[TokenCreateParams],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, Token | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[Token]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        """
        return await self._create_many(
            _LIST_CREATE, items, max_in_flight, collect, on_result, progress
        )

    async def create(self, **params: Unpack[TokenCreateParams]) -> Token:
        """Create a new token for ICE servers."""
        return await self._call(_LIST_CREATE, params)

    async def create_with_http_info(self, **params: Unpack[TokenCreateParams]) -> HttpInfo[Token]:
        """Like ``create``, with the status code and response headers."""
        return await self._call_info(_LIST_CREATE, params)
