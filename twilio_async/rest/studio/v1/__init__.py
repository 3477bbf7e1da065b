# Generated from specs/twilio-oai/twilio_studio_v1.json by codegen; do not edit.
"""Studio v1 on studio.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.studio.v1.flows import FlowList

__all__ = ["StudioV1"]


class StudioV1(Resource):
    """``client.studio.v1``."""

    @property
    def flows(self) -> FlowList:
        """``Flows``."""
        from twilio_async.rest.studio.v1.flows import FlowList

        return FlowList(self._transport)
