# Generated from specs/twilio-oai/twilio_oauth_v2.json by codegen; do not edit.
"""Oauth v2 on oauth.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.oauth.v2.authorize import AuthorizeList
    from twilio_async.rest.oauth.v2.token import TokenList

__all__ = ["OauthV2"]


class OauthV2(Resource):
    """``client.oauth.v2``."""

    @property
    def authorize(self) -> AuthorizeList:
        """``authorize``."""
        from twilio_async.rest.oauth.v2.authorize import AuthorizeList

        return AuthorizeList(self._transport)

    @property
    def token(self) -> TokenList:
        """``token``."""
        from twilio_async.rest.oauth.v2.token import TokenList

        return TokenList(self._transport)
