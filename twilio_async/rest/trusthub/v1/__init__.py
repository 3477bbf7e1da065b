# Generated from specs/twilio-oai/twilio_trusthub_v1.json by codegen; do not edit.
"""Trusthub v1 on trusthub.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.trusthub.v1.compliance_inquiries_customers_initialize import (
        ComplianceInquiriesList,
    )
    from twilio_async.rest.trusthub.v1.compliance_inquiries_registration_regulatory_compliance_gb_initialize import (
        ComplianceRegistrationInquiriesList,
    )
    from twilio_async.rest.trusthub.v1.compliance_inquiries_tollfree_initialize import (
        ComplianceTollfreeInquiriesList,
    )
    from twilio_async.rest.trusthub.v1.customer_profiles import CustomerProfilesList
    from twilio_async.rest.trusthub.v1.end_user_types import EndUserTypeList
    from twilio_async.rest.trusthub.v1.end_users import EndUserList
    from twilio_async.rest.trusthub.v1.policies import PoliciesList
    from twilio_async.rest.trusthub.v1.supporting_document_types import SupportingDocumentTypeList
    from twilio_async.rest.trusthub.v1.supporting_documents import SupportingDocumentList
    from twilio_async.rest.trusthub.v1.trust_products import TrustProductsList

__all__ = ["TrusthubV1"]


class TrusthubV1(Resource):
    """``client.trusthub.v1``."""

    @property
    def compliance_inquiries(self) -> ComplianceInquiriesList:
        """``ComplianceInquiries/Customers/Initialize``."""
        from twilio_async.rest.trusthub.v1.compliance_inquiries_customers_initialize import (
            ComplianceInquiriesList,
        )

        return ComplianceInquiriesList(self._transport)

    @property
    def compliance_registration_inquiries(self) -> ComplianceRegistrationInquiriesList:
        """``ComplianceInquiries/Registration/RegulatoryCompliance/GB/Initialize``."""
        from twilio_async.rest.trusthub.v1.compliance_inquiries_registration_regulatory_compliance_gb_initialize import (
            ComplianceRegistrationInquiriesList,
        )

        return ComplianceRegistrationInquiriesList(self._transport)

    @property
    def compliance_tollfree_inquiries(self) -> ComplianceTollfreeInquiriesList:
        """``ComplianceInquiries/Tollfree/Initialize``."""
        from twilio_async.rest.trusthub.v1.compliance_inquiries_tollfree_initialize import (
            ComplianceTollfreeInquiriesList,
        )

        return ComplianceTollfreeInquiriesList(self._transport)

    @property
    def customer_profiles(self) -> CustomerProfilesList:
        """``CustomerProfiles``."""
        from twilio_async.rest.trusthub.v1.customer_profiles import CustomerProfilesList

        return CustomerProfilesList(self._transport)

    @property
    def end_user_types(self) -> EndUserTypeList:
        """``EndUserTypes``."""
        from twilio_async.rest.trusthub.v1.end_user_types import EndUserTypeList

        return EndUserTypeList(self._transport)

    @property
    def end_users(self) -> EndUserList:
        """``EndUsers``."""
        from twilio_async.rest.trusthub.v1.end_users import EndUserList

        return EndUserList(self._transport)

    @property
    def policies(self) -> PoliciesList:
        """``Policies``."""
        from twilio_async.rest.trusthub.v1.policies import PoliciesList

        return PoliciesList(self._transport)

    @property
    def supporting_document_types(self) -> SupportingDocumentTypeList:
        """``SupportingDocumentTypes``."""
        from twilio_async.rest.trusthub.v1.supporting_document_types import (
            SupportingDocumentTypeList,
        )

        return SupportingDocumentTypeList(self._transport)

    @property
    def supporting_documents(self) -> SupportingDocumentList:
        """``SupportingDocuments``."""
        from twilio_async.rest.trusthub.v1.supporting_documents import SupportingDocumentList

        return SupportingDocumentList(self._transport)

    @property
    def trust_products(self) -> TrustProductsList:
        """``TrustProducts``."""
        from twilio_async.rest.trusthub.v1.trust_products import TrustProductsList

        return TrustProductsList(self._transport)
