# Generated from specs/twilio-oai/twilio_sync_v1.json by codegen; do not edit.
"""Sync v1 on sync.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.sync.v1.services import ServiceList

__all__ = ["SyncV1"]


class SyncV1(Resource):
    """``client.sync.v1``."""

    @property
    def services(self) -> ServiceList:
        """``Services``."""
        from twilio_async.rest.sync.v1.services import ServiceList

        return ServiceList(self._transport)
