# Generated from specs/twilio-oai/twilio_knowledge_v1.json by codegen; do not edit.
"""``client.knowledge``: Twilio's knowledge.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.knowledge.v1 import KnowledgeV1

__all__ = ["Knowledge"]


class Knowledge(Resource):
    """``client.knowledge``."""

    @property
    def v1(self) -> KnowledgeV1:
        """Version ``v1``."""
        from twilio_async.rest.knowledge.v1 import KnowledgeV1

        return KnowledgeV1(self._transport, self._values)
