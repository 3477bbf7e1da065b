# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1 on messaging.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.messaging.v1.a2p_brand_registrations import BrandRegistrationList
    from twilio_async.rest.messaging.v1.deactivations import DeactivationsList
    from twilio_async.rest.messaging.v1.link_shortening_domains_certificate import DomainCertsList
    from twilio_async.rest.messaging.v1.link_shortening_domains_config import DomainConfigList
    from twilio_async.rest.messaging.v1.link_shortening_domains_messaging_services import (
        LinkshorteningMessagingServiceList,
    )
    from twilio_async.rest.messaging.v1.link_shortening_domains_request_managed_cert import (
        RequestManagedCertList,
    )
    from twilio_async.rest.messaging.v1.link_shortening_domains_validate_dns import (
        DomainValidateDnList,
    )
    from twilio_async.rest.messaging.v1.link_shortening_messaging_service_domain_config import (
        DomainConfigMessagingServiceList,
    )
    from twilio_async.rest.messaging.v1.link_shortening_messaging_services_domain import (
        LinkshorteningMessagingServiceDomainAssociationList,
    )
    from twilio_async.rest.messaging.v1.services import ServiceList
    from twilio_async.rest.messaging.v1.services_preregistered_usa2p import ExternalCampaignList
    from twilio_async.rest.messaging.v1.services_usecases import UsecaseList
    from twilio_async.rest.messaging.v1.tollfree_verifications import TollfreeVerificationList

__all__ = ["MessagingV1"]


class MessagingV1(Resource):
    """``client.messaging.v1``."""

    @property
    def brand_registrations(self) -> BrandRegistrationList:
        """``a2p/BrandRegistrations``."""
        from twilio_async.rest.messaging.v1.a2p_brand_registrations import BrandRegistrationList

        return BrandRegistrationList(self._transport)

    @property
    def deactivations(self) -> DeactivationsList:
        """``Deactivations``."""
        from twilio_async.rest.messaging.v1.deactivations import DeactivationsList

        return DeactivationsList(self._transport)

    @property
    def domain_certs(self) -> DomainCertsList:
        """``LinkShortening/Domains/DomainSid/Certificate``."""
        from twilio_async.rest.messaging.v1.link_shortening_domains_certificate import (
            DomainCertsList,
        )

        return DomainCertsList(self._transport)

    @property
    def domain_config(self) -> DomainConfigList:
        """``LinkShortening/Domains/DomainSid/Config``."""
        from twilio_async.rest.messaging.v1.link_shortening_domains_config import DomainConfigList

        return DomainConfigList(self._transport)

    @property
    def domain_config_messaging_service(self) -> DomainConfigMessagingServiceList:
        """``LinkShortening/MessagingService/MessagingServiceSid/DomainConfig``."""
        from twilio_async.rest.messaging.v1.link_shortening_messaging_service_domain_config import (
            DomainConfigMessagingServiceList,
        )

        return DomainConfigMessagingServiceList(self._transport)

    @property
    def domain_validate_dns(self) -> DomainValidateDnList:
        """``LinkShortening/Domains/DomainSid/ValidateDns``."""
        from twilio_async.rest.messaging.v1.link_shortening_domains_validate_dns import (
            DomainValidateDnList,
        )

        return DomainValidateDnList(self._transport)

    @property
    def external_campaign(self) -> ExternalCampaignList:
        """``Services/PreregisteredUsa2p``."""
        from twilio_async.rest.messaging.v1.services_preregistered_usa2p import ExternalCampaignList

        return ExternalCampaignList(self._transport)

    @property
    def linkshortening_messaging_service(self) -> LinkshorteningMessagingServiceList:
        """``LinkShortening/Domains/DomainSid/MessagingServices``."""
        from twilio_async.rest.messaging.v1.link_shortening_domains_messaging_services import (
            LinkshorteningMessagingServiceList,
        )

        return LinkshorteningMessagingServiceList(self._transport)

    @property
    def linkshortening_messaging_service_domain_association(
        self,
    ) -> LinkshorteningMessagingServiceDomainAssociationList:
        """``LinkShortening/MessagingServices/MessagingServiceSid/Domain``."""
        from twilio_async.rest.messaging.v1.link_shortening_messaging_services_domain import (
            LinkshorteningMessagingServiceDomainAssociationList,
        )

        return LinkshorteningMessagingServiceDomainAssociationList(self._transport)

    @property
    def request_managed_cert(self) -> RequestManagedCertList:
        """``LinkShortening/Domains/DomainSid/RequestManagedCert``."""
        from twilio_async.rest.messaging.v1.link_shortening_domains_request_managed_cert import (
            RequestManagedCertList,
        )

        return RequestManagedCertList(self._transport)

    @property
    def services(self) -> ServiceList:
        """``Services``."""
        from twilio_async.rest.messaging.v1.services import ServiceList

        return ServiceList(self._transport)

    @property
    def tollfree_verifications(self) -> TollfreeVerificationList:
        """``Tollfree/Verifications``."""
        from twilio_async.rest.messaging.v1.tollfree_verifications import TollfreeVerificationList

        return TollfreeVerificationList(self._transport)

    @property
    def usecases(self) -> UsecaseList:
        """``Services/Usecases``."""
        from twilio_async.rest.messaging.v1.services_usecases import UsecaseList

        return UsecaseList(self._transport)
