# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2: RegulatoryCompliance (RegulatoryCompliance) on numbers.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.numbers.v2.regulatory_compliance_bundles import BundleList
    from twilio_async.rest.numbers.v2.regulatory_compliance_end_user_types import EndUserTypeList
    from twilio_async.rest.numbers.v2.regulatory_compliance_end_users import EndUserList
    from twilio_async.rest.numbers.v2.regulatory_compliance_regulations import RegulationList
    from twilio_async.rest.numbers.v2.regulatory_compliance_supporting_document_types import (
        SupportingDocumentTypeList,
    )
    from twilio_async.rest.numbers.v2.regulatory_compliance_supporting_documents import (
        SupportingDocumentList,
    )

__all__ = ["RegulatoryComplianceList"]


class RegulatoryComplianceList(Resource):
    """``RegulatoryCompliance``."""

    _path = "/v2/RegulatoryCompliance"

    @property
    def bundles(self) -> BundleList:
        """``RegulatoryCompliance/Bundles``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_bundles import BundleList

        return self._child(BundleList)

    @property
    def end_users(self) -> EndUserList:
        """``RegulatoryCompliance/EndUsers``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_end_users import EndUserList

        return self._child(EndUserList)

    @property
    def end_user_types(self) -> EndUserTypeList:
        """``RegulatoryCompliance/EndUserTypes``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_end_user_types import (
            EndUserTypeList,
        )

        return self._child(EndUserTypeList)

    @property
    def regulations(self) -> RegulationList:
        """``RegulatoryCompliance/Regulations``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_regulations import RegulationList

        return self._child(RegulationList)

    @property
    def supporting_documents(self) -> SupportingDocumentList:
        """``RegulatoryCompliance/SupportingDocuments``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_supporting_documents import (
            SupportingDocumentList,
        )

        return self._child(SupportingDocumentList)

    @property
    def supporting_document_types(self) -> SupportingDocumentTypeList:
        """``RegulatoryCompliance/SupportingDocumentTypes``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_supporting_document_types import (
            SupportingDocumentTypeList,
        )

        return self._child(SupportingDocumentTypeList)
