# Generated from specs/twilio-oai/twilio_insights_v1.json by codegen; do not edit.
"""Insights v1 on insights.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.insights.v1.conferences import ConferenceList
    from twilio_async.rest.insights.v1.video_rooms import RoomList
    from twilio_async.rest.insights.v1.voice import CallList
    from twilio_async.rest.insights.v1.voice_settings import SettingList
    from twilio_async.rest.insights.v1.voice_summaries import CallSummariesList

__all__ = ["InsightsV1"]


class InsightsV1(Resource):
    """``client.insights.v1``."""

    @property
    def call_summaries(self) -> CallSummariesList:
        """``Voice/Summaries``."""
        from twilio_async.rest.insights.v1.voice_summaries import CallSummariesList

        return CallSummariesList(self._transport)

    @property
    def calls(self) -> CallList:
        """``Voice``."""
        from twilio_async.rest.insights.v1.voice import CallList

        return CallList(self._transport)

    @property
    def conferences(self) -> ConferenceList:
        """``Conferences``."""
        from twilio_async.rest.insights.v1.conferences import ConferenceList

        return ConferenceList(self._transport)

    @property
    def rooms(self) -> RoomList:
        """``Video/Rooms``."""
        from twilio_async.rest.insights.v1.video_rooms import RoomList

        return RoomList(self._transport)

    @property
    def settings(self) -> SettingList:
        """``Voice/Settings``."""
        from twilio_async.rest.insights.v1.voice_settings import SettingList

        return SettingList(self._transport)
