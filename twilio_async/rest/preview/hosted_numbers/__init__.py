# Generated from specs/twilio-oai/twilio_preview.json by codegen; do not edit.
"""Preview hosted_numbers on preview.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.preview.hosted_numbers.authorization_documents import (
        AuthorizationDocumentList,
    )
    from twilio_async.rest.preview.hosted_numbers.hosted_number_orders import HostedNumberOrderList

__all__ = ["PreviewHostedNumbers"]


class PreviewHostedNumbers(Resource):
    """``client.preview.hosted_numbers``."""

    @property
    def authorization_documents(self) -> AuthorizationDocumentList:
        """``AuthorizationDocuments``."""
        from twilio_async.rest.preview.hosted_numbers.authorization_documents import (
            AuthorizationDocumentList,
        )

        return AuthorizationDocumentList(self._transport)

    @property
    def hosted_number_orders(self) -> HostedNumberOrderList:
        """``HostedNumberOrders``."""
        from twilio_async.rest.preview.hosted_numbers.hosted_number_orders import (
            HostedNumberOrderList,
        )

        return HostedNumberOrderList(self._transport)
