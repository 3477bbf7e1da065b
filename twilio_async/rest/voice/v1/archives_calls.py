# Generated from specs/twilio-oai/twilio_voice_v1.json by codegen; do not edit.
"""Voice v1: ArchivedCall (Archives/Date/Calls) on voice.twilio.com."""

from __future__ import annotations

from datetime import date

from twilio_async._operation import Operation
from twilio_async._resource import Resource, with_http_info

__all__ = ["ArchivedCallContext", "ArchivedCallList"]


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="voice.v1.archived_calls.delete",
    method="DELETE",
    product="voice",
    path="/v1/Archives/{Date}/Calls/{Sid}",
    spec="voice_v1",
)


class ArchivedCallContext(Resource):
    """One ``Archives/Date/Calls`` record: sid."""

    _path = "/v1/Archives/{Date}/Calls/{Sid}"

    @property
    def date(self) -> str:
        """The ``date`` this context points at."""
        return self._values[0]

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def delete(self) -> bool:
        """Delete an archived call record from Bulk Export."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ArchivedCallList(Resource):
    """``Archives/Date/Calls`` (call it with a sid)."""

    def __call__(self, date: date, sid: str) -> ArchivedCallContext:
        """The record with this ``date``, ``sid``."""
        return self._child(ArchivedCallContext, date=date, sid=sid)
