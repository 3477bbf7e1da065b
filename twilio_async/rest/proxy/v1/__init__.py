# Generated from specs/twilio-oai/twilio_proxy_v1.json by codegen; do not edit.
"""Proxy v1 on proxy.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.proxy.v1.services import ServiceList

__all__ = ["ProxyV1"]


class ProxyV1(Resource):
    """``client.proxy.v1``."""

    @property
    def services(self) -> ServiceList:
        """``Services``."""
        from twilio_async.rest.proxy.v1.services import ServiceList

        return ServiceList(self._transport)
