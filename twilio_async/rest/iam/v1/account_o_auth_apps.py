# Generated from specs/twilio-oai/twilio_iam_v1.json by codegen; do not edit.
"""Iam v1: OAuthApp (Account/OAuthApps) on iam.twilio.com."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "OAuthAppContext",
    "OAuthAppCreateParams",
    "OAuthAppList",
    "OAuthAppUpdateParams",
    "VendorOauthAppCreateUpdateResponse",
    "VendorOauthAppCreateUpdateResponsePolicy",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VendorOauthAppCreateUpdateResponse(Record):
    """Record ``iam.v1.account.VendorOauthAppCreateUpdateResponse`` (every field may be ``None``)."""

    type: str | None = None
    sid: str | None = None
    friendly_name: str | None = None
    description: str | None = None
    date_created: datetime | None = None
    created_by: str | None = None
    secret: str | None = attrs.field(default=None, repr=False)
    status: str | None = None
    policy: VendorOauthAppCreateUpdateResponsePolicy | None = None
    access_token_ttl: int | None = None


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class VendorOauthAppCreateUpdateResponsePolicy(Record):
    """Record ``VendorOauthAppCreateUpdateResponsePolicy`` (every field may be ``None``)."""

    allow: list[str] | None = None
    deny: list[str] | None = None


class OAuthAppUpdateParams(TypedDict, total=False):
    """Keywords of ``iam.v1.o_auth_apps.update`` (``UpdateOauthAppAccount``)."""

    iam_v1_account_vendor_oauth_app_update_request: Required[Mapping[str, Any]]
    """JSON body."""


class OAuthAppCreateParams(TypedDict, total=False):
    """Keywords of ``iam.v1.o_auth_apps.create`` (``CreateOauthAppAccount``)."""

    iam_v1_account_vendor_oauth_app_create_request: Required[Mapping[str, Any]]
    """JSON body."""


_CONTEXT_UPDATE: Operation[VendorOauthAppCreateUpdateResponse] = Operation(
    id="iam.v1.o_auth_apps.update",
    method="PUT",
    product="iam",
    path="/v1/Account/OAuthApps/{sid}",
    spec="iam_v1",
    record=VendorOauthAppCreateUpdateResponse,
    body="iam_v1_account_vendor_oauth_app_update_request",
    required=frozenset(["iam_v1_account_vendor_oauth_app_update_request"]),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="iam.v1.o_auth_apps.delete",
    method="DELETE",
    product="iam",
    path="/v1/Account/OAuthApps/{sid}",
    spec="iam_v1",
)


_LIST_CREATE: Operation[VendorOauthAppCreateUpdateResponse] = Operation(
    id="iam.v1.o_auth_apps.create",
    method="POST",
    product="iam",
    path="/v1/Account/OAuthApps",
    spec="iam_v1",
    record=VendorOauthAppCreateUpdateResponse,
    body="iam_v1_account_vendor_oauth_app_create_request",
    required=frozenset(["iam_v1_account_vendor_oauth_app_create_request"]),
)


class OAuthAppContext(Resource):
    """One ``Account/OAuthApps`` record: sid."""

    _path = "/v1/Account/OAuthApps/{sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def update(
        self, **params: Unpack[OAuthAppUpdateParams]
    ) -> VendorOauthAppCreateUpdateResponse:
        """Updates an existing OAuth app for the given OauthAppSid."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Deletes an oauth app for the given AccountSid."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class OAuthAppList(CreateMany[OAuthAppCreateParams, VendorOauthAppCreateUpdateResponse], Resource):
    """``Account/OAuthApps`` (call it with a sid)."""

    _path = "/v1/Account/OAuthApps"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> OAuthAppContext:
        """The record with this ``sid``."""
        return self._child(OAuthAppContext, sid=sid)

    async def create(
        self, **params: Unpack[OAuthAppCreateParams]
    ) -> VendorOauthAppCreateUpdateResponse:
        """Creates an oauth app for the given AccountSid."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
