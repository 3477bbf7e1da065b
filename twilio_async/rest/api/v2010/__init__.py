# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010 on api.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts import AccountContext, AccountList

__all__ = ["ApiV2010"]


class ApiV2010(Resource):
    """``client.api.v2010``."""

    @property
    def accounts(self) -> AccountList:
        """``Accounts``."""
        from twilio_async.rest.api.v2010.accounts import AccountList

        return AccountList(self._transport)

    @property
    def account(self) -> AccountContext:
        """The account the client authenticates as."""
        from twilio_async.rest.api.v2010.accounts import AccountContext

        return AccountContext(self._transport, self._values)
