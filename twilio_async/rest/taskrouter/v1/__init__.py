# Generated from specs/twilio-oai/twilio_taskrouter_v1.json by codegen; do not edit.
"""Taskrouter v1 on taskrouter.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.taskrouter.v1.workspaces import WorkspaceList

__all__ = ["TaskrouterV1"]


class TaskrouterV1(Resource):
    """``client.taskrouter.v1``."""

    @property
    def workspaces(self) -> WorkspaceList:
        """``Workspaces``."""
        from twilio_async.rest.taskrouter.v1.workspaces import WorkspaceList

        return WorkspaceList(self._transport)
