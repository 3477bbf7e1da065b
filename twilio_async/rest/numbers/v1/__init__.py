# Generated from specs/twilio-oai/twilio_numbers_v1.json by codegen; do not edit.
"""Numbers v1 on numbers.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.numbers.v1.hosted_number_eligibility import EligibilityList
    from twilio_async.rest.numbers.v1.hosted_number_eligibility_bulk import BulkEligibilityList
    from twilio_async.rest.numbers.v1.porting_configuration_webhook import WebhookList
    from twilio_async.rest.numbers.v1.porting_configuration_webhook_2 import (
        PortingWebhookConfigurationDeleteList,
    )
    from twilio_async.rest.numbers.v1.porting_configuration_webhook_porting_webhook_configurations import (
        PortingWebhookConfigurationList,
    )
    from twilio_async.rest.numbers.v1.porting_port_in import PortingPortInList
    from twilio_async.rest.numbers.v1.porting_port_in_phone_number import (
        PortingPortInPhoneNumberList,
    )
    from twilio_async.rest.numbers.v1.porting_port_in_port_in_requests import PortingAllPortInList
    from twilio_async.rest.numbers.v1.porting_portability import PortingPortabilityList
    from twilio_async.rest.numbers.v1.sender_id_registrations import SenderIdRegistrationList
    from twilio_async.rest.numbers.v1.sender_id_registrations_embedded_sessions import (
        EmbeddedSessionList,
    )
    from twilio_async.rest.numbers.v1.signing_request_configuration import (
        SigningRequestConfigurationList,
    )

__all__ = ["NumbersV1"]


class NumbersV1(Resource):
    """``client.numbers.v1``."""

    @property
    def bulk_eligibilities(self) -> BulkEligibilityList:
        """``HostedNumber/Eligibility/Bulk``."""
        from twilio_async.rest.numbers.v1.hosted_number_eligibility_bulk import BulkEligibilityList

        return BulkEligibilityList(self._transport)

    @property
    def eligibilities(self) -> EligibilityList:
        """``HostedNumber/Eligibility``."""
        from twilio_async.rest.numbers.v1.hosted_number_eligibility import EligibilityList

        return EligibilityList(self._transport)

    @property
    def embedded_sessions(self) -> EmbeddedSessionList:
        """``SenderIdRegistrations/BundleSid/EmbeddedSessions``."""
        from twilio_async.rest.numbers.v1.sender_id_registrations_embedded_sessions import (
            EmbeddedSessionList,
        )

        return EmbeddedSessionList(self._transport)

    @property
    def porting_all_port_ins(self) -> PortingAllPortInList:
        """``Porting/PortIn/PortInRequests``."""
        from twilio_async.rest.numbers.v1.porting_port_in_port_in_requests import (
            PortingAllPortInList,
        )

        return PortingAllPortInList(self._transport)

    @property
    def porting_port_in_phone_number(self) -> PortingPortInPhoneNumberList:
        """``Porting/PortIn/PortInRequestSid/PhoneNumber``."""
        from twilio_async.rest.numbers.v1.porting_port_in_phone_number import (
            PortingPortInPhoneNumberList,
        )

        return PortingPortInPhoneNumberList(self._transport)

    @property
    def porting_port_ins(self) -> PortingPortInList:
        """``Porting/PortIn``."""
        from twilio_async.rest.numbers.v1.porting_port_in import PortingPortInList

        return PortingPortInList(self._transport)

    @property
    def porting_portabilities(self) -> PortingPortabilityList:
        """``Porting/Portability/PhoneNumber``."""
        from twilio_async.rest.numbers.v1.porting_portability import PortingPortabilityList

        return PortingPortabilityList(self._transport)

    @property
    def porting_webhook_configurations(self) -> PortingWebhookConfigurationList:
        """``Porting/Configuration/Webhook``."""
        from twilio_async.rest.numbers.v1.porting_configuration_webhook_porting_webhook_configurations import (
            PortingWebhookConfigurationList,
        )

        return PortingWebhookConfigurationList(self._transport)

    @property
    def porting_webhook_configurations_delete(self) -> PortingWebhookConfigurationDeleteList:
        """``Porting/Configuration/Webhook``."""
        from twilio_async.rest.numbers.v1.porting_configuration_webhook_2 import (
            PortingWebhookConfigurationDeleteList,
        )

        return PortingWebhookConfigurationDeleteList(self._transport)

    @property
    def sender_id_registrations(self) -> SenderIdRegistrationList:
        """``SenderIdRegistrations``."""
        from twilio_async.rest.numbers.v1.sender_id_registrations import SenderIdRegistrationList

        return SenderIdRegistrationList(self._transport)

    @property
    def signing_request_configurations(self) -> SigningRequestConfigurationList:
        """``SigningRequest/Configuration``."""
        from twilio_async.rest.numbers.v1.signing_request_configuration import (
            SigningRequestConfigurationList,
        )

        return SigningRequestConfigurationList(self._transport)

    @property
    def webhook(self) -> WebhookList:
        """``Porting/Configuration/Webhook``."""
        from twilio_async.rest.numbers.v1.porting_configuration_webhook import WebhookList

        return WebhookList(self._transport)
