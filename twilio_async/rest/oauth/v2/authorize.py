# Generated from specs/twilio-oai/twilio_oauth_v2.json by codegen; do not edit.
"""Oauth v2: Authorize (authorize) on oauth.twilio.com."""

from __future__ import annotations

from twilio_async._operation import Operation, Redirect
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["AuthorizeFetchParams", "AuthorizeList"]


class AuthorizeFetchParams(TypedDict, total=False):
    """Keywords of ``oauth.v2.authorize.fetch`` (``FetchOauth2Authorize``)."""

    response_type: str
    client_id: str
    redirect_uri: str
    scope: str
    state: str


_LIST_FETCH: Operation[Redirect] = Operation(
    id="oauth.v2.authorize.fetch",
    method="GET",
    product="oauth",
    path="/v2/authorize",
    spec="oauth_v2",
    record=Redirect,
    query={
        "response_type": "response_type",
        "client_id": "client_id",
        "redirect_uri": "redirect_uri",
        "scope": "scope",
        "state": "state",
    },
    auth="optional",
)


class AuthorizeList(Resource):
    """``authorize``."""

    _path = "/v2/authorize"

    async def fetch(self, **params: Unpack[AuthorizeFetchParams]) -> Redirect:
        """Retrieves authorize uri."""
        return await self._call(_LIST_FETCH, params)

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)
