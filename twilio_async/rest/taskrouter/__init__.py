# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""``client.taskrouter``: Twilio's taskrouter.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.taskrouter.v1 import TaskrouterV1

__all__ = ["Taskrouter"]


class Taskrouter(Resource):
    """``client.taskrouter``."""

    @property
    def v1(self) -> TaskrouterV1:
        """Version ``v1``."""
        from twilio_async.rest.taskrouter.v1 import TaskrouterV1

        return TaskrouterV1(self._transport, self._values)
