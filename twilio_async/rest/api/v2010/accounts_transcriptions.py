# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Transcription (Accounts/AccountSid/Transcriptions) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from decimal import Decimal

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["Transcription", "TranscriptionContext", "TranscriptionList", "TranscriptionStatus"]


class TranscriptionStatus(OpenEnum):
    """``transcription_enum_status``."""

    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    FAILED = "failed"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Transcription(Record):
    """Record ``api.v2010.account.transcription`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    api_version: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    duration: str | None = None
    price: Decimal | None = None
    price_unit: str | None = None
    recording_sid: str | None = None
    sid: str
    status: TranscriptionStatus | None = None
    transcription_text: str | None = attrs.field(default=None, repr=False)
    type: str | None = None
    uri: str | None = None


_CONTEXT_FETCH: Operation[Transcription] = Operation(
    id="api.v2010.accounts.transcriptions.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json",
    spec="api_v2010",
    record=Transcription,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.transcriptions.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[Transcription] = Operation(
    id="api.v2010.accounts.transcriptions.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Transcriptions.json",
    spec="api_v2010",
    record=Transcription,
    paging="v2010",
    envelope="transcriptions",
)


class TranscriptionContext(Resource):
    """One ``Accounts/AccountSid/Transcriptions`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Transcriptions/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Transcription:
        """Fetch an instance of a Transcription."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Delete a transcription from the account used to make the request."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class TranscriptionList(Resource):
    """``Accounts/AccountSid/Transcriptions`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Transcriptions.json"

    def __call__(self, sid: str) -> TranscriptionContext:
        """The record with this ``sid``."""
        return self._child(TranscriptionContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Transcription]:
        """Retrieve a list of transcriptions belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Transcription]:
        """Retrieve a list of transcriptions belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Transcription]:
        """Retrieve a list of transcriptions belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
