# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AuthTypes (Accounts/AccountSid/SIP/Domains/DomainSid/Auth) on api.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_sip_domains_auth_calls import AuthTypeCallsList
    from twilio_async.rest.api.v2010.accounts_sip_domains_auth_registrations import (
        AuthTypeRegistrationsList,
    )

__all__ = ["AuthTypesList"]


class AuthTypesList(Resource):
    """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth.json"

    @property
    def calls(self) -> AuthTypeCallsList:
        """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Calls``."""
        from twilio_async.rest.api.v2010.accounts_sip_domains_auth_calls import AuthTypeCallsList

        return self._child(AuthTypeCallsList)

    @property
    def registrations(self) -> AuthTypeRegistrationsList:
        """``Accounts/AccountSid/SIP/Domains/DomainSid/Auth/Registrations``."""
        from twilio_async.rest.api.v2010.accounts_sip_domains_auth_registrations import (
            AuthTypeRegistrationsList,
        )

        return self._child(AuthTypeRegistrationsList)
