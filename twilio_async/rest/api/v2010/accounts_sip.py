# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Sip (Accounts/AccountSid/SIP) on api.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_sip_credential_lists import CredentialListList
    from twilio_async.rest.api.v2010.accounts_sip_domains import DomainList
    from twilio_async.rest.api.v2010.accounts_sip_ip_access_control_lists import (
        IpAccessControlListList,
    )

__all__ = ["SipList"]


class SipList(Resource):
    """``Accounts/AccountSid/SIP``."""

    _path = "/2010-04-01/Accounts/{AccountSid}/SIP.json"

    @property
    def credential_lists(self) -> CredentialListList:
        """``Accounts/AccountSid/SIP/CredentialLists``."""
        from twilio_async.rest.api.v2010.accounts_sip_credential_lists import CredentialListList

        return self._child(CredentialListList)

    @property
    def domains(self) -> DomainList:
        """``Accounts/AccountSid/SIP/Domains``."""
        from twilio_async.rest.api.v2010.accounts_sip_domains import DomainList

        return self._child(DomainList)

    @property
    def ip_access_control_lists(self) -> IpAccessControlListList:
        """``Accounts/AccountSid/SIP/IpAccessControlLists``."""
        from twilio_async.rest.api.v2010.accounts_sip_ip_access_control_lists import (
            IpAccessControlListList,
        )

        return self._child(IpAccessControlListList)
