# Generated from specs/twilio-oai/twilio_insights_v2.json by codegen; do not edit.
"""Insights v2 on insights.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.insights.v2.voice_reports import ReportList
    from twilio_async.rest.insights.v2.voice_reports_phone_numbers_inbound import InboundList
    from twilio_async.rest.insights.v2.voice_reports_phone_numbers_inbound_2 import ReportIdList
    from twilio_async.rest.insights.v2.voice_reports_phone_numbers_outbound import OutboundList
    from twilio_async.rest.insights.v2.voice_reports_phone_numbers_outbound_2 import (
        ReportIdList as VoiceReportsPhoneNumbersOutbound2List,
    )

__all__ = ["InsightsV2"]


class InsightsV2(Resource):
    """``client.insights.v2``."""

    @property
    def inbound(self) -> InboundList:
        """``Voice/Reports/PhoneNumbers/Inbound``."""
        from twilio_async.rest.insights.v2.voice_reports_phone_numbers_inbound import InboundList

        return InboundList(self._transport)

    @property
    def outbound(self) -> OutboundList:
        """``Voice/Reports/PhoneNumbers/Outbound``."""
        from twilio_async.rest.insights.v2.voice_reports_phone_numbers_outbound import OutboundList

        return OutboundList(self._transport)

    @property
    def report_id(self) -> ReportIdList:
        """``Voice/Reports/PhoneNumbers/Inbound/reportId``."""
        from twilio_async.rest.insights.v2.voice_reports_phone_numbers_inbound_2 import ReportIdList

        return ReportIdList(self._transport)

    @property
    def report_id_(self) -> VoiceReportsPhoneNumbersOutbound2List:
        """``Voice/Reports/PhoneNumbers/Outbound/reportId``."""
        from twilio_async.rest.insights.v2.voice_reports_phone_numbers_outbound_2 import (
            ReportIdList as VoiceReportsPhoneNumbersOutbound2List,
        )

        return VoiceReportsPhoneNumbersOutbound2List(self._transport)

    @property
    def reports(self) -> ReportList:
        """``Voice/Reports``."""
        from twilio_async.rest.insights.v2.voice_reports import ReportList

        return ReportList(self._transport)
