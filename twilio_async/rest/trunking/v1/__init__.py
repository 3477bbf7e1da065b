# Generated from specs/twilio-oai/twilio_trunking_v1.json by codegen; do not edit.
"""Trunking v1 on trunking.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.trunking.v1.trunks import TrunkList

__all__ = ["TrunkingV1"]


class TrunkingV1(Resource):
    """``client.trunking.v1``."""

    @property
    def trunks(self) -> TrunkList:
        """``Trunks``."""
        from twilio_async.rest.trunking.v1.trunks import TrunkList

        return TrunkList(self._transport)
