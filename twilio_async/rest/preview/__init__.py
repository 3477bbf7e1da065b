# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""``client.preview``: Twilio's preview.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.preview.hosted_numbers import PreviewHostedNumbers
    from twilio_async.rest.preview.marketplace import PreviewMarketplace
    from twilio_async.rest.preview.wireless import PreviewWireless

__all__ = ["Preview"]


class Preview(Resource):
    """``client.preview``."""

    @property
    def hosted_numbers(self) -> PreviewHostedNumbers:
        """Version ``HostedNumbers``."""
        from twilio_async.rest.preview.hosted_numbers import PreviewHostedNumbers

        return PreviewHostedNumbers(self._transport, self._values)

    @property
    def marketplace(self) -> PreviewMarketplace:
        """Version ``marketplace``."""
        from twilio_async.rest.preview.marketplace import PreviewMarketplace

        return PreviewMarketplace(self._transport, self._values)

    @property
    def wireless(self) -> PreviewWireless:
        """Version ``wireless``."""
        from twilio_async.rest.preview.wireless import PreviewWireless

        return PreviewWireless(self._transport, self._values)
