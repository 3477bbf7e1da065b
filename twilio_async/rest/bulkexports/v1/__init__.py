# Generated from specs/twilio-oai/twilio_bulkexports_v1.json by codegen; do not edit.
"""Bulkexports v1 on bulkexports.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.bulkexports.v1.exports import ExportList
    from twilio_async.rest.bulkexports.v1.exports_configuration import ExportConfigurationList

__all__ = ["BulkexportsV1"]


class BulkexportsV1(Resource):
    """``client.bulkexports.v1``."""

    @property
    def export_configuration(self) -> ExportConfigurationList:
        """``Exports/ResourceType/Configuration``."""
        from twilio_async.rest.bulkexports.v1.exports_configuration import ExportConfigurationList

        return ExportConfigurationList(self._transport)

    @property
    def exports(self) -> ExportList:
        """``Exports``."""
        from twilio_async.rest.bulkexports.v1.exports import ExportList

        return ExportList(self._transport)
