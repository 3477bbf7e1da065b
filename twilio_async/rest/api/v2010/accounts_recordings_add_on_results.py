# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AddOnResult (Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_recordings_add_on_results_payloads import PayloadList

__all__ = [
    "AddOnResultContext",
    "AddOnResultList",
    "RecordingAddOnResult",
    "RecordingAddOnResultStatus",
]


class RecordingAddOnResultStatus(OpenEnum):
    """``recording_add_on_result_enum_status``."""

    CANCELED = "canceled"
    COMPLETED = "completed"
    DELETED = "deleted"
    FAILED = "failed"
    IN_PROGRESS = "in-progress"
    INIT = "init"
    PROCESSING = "processing"
    QUEUED = "queued"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class RecordingAddOnResult(Record):
    """Record ``api.v2010.account.recording.recording_add_on_result`` (every field but ``sid``, ``account_sid``, ``date_created``, ``reference_sid`` may be ``None``)."""

    sid: str
    account_sid: str
    status: RecordingAddOnResultStatus | None = None
    add_on_sid: str | None = None
    add_on_configuration_sid: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    date_completed: datetime | None = None
    reference_sid: str
    subresource_uris: dict[str, Any] | None = None


_CONTEXT_FETCH: Operation[RecordingAddOnResult] = Operation(
    id="api.v2010.accounts.recordings.add_on_results.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json",
    spec="api_v2010",
    record=RecordingAddOnResult,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.recordings.add_on_results.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[RecordingAddOnResult] = Operation(
    id="api.v2010.accounts.recordings.add_on_results.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults.json",
    spec="api_v2010",
    record=RecordingAddOnResult,
    paging="v2010",
    envelope="add_on_results",
)


class AddOnResultContext(Resource):
    """One ``Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> RecordingAddOnResult:
        """Fetch an instance of an AddOnResult."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a result and purge all associated Payloads."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def payloads(self) -> PayloadList:
        """``Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults/AddOnResultSid/Payloads``."""
        from twilio_async.rest.api.v2010.accounts_recordings_add_on_results_payloads import (
            PayloadList,
        )

        return self._child(PayloadList)


class AddOnResultList(Resource):
    """``Accounts/AccountSid/Recordings/ReferenceSid/AddOnResults`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Recordings/{ReferenceSid}/AddOnResults.json"

    def __call__(self, sid: str) -> AddOnResultContext:
        """The record with this ``sid``."""
        return self._child(AddOnResultContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[RecordingAddOnResult]:
        """Retrieve a list of results belonging to the recording. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[RecordingAddOnResult]:
        """Retrieve a list of results belonging to the recording. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[RecordingAddOnResult]:
        """Retrieve a list of results belonging to the recording. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
