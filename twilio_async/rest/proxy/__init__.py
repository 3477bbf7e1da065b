# Generated from specs/twilio-oai/twilio_proxy_v1.json by codegen; do not edit.
"""``client.proxy``: Twilio's proxy.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.proxy.v1 import ProxyV1

__all__ = ["Proxy"]


class Proxy(Resource):
    """``client.proxy``."""

    @property
    def v1(self) -> ProxyV1:
        """Version ``v1``."""
        from twilio_async.rest.proxy.v1 import ProxyV1

        return ProxyV1(self._transport, self._values)
