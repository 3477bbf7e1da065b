# Generated from specs/twilio-oai/twilio_numbers_v2.json by codegen; do not edit.
"""Numbers v2 on numbers.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.numbers.v2.hosted_number_authorization_documents import (
        AuthorizationDocumentList,
    )
    from twilio_async.rest.numbers.v2.hosted_number_orders import HostedNumberOrderList
    from twilio_async.rest.numbers.v2.hosted_number_orders_bulk import BulkHostedNumberOrderList
    from twilio_async.rest.numbers.v2.regulatory_compliance import RegulatoryComplianceList
    from twilio_async.rest.numbers.v2.regulatory_compliance_bundles_clones import BundleCloneList
    from twilio_async.rest.numbers.v2.short_codes_applications import ApplicationList

__all__ = ["NumbersV2"]


class NumbersV2(Resource):
    """``client.numbers.v2``."""

    @property
    def applications(self) -> ApplicationList:
        """``ShortCodes/Applications``."""
        from twilio_async.rest.numbers.v2.short_codes_applications import ApplicationList

        return ApplicationList(self._transport)

    @property
    def authorization_documents(self) -> AuthorizationDocumentList:
        """``HostedNumber/AuthorizationDocuments``."""
        from twilio_async.rest.numbers.v2.hosted_number_authorization_documents import (
            AuthorizationDocumentList,
        )

        return AuthorizationDocumentList(self._transport)

    @property
    def bulk_hosted_number_orders(self) -> BulkHostedNumberOrderList:
        """``HostedNumber/Orders/Bulk``."""
        from twilio_async.rest.numbers.v2.hosted_number_orders_bulk import BulkHostedNumberOrderList

        return BulkHostedNumberOrderList(self._transport)

    @property
    def bundle_clone(self) -> BundleCloneList:
        """``RegulatoryCompliance/Bundles/BundleSid/Clones``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance_bundles_clones import (
            BundleCloneList,
        )

        return BundleCloneList(self._transport)

    @property
    def hosted_number_orders(self) -> HostedNumberOrderList:
        """``HostedNumber/Orders``."""
        from twilio_async.rest.numbers.v2.hosted_number_orders import HostedNumberOrderList

        return HostedNumberOrderList(self._transport)

    @property
    def regulatory_compliance(self) -> RegulatoryComplianceList:
        """``RegulatoryCompliance``."""
        from twilio_async.rest.numbers.v2.regulatory_compliance import RegulatoryComplianceList

        return RegulatoryComplianceList(self._transport)
