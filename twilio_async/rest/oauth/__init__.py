# Generated from specs/twilio-oai/twilio_oauth_v1.json, twilio_oauth_v2.json by codegen; do not edit.
"""``client.oauth``: Twilio's oauth.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.oauth.v1 import OauthV1
    from twilio_async.rest.oauth.v2 import OauthV2

__all__ = ["Oauth"]


class Oauth(Resource):
    """``client.oauth``."""

    @property
    def v1(self) -> OauthV1:
        """Version ``v1``."""
        from twilio_async.rest.oauth.v1 import OauthV1

        return OauthV1(self._transport, self._values)

    @property
    def v2(self) -> OauthV2:
        """Version ``v2``."""
        from twilio_async.rest.oauth.v2 import OauthV2

        return OauthV2(self._transport, self._values)
