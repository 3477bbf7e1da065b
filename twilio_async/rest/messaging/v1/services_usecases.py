# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: Usecase (Services/Usecases) on messaging.twilio.com."""

from __future__ import annotations

from typing import Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["Usecase", "UsecaseList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Usecase(Record):
    """Record ``messaging.v1.usecase`` (every field may be ``None``)."""

    usecases: list[Any] | None = None


_LIST_FETCH: Operation[Usecase] = Operation(
    id="messaging.v1.usecases.fetch",
    method="GET",
    product="messaging",
    path="/v1/Services/Usecases",
    spec="messaging_v1",
    record=Usecase,
)


class UsecaseList(Resource):
    """``Services/Usecases``."""

    _path = "/v1/Services/Usecases"

    async def fetch(self) -> Usecase:
        """fetch."""
        return await self._call(_LIST_FETCH, {})

    fetch_with_http_info = with_http_info(_LIST_FETCH, fetch)
