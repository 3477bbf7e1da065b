# Generated from specs/twilio-oai/twilio_oauth_v2.json by codegen; do not edit.
"""Oauth v2: Token (token) on oauth.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["Token", "TokenCreateParams", "TokenList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Token(Record):
    """Record ``V2Oauth2TokenResponse`` (every field may be ``None``)."""

    access_token: str | None = attrs.field(default=None, repr=False)
    refresh_token: str | None = attrs.field(default=None, repr=False)
    id_token: str | None = attrs.field(default=None, repr=False)
    token_type: str | None = None
    expires_in: int | None = None


class TokenCreateParams(TypedDict, total=False):
    """Keywords of ``oauth.v2.token.create`` (``CreateOauth2Token``)."""

    account_sid: str
    """Optional Account SID to perform on behalf of requests."""
    grant_type: str
    """Grant type is a credential representing resource owner's authorization which can be used by client to obtain access token."""
    client_id: str
    """A 34 character string that uniquely identifies this OAuth App."""
    client_secret: str
    """The credential for confidential OAuth App."""
    code: str
    """JWT token related to the authorization code grant type."""
    redirect_uri: str
    """The redirect uri."""
    audience: str
    """The targeted audience uri."""
    refresh_token: str
    """JWT token related to refresh access token."""
    scope: str
    """The scope of token."""


_LIST_CREATE: Operation[Token] = Operation(
    id="oauth.v2.token.create",
    method="POST",
    product="oauth",
    path="/v2/token",
    spec="oauth_v2",
    record=Token,
    query={
        "account_sid": "account_sid",
    },
    form={
        "grant_type": "grant_type",
        "client_id": "client_id",
        "client_secret": "client_secret",
        "code": "code",
        "redirect_uri": "redirect_uri",
        "audience": "audience",
        "refresh_token": "refresh_token",
        "scope": "scope",
    },
    auth="optional",
)


class TokenList(CreateMany[TokenCreateParams, Token], Resource):
    """``token``."""

    _path = "/v2/token"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[TokenCreateParams]) -> Token:
        """Issues a new Access token (optionally identity_token & refresh_token) in exchange of Oauth grant."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
