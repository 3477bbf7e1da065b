# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: Deactivations (Deactivations) on messaging.twilio.com."""

from __future__ import annotations

from datetime import date

from twilio_async._operation import Operation, Redirect
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = ["DeactivationsContext", "DeactivationsFetchParams", "DeactivationsList"]


class DeactivationsFetchParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.deactivations.fetch`` (``FetchDeactivation``)."""

    date: date
    """The request will return a list of all United States Phone Numbers that were deactivated on the day specified by this parameter."""


_CONTEXT_FETCH: Operation[Redirect] = Operation(
    id="messaging.v1.deactivations.fetch",
    method="GET",
    product="messaging",
    path="/v1/Deactivations",
    spec="messaging_v1",
    record=Redirect,
    query={
        "date": "Date",
    },
    encode={
        "date": "date",
    },
)


class DeactivationsContext(Resource):
    """One ``Deactivations`` record."""

    _path = "/v1/Deactivations"

    async def fetch(self, **params: Unpack[DeactivationsFetchParams]) -> Redirect:
        """Fetch a list of all United States numbers that have been deactivated on a specific date."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class DeactivationsList(Resource):
    """``Deactivations``."""

    def __call__(self) -> DeactivationsContext:
        """The one record of this resource."""
        return self._child(DeactivationsContext)
