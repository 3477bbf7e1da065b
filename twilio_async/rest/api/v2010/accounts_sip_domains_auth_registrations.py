# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AuthTypeRegistrations (Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Registrations) on api.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_sip_domains_auth_registrations_credential_list_mappings import (
        AuthRegistrationsCredentialListMappingList,
    )

__all__ = ["AuthTypeRegistrationsList"]


class AuthTypeRegistrationsList(Resource):
    """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Registrations``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations.json"

    @property
    def credential_list_mappings(self) -> AuthRegistrationsCredentialListMappingList:
        """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Registrations/CredentialListMappings``."""
        from twilio_async.rest.api.v2010.accounts_sip_domains_auth_registrations_credential_list_mappings import (
            AuthRegistrationsCredentialListMappingList,
        )

        return self._child(AuthRegistrationsCredentialListMappingList)
