# Generated from specs/twilio-oai/twilio_oauth_v1.json by codegen; do not edit.
"""Oauth v1: Authorize (authorize) on oauth.twilio.com."""

from __future__ import annotations

from twilio_async._operation import Operation, Redirect
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["AuthorizeFetchParams", "AuthorizeList"]


class AuthorizeFetchParams(TypedDict, total=False):
    """Keywords of ``oauth.v1.authorize.fetch`` (``FetchAuthorize``)."""

    response_type: str
    """Response Type."""
    client_id: str
    """The Client Identifier."""
    redirect_uri: str
    """The url to which response will be redirected to."""
    scope: str
    """The scope of the access request."""
    state: str
    """An opaque value which can be used to maintain state between the request and callback."""


_LIST_FETCH: Operation[Redirect] = Operation(
    id="oauth.v1.authorize.fetch",
    method="GET",
    product="oauth",
    path="/v1/authorize",
    spec="oauth_v1",
    record=Redirect,
    query={
        "response_type": "ResponseType",
        "client_id": "ClientId",
        "redirect_uri": "RedirectUri",
        "scope": "Scope",
        "state": "State",
    },
    auth="optional",
)


class AuthorizeList(Resource):
    """``authorize``."""

    _path = "/v1/authorize"

    async def fetch(self, **params: Unpack[AuthorizeFetchParams]) -> Redirect:
        """Retrieves authorize uri."""
        return await self._call(_LIST_FETCH, params)

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)
