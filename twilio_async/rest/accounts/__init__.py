# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""``client.accounts``: Twilio's accounts.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.accounts.v1 import AccountsV1

__all__ = ["Accounts"]


class Accounts(Resource):
    """``client.accounts``."""

    @property
    def v1(self) -> AccountsV1:
        """Version ``v1``."""
        from twilio_async.rest.accounts.v1 import AccountsV1

        return AccountsV1(self._transport, self._values)
