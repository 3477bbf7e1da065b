# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""``client.video``: Twilio's video.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.video.v1 import VideoV1

__all__ = ["Video"]


class Video(Resource):
    """``client.video``."""

    @property
    def v1(self) -> VideoV1:
        """Version ``v1``."""
        from twilio_async.rest.video.v1 import VideoV1

        return VideoV1(self._transport, self._values)
