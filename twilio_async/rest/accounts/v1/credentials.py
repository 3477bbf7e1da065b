# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""Accounts v1: Credential (Credentials) on accounts.twilio.com."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.accounts.v1.credentials_aws import AwList
    from twilio_async.rest.accounts.v1.credentials_public_keys import PublicKeyList

__all__ = ["CredentialList"]


class CredentialList(Resource):
    """``Credentials``."""

    _path = "/v1/Credentials"

    @property
    def aws(self) -> AwList:
        """``Credentials/AWS``."""
        from twilio_async.rest.accounts.v1.credentials_aws import AwList

        return self._child(AwList)

    @property
    def public_key(self) -> PublicKeyList:
        """``Credentials/PublicKeys``."""
        from twilio_async.rest.accounts.v1.credentials_public_keys import PublicKeyList

        return self._child(PublicKeyList)
