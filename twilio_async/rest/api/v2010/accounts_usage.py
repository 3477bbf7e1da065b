# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Usage (Accounts/AccountSid/Usage) on api.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_usage_records import RecordList
    from twilio_async.rest.api.v2010.accounts_usage_triggers import TriggerList

__all__ = ["UsageList"]


class UsageList(Resource):
    """``Accounts/AccountSid/Usage``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Usage.json"

    @property
    def records(self) -> RecordList:
        """``Accounts/AccountSid/Usage/Records``."""
        from twilio_async.rest.api.v2010.accounts_usage_records import RecordList

        return self._child(RecordList)

    @property
    def triggers(self) -> TriggerList:
        """``Accounts/AccountSid/Usage/Triggers``."""
        from twilio_async.rest.api.v2010.accounts_usage_triggers import TriggerList

        return self._child(TriggerList)
