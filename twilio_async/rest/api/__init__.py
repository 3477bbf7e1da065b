# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""``client.api``: Twilio's api.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010 import ApiV2010
    from twilio_async.rest.api.v2010.accounts import AccountContext, AccountList

__all__ = ["Api"]


class Api(Resource):
    """``client.api``."""

    @property
    def v2010(self) -> ApiV2010:
        """Version ``2010-04-01``."""
        from twilio_async.rest.api.v2010 import ApiV2010

        return ApiV2010(self._transport, self._values)

    @property
    def accounts(self) -> AccountList:
        """``api.v2010.accounts``."""
        return self.v2010.accounts

    @property
    def account(self) -> AccountContext:
        """``api.v2010.account``: the account the client authenticates as."""
        return self.v2010.account
