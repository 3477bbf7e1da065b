# Generated from specs/twilio-oai/twilio_iam_organizations.json by codegen; do not edit.
"""PreviewIam v1: Token (token) on preview-iam.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["Token", "TokenCreateParams", "TokenList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Token(Record):
    """Record ``oauth.v1.token`` (every field may be ``None``)."""

    access_token: str | None = attrs.field(default=None, repr=False)
    refresh_token: str | None = attrs.field(default=None, repr=False)
    id_token: str | None = attrs.field(default=None, repr=False)
    token_type: str | None = None
    expires_in: int | None = None


class TokenCreateParams(TypedDict, total=False):
    """Keywords of ``preview_iam.v1.token.create`` (``CreateToken``)."""

    grant_type: Required[str]
    """Grant type is a credential representing resource owner's authorization which can be used by client to obtain access token."""
    client_id: Required[str]
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
    id="preview_iam.v1.token.create",
    method="POST",
    product="preview-iam",
    path="/v1/token",
    spec="iam_organizations",
    record=Token,
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
    required=frozenset(["client_id", "grant_type"]),
    auth="optional",
)


class TokenList(CreateMany[TokenCreateParams, Token], Resource):
    """``token``."""

    _path = "/v1/token"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[TokenCreateParams]) -> Token:
        """Issues a new Access token (optionally identity_token & refresh_token) in exchange of Oauth grant."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
