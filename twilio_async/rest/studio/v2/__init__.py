# Generated from specs/twilio-oai/twilio_studio_v2.json by codegen; do not edit.
"""Studio v2 on studio.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.studio.v2.flows import FlowList
    from twilio_async.rest.studio.v2.flows_validate import FlowValidateList

__all__ = ["StudioV2"]


class StudioV2(Resource):
    """``client.studio.v2``."""

    @property
    def flow_validate(self) -> FlowValidateList:
        """``Flows/Validate``."""
        from twilio_async.rest.studio.v2.flows_validate import FlowValidateList

        return FlowValidateList(self._transport)

    @property
    def flows(self) -> FlowList:
        """``Flows``."""
        from twilio_async.rest.studio.v2.flows import FlowList

        return FlowList(self._transport)
