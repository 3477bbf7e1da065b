# Generated from specs/twilio-oai/twilio_knowledge_v1.json by codegen; do not edit.
"""Knowledge v1 on knowledge.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.knowledge.v1.knowledge import KnowledgeList

__all__ = ["KnowledgeV1"]


class KnowledgeV1(Resource):
    """``client.knowledge.v1``."""

    @property
    def knowledge(self) -> KnowledgeList:
        """``Knowledge``."""
        from twilio_async.rest.knowledge.v1.knowledge import KnowledgeList

        return KnowledgeList(self._transport)
