# Generated from specs/twilio-oai/twilio_serverless_v1.json by codegen; do not edit.
"""Serverless v1 on serverless.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.serverless.v1.services import ServiceList

__all__ = ["ServerlessV1"]


class ServerlessV1(Resource):
    """``client.serverless.v1``."""

    @property
    def services(self) -> ServiceList:
        """``Services``."""
        from twilio_async.rest.serverless.v1.services import ServiceList

        return ServiceList(self._transport)
