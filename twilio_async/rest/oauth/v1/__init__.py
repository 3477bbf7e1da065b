# Generated from specs/twilio-oai/twilio_oauth_v1.json by codegen; do not edit.
"""Oauth v1 on oauth.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.oauth.v1.authorize import AuthorizeList
    from twilio_async.rest.oauth.v1.token import TokenList

__all__ = ["OauthV1"]


class OauthV1(Resource):
    """``client.oauth.v1``."""

    @property
    def authorize(self) -> AuthorizeList:
        """``authorize``."""
        from twilio_async.rest.oauth.v1.authorize import AuthorizeList

        return AuthorizeList(self._transport)

    @property
    def token(self) -> TokenList:
        """``token``."""
        from twilio_async.rest.oauth.v1.token import TokenList

        return TokenList(self._transport)
