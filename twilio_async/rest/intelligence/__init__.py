# Generated from specs/twilio-oai/twilio_intelligence_v2.json by codegen; do not edit.
"""``client.intelligence``: Twilio's intelligence.twilio.com API."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.intelligence.v2 import IntelligenceV2
    from twilio_async.rest.intelligence.v2.operator_types import (
        OperatorTypeList as IntelligenceV2_operator_type,
    )
    from twilio_async.rest.intelligence.v2.operators import OperatorList as IntelligenceV2_operators
    from twilio_async.rest.intelligence.v2.operators_custom import (
        CustomOperatorList as IntelligenceV2_custom_operators,
    )
    from twilio_async.rest.intelligence.v2.operators_pre_built import (
        PrebuiltOperatorList as IntelligenceV2_prebuilt_operators,
    )
    from twilio_async.rest.intelligence.v2.services import ServiceList as IntelligenceV2_services
    from twilio_async.rest.intelligence.v2.services_operators import (
        OperatorAttachmentList as IntelligenceV2_operator_attachment,
    )
    from twilio_async.rest.intelligence.v2.services_operators_2 import (
        OperatorAttachmentsList as IntelligenceV2_operator_attachments,
    )
    from twilio_async.rest.intelligence.v2.transcripts import (
        TranscriptList as IntelligenceV2_transcripts,
    )

__all__ = ["Intelligence"]


class Intelligence(Resource):
    """``client.intelligence``."""

    @property
    def v2(self) -> IntelligenceV2:
        """Version ``v2``."""
        from twilio_async.rest.intelligence.v2 import IntelligenceV2

        return IntelligenceV2(self._transport, self._values)

    @property
    def custom_operators(self) -> IntelligenceV2_custom_operators:
        """``v2.custom_operators``."""
        return self.v2.custom_operators

    @property
    def operator_attachment(self) -> IntelligenceV2_operator_attachment:
        """``v2.operator_attachment``."""
        return self.v2.operator_attachment

    @property
    def operator_attachments(self) -> IntelligenceV2_operator_attachments:
        """``v2.operator_attachments``."""
        return self.v2.operator_attachments

    @property
    def operator_type(self) -> IntelligenceV2_operator_type:
        """``v2.operator_type``."""
        return self.v2.operator_type

    @property
    def operators(self) -> IntelligenceV2_operators:
        """``v2.operators``."""
        return self.v2.operators

    @property
    def prebuilt_operators(self) -> IntelligenceV2_prebuilt_operators:
        """``v2.prebuilt_operators``."""
        return self.v2.prebuilt_operators

    @property
    def services(self) -> IntelligenceV2_services:
        """``v2.services``."""
        return self.v2.services

    @property
    def transcripts(self) -> IntelligenceV2_transcripts:
        """``v2.transcripts``."""
        return self.v2.transcripts
