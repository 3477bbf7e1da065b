# Generated from specs/twilio-oai/twilio_iam_v1.json by codegen; do not edit.
"""Iam v1 on iam.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.iam.v1.account_o_auth_apps import OAuthAppList
    from twilio_async.rest.iam.v1.keys import GetApiKeysList
    from twilio_async.rest.iam.v1.keys_2 import ApiKeyList
    from twilio_async.rest.iam.v1.keys_new_api_key import NewApiKeyList
    from twilio_async.rest.iam.v1.roles_permissions import RolePermissionList
    from twilio_async.rest.iam.v1.token import TokenList

__all__ = ["IamV1"]


class IamV1(Resource):
    """``client.iam.v1``."""

    @property
    def api_key(self) -> ApiKeyList:
        """``Keys``."""
        from twilio_async.rest.iam.v1.keys_2 import ApiKeyList

        return ApiKeyList(self._transport)

    @property
    def get_api_keys(self) -> GetApiKeysList:
        """``Keys``."""
        from twilio_async.rest.iam.v1.keys import GetApiKeysList

        return GetApiKeysList(self._transport)

    @property
    def new_api_key(self) -> NewApiKeyList:
        """``Keys``."""
        from twilio_async.rest.iam.v1.keys_new_api_key import NewApiKeyList

        return NewApiKeyList(self._transport)

    @property
    def o_auth_apps(self) -> OAuthAppList:
        """``Account/OAuthApps``."""
        from twilio_async.rest.iam.v1.account_o_auth_apps import OAuthAppList

        return OAuthAppList(self._transport)

    @property
    def role_permission(self) -> RolePermissionList:
        """``Roles/RoleSid/Permissions``."""
        from twilio_async.rest.iam.v1.roles_permissions import RolePermissionList

        return RolePermissionList(self._transport)

    @property
    def token(self) -> TokenList:
        """``token``."""
        from twilio_async.rest.iam.v1.token import TokenList

        return TokenList(self._transport)
