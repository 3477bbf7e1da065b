# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""Intelligence v2 on intelligence.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.intelligence.v2.operator_types import OperatorTypeList
    from twilio_async.rest.intelligence.v2.operators import OperatorList
    from twilio_async.rest.intelligence.v2.operators_custom import CustomOperatorList
    from twilio_async.rest.intelligence.v2.operators_pre_built import PrebuiltOperatorList
    from twilio_async.rest.intelligence.v2.services import ServiceList
    from twilio_async.rest.intelligence.v2.services_operators import OperatorAttachmentList
    from twilio_async.rest.intelligence.v2.services_operators_2 import OperatorAttachmentsList
    from twilio_async.rest.intelligence.v2.transcripts import TranscriptList

__all__ = ["IntelligenceV2"]


class IntelligenceV2(Resource):
    """``client.intelligence.v2``."""

    @property
    def custom_operators(self) -> CustomOperatorList:
        """``Operators/Custom``."""
        from twilio_async.rest.intelligence.v2.operators_custom import CustomOperatorList

        return CustomOperatorList(self._transport)

    @property
    def operator_attachment(self) -> OperatorAttachmentList:
        """``Services/ServiceSid/Operators``."""
        from twilio_async.rest.intelligence.v2.services_operators import OperatorAttachmentList

        return OperatorAttachmentList(self._transport)

    @property
    def operator_attachments(self) -> OperatorAttachmentsList:
        """``Services/ServiceSid/Operators``."""
        from twilio_async.rest.intelligence.v2.services_operators_2 import OperatorAttachmentsList

        return OperatorAttachmentsList(self._transport)

    @property
    def operator_type(self) -> OperatorTypeList:
        """``OperatorTypes``."""
        from twilio_async.rest.intelligence.v2.operator_types import OperatorTypeList

        return OperatorTypeList(self._transport)

    @property
    def operators(self) -> OperatorList:
        """``Operators``."""
        from twilio_async.rest.intelligence.v2.operators import OperatorList

        return OperatorList(self._transport)

    @property
    def prebuilt_operators(self) -> PrebuiltOperatorList:
        """``Operators/PreBuilt``."""
        from twilio_async.rest.intelligence.v2.operators_pre_built import PrebuiltOperatorList

        return PrebuiltOperatorList(self._transport)

    @property
    def services(self) -> ServiceList:
        """``Services``."""
        from twilio_async.rest.intelligence.v2.services import ServiceList

        return ServiceList(self._transport)

    @property
    def transcripts(self) -> TranscriptList:
        """``Transcripts``."""
        from twilio_async.rest.intelligence.v2.transcripts import TranscriptList

        return TranscriptList(self._transport)
