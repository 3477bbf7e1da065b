# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""Accounts v1 on accounts.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.accounts.v1.auth_tokens_promote import AuthTokenPromotionList
    from twilio_async.rest.accounts.v1.auth_tokens_secondary import SecondaryAuthTokenList
    from twilio_async.rest.accounts.v1.consents_bulk import BulkConsentsList
    from twilio_async.rest.accounts.v1.contacts_bulk import BulkContactsList
    from twilio_async.rest.accounts.v1.credentials import CredentialList
    from twilio_async.rest.accounts.v1.messaging_geo_permissions import MessagingGeopermissionsList
    from twilio_async.rest.accounts.v1.safe_list_numbers import SafelistList

__all__ = ["AccountsV1"]


class AccountsV1(Resource):
    """``client.accounts.v1``."""

    @property
    def auth_token_promotion(self) -> AuthTokenPromotionList:
        """``AuthTokens/Promote``."""
        from twilio_async.rest.accounts.v1.auth_tokens_promote import AuthTokenPromotionList

        return AuthTokenPromotionList(self._transport)

    @property
    def bulk_consents(self) -> BulkConsentsList:
        """``Consents/Bulk``."""
        from twilio_async.rest.accounts.v1.consents_bulk import BulkConsentsList

        return BulkConsentsList(self._transport)

    @property
    def bulk_contacts(self) -> BulkContactsList:
        """``Contacts/Bulk``."""
        from twilio_async.rest.accounts.v1.contacts_bulk import BulkContactsList

        return BulkContactsList(self._transport)

    @property
    def credentials(self) -> CredentialList:
        """``Credentials``."""
        from twilio_async.rest.accounts.v1.credentials import CredentialList

        return CredentialList(self._transport)

    @property
    def messaging_geopermissions(self) -> MessagingGeopermissionsList:
        """``Messaging/GeoPermissions``."""
        from twilio_async.rest.accounts.v1.messaging_geo_permissions import (
            MessagingGeopermissionsList,
        )

        return MessagingGeopermissionsList(self._transport)

    @property
    def safelist(self) -> SafelistList:
        """``SafeList/Numbers``."""
        from twilio_async.rest.accounts.v1.safe_list_numbers import SafelistList

        return SafelistList(self._transport)

    @property
    def secondary_auth_token(self) -> SecondaryAuthTokenList:
        """``AuthTokens/Secondary``."""
        from twilio_async.rest.accounts.v1.auth_tokens_secondary import SecondaryAuthTokenList

        return SecondaryAuthTokenList(self._transport)
