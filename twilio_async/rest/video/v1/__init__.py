# Generated from specs/twilio-oai/twilio_video_v1.json by codegen; do not edit.
"""Video v1 on video.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.video.v1.composition_hooks import CompositionHookList
    from twilio_async.rest.video.v1.composition_settings_default import CompositionSettingsList
    from twilio_async.rest.video.v1.compositions import CompositionList
    from twilio_async.rest.video.v1.recording_settings_default import RecordingSettingsList
    from twilio_async.rest.video.v1.recordings import RecordingList
    from twilio_async.rest.video.v1.rooms import RoomList

__all__ = ["VideoV1"]


class VideoV1(Resource):
    """``client.video.v1``."""

    @property
    def composition_hooks(self) -> CompositionHookList:
        """``CompositionHooks``."""
        from twilio_async.rest.video.v1.composition_hooks import CompositionHookList

        return CompositionHookList(self._transport)

    @property
    def composition_settings(self) -> CompositionSettingsList:
        """``CompositionSettings/Default``."""
        from twilio_async.rest.video.v1.composition_settings_default import CompositionSettingsList

        return CompositionSettingsList(self._transport)

    @property
    def compositions(self) -> CompositionList:
        """``Compositions``."""
        from twilio_async.rest.video.v1.compositions import CompositionList

        return CompositionList(self._transport)

    @property
    def recording_settings(self) -> RecordingSettingsList:
        """``RecordingSettings/Default``."""
        from twilio_async.rest.video.v1.recording_settings_default import RecordingSettingsList

        return RecordingSettingsList(self._transport)

    @property
    def recordings(self) -> RecordingList:
        """``Recordings``."""
        from twilio_async.rest.video.v1.recordings import RecordingList

        return RecordingList(self._transport)

    @property
    def rooms(self) -> RoomList:
        """``Rooms``."""
        from twilio_async.rest.video.v1.rooms import RoomList

        return RoomList(self._transport)
