# Generated from specs/twilio-oai/twilio_monitor_v2.json by codegen; do not edit.
"""Monitor v2: Status (Alarms/Sid/status) on monitor.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from twilio_async._operation import Operation
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["StatusList", "StatusUpdateParams"]


class StatusUpdateParams(TypedDict, total=False):
    """Keywords of ``monitor.v2.status.update`` (``UpdateAlarmStatus``)."""

    monitor_v2_alarm_status: Required[Mapping[str, Any]]
    """JSON body."""


_LIST_UPDATE: Operation[Any] = Operation(
    id="monitor.v2.status.update",
    method="PUT",
    product="monitor",
    path="/v2/Alarms/{Sid}/status",
    spec="monitor_v2",
    body="monitor_v2_alarm_status",
    required=frozenset(["monitor_v2_alarm_status"]),
)


class StatusList(Resource):
    """``Alarms/Sid/status``."""

    _path = "/v2/Alarms/{Sid}/status"

    async def update(self, **params: Unpack[StatusUpdateParams]) -> Any:
        """Update status of alarm between enabled and disabled."""
        return await self._call(_LIST_UPDATE, params)

    update_with_http_info = with_http_info(_LIST_UPDATE, update)
