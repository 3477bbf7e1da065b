# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Payload (Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults/AddOnResultSid/Payloads) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_recordings_add_on_results_payloads_data import (
        DataList,
    )

__all__ = ["PayloadContext", "PayloadList", "RecordingAddOnResultPayload"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RecordingAddOnResultPayload(Record):
    """Record ``api.v2010.account.recording.recording_add_on_result.recording_add_on_result_payload`` (every field but ``sid``, ``add_on_result_sid``, ``account_sid``, ``date_created``, ``reference_sid`` may be ``None``)."""

    sid: str
    add_on_result_sid: str
    account_sid: str
    label: str | None = None
    add_on_sid: str | None = None
    add_on_configuration_sid: str | None = None
    content_type: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    reference_sid: str
    subresource_uris: dict[str, Any] | None = None


_CONTEXT_FETCH: Operation[RecordingAddOnResultPayload] = Operation(
    id="api.v2010.accounts.recordings.add_on_results.payloads.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json",
    spec="api_v2010",
    record=RecordingAddOnResultPayload,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.recordings.add_on_results.payloads.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[RecordingAddOnResultPayload] = Operation(
    id="api.v2010.accounts.recordings.add_on_results.payloads.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json",
    spec="api_v2010",
    record=RecordingAddOnResultPayload,
    paging="v2010",
    envelope="payloads",
)


class PayloadContext(Resource):
    """One ``Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults/AddOnResultSid/Payloads`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[3]

    async def fetch(self) -> RecordingAddOnResultPayload:
        """Fetch an instance of a result payload."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a payload from the result along with all associated Data."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def data(self) -> DataList:
        """``Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults/AddOnResultSid/Payloads/PayloadSid/Data``."""
        from twilio_async.rest.api.v2010.accounts_recordings_add_on_results_payloads_data import (
            DataList,
        )

        return self._child(DataList)


class PayloadList(Resource):
    """``Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults/AddOnResultSid/Payloads`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{AddOnResultSid}/Payloads.json"

    def __call__(self, sid: str) -> PayloadContext:
        """The record with this ``sid``."""
        return self._child(PayloadContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[RecordingAddOnResultPayload]:
        """Retrieve a list of payloads belonging to the AddOnResult. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[RecordingAddOnResultPayload]:
        """Retrieve a list of payloads belonging to the AddOnResult. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[RecordingAddOnResultPayload]:
        """Retrieve a list of payloads belonging to the AddOnResult. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
