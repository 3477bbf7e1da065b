# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Data (Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults/AddOnResultSid/Payloads/PayloadSid/Data) on api.twilio.com."""

from __future__ import annotations

from twilio_async._operation import Operation, Redirect
from twilio_async._resource import Resource, with_http_info

__all__ = ["DataContext", "DataList"]


_CONTEXT_FETCH: Operation[Redirect] = Operation(
    id="api.v2010.accounts.recordings.add_on_results.payloads.data.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{PayloadSid}/Data.json",
    spec="api_v2010",
    record=Redirect,
)


class DataContext(Resource):
    """One ``Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults/AddOnResultSid/Payloads/PayloadSid/Data`` record."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{PayloadSid}/Data.json"

    async def fetch(self) -> Redirect:
        """Fetch an instance of a result payload."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class DataList(Resource):
    """``Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults/AddOnResultSid/Payloads/PayloadSid/Data``."""

    def __call__(self) -> DataContext:
        """The one record of this resource."""
        return self._child(DataContext)
