# Generated from specs/twilio-oai/twilio_assistants_v1.json by codegen; do not edit.
"""Assistants v1 on assistants.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.assistants.v1.assistants import AssistantList
    from twilio_async.rest.assistants.v1.knowledge import KnowledgeList
    from twilio_async.rest.assistants.v1.policies import PolicyList
    from twilio_async.rest.assistants.v1.sessions import SessionList
    from twilio_async.rest.assistants.v1.tools import ToolList

__all__ = ["AssistantsV1"]


class AssistantsV1(Resource):
    """``client.assistants.v1``."""

    @property
    def assistants(self) -> AssistantList:
        """``Assistants``."""
        from twilio_async.rest.assistants.v1.assistants import AssistantList

        return AssistantList(self._transport)

    @property
    def knowledge(self) -> KnowledgeList:
        """``Knowledge``."""
        from twilio_async.rest.assistants.v1.knowledge import KnowledgeList

        return KnowledgeList(self._transport)

    @property
    def policies(self) -> PolicyList:
        """``Policies``."""
        from twilio_async.rest.assistants.v1.policies import PolicyList

        return PolicyList(self._transport)

    @property
    def sessions(self) -> SessionList:
        """``Sessions``."""
        from twilio_async.rest.assistants.v1.sessions import SessionList

        return SessionList(self._transport)

    @property
    def tools(self) -> ToolList:
        """``Tools``."""
        from twilio_async.rest.assistants.v1.tools import ToolList

        return ToolList(self._transport)
