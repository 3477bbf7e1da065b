# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AuthTypeCalls (Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls) on api.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_sip_domains_auth_calls_credential_list_mappings import (
        AuthCallsCredentialListMappingList,
    )
    from twilio_async.rest.api.v2010.accounts_sip_domains_auth_calls_ip_access_control_list_mappings import (
        AuthCallsIpAccessControlListMappingList,
    )

__all__ = ["AuthTypeCallsList"]


class AuthTypeCallsList(Resource):
    """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls.json"

    @property
    def credential_list_mappings(self) -> AuthCallsCredentialListMappingList:
        """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls/CredentialListMappings``."""
        from twilio_async.rest.api.v2010.accounts_sip_domains_auth_calls_credential_list_mappings import (
            AuthCallsCredentialListMappingList,
        )

        return self._child(AuthCallsCredentialListMappingList)

    @property
    def ip_access_control_list_mappings(self) -> AuthCallsIpAccessControlListMappingList:
        """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls/IpAccessControlListMappings``."""
        from twilio_async.rest.api.v2010.accounts_sip_domains_auth_calls_ip_access_control_list_mappings import (
            AuthCallsIpAccessControlListMappingList,
        )

        return self._child(AuthCallsIpAccessControlListMappingList)
