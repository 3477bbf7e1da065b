# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Balance (Accounts/AccountSid/Balance) on api.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["Balance", "BalanceList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Balance(Record):
    """Record ``api.v2010.account.balance`` (every field but ``account_sid`` may be ``None``)."""

    account_sid: str
    balance: str | None = None
    currency: str | None = None


_LIST_FETCH: Operation[Balance] = Operation(
    id="api.v2010.accounts.balance.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Balance.json",
    spec="api_v2010",
    record=Balance,
)


class BalanceList(Resource):
    """``Accounts/AccountSid/Balance``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Balance.json"

    async def fetch(self) -> Balance:
        """Fetch the balance for an Account based on Account Sid."""
        return await self._call(_LIST_FETCH, {})

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)
