# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: ConnectApp (Accounts/AccountSid/ConnectApps) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

import attrs

from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

__all__ = [
    "ConnectApp",
    "ConnectAppContext",
    "ConnectAppList",
    "ConnectAppPermission",
    "ConnectAppUpdateParams",
]


class ConnectAppPermission(OpenEnum):
    """``connect_app_enum_permission``."""

    GET_ALL = "get-all"
    POST_ALL = "post-all"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ConnectApp(Record):
    """Record ``api.v2010.account.connect_app`` (every field but ``account_sid``, ``sid`` may be ``None``)."""

    account_sid: str
    authorize_redirect_url: str | None = None
    company_name: str | None = None
    deauthorize_callback_method: HttpMethod | None = None
    deauthorize_callback_url: str | None = None
    description: str | None = None
    friendly_name: str | None = None
    homepage_url: str | None = None
    permissions: list[ConnectAppPermission] | None = None
    sid: str
    uri: str | None = None


class ConnectAppUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.connect_apps.update`` (``UpdateConnectApp``)."""

    authorize_redirect_url: str
    """The URL to redirect the user to after we authenticate the user and obtain authorization to access the Connect App."""
    company_name: str
    """The company name to set for the Connect App."""
    deauthorize_callback_method: str
    """The HTTP method to use when calling `deauthorize_callback_url`."""
    deauthorize_callback_url: str
    """The URL to call using the `deauthorize_callback_method` to de-authorize the Connect App."""
    description: str
    """A description of the Connect App."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    homepage_url: str
    """A public URL where users can obtain more information about this Connect App."""
    permissions: Sequence[str]
    """A comma-separated list of the permissions you will request from the users of this ConnectApp."""


_CONTEXT_FETCH: Operation[ConnectApp] = Operation(
    id="api.v2010.accounts.connect_apps.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json",
    spec="api_v2010",
    record=ConnectApp,
)


_CONTEXT_UPDATE: Operation[ConnectApp] = Operation(
    id="api.v2010.accounts.connect_apps.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json",
    spec="api_v2010",
    record=ConnectApp,
    form={
        "authorize_redirect_url": "AuthorizeRedirectUrl",
        "company_name": "CompanyName",
        "deauthorize_callback_method": "DeauthorizeCallbackMethod",
        "deauthorize_callback_url": "DeauthorizeCallbackUrl",
        "description": "Description",
        "friendly_name": "FriendlyName",
        "homepage_url": "HomepageUrl",
        "permissions": "Permissions",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.connect_apps.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[ConnectApp] = Operation(
    id="api.v2010.accounts.connect_apps.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/ConnectApps.json",
    spec="api_v2010",
    record=ConnectApp,
    paging="v2010",
    envelope="connect_apps",
)


class ConnectAppContext(Resource):
    """One ``Accounts/AccountSid/ConnectApps`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/ConnectApps/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> ConnectApp:
        """Fetch an instance of a connect-app."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ConnectAppUpdateParams]) -> ConnectApp:
        """Update a connect-app with the specified parameters."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """Delete an instance of a connect-app."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class ConnectAppList(Resource):
    """``Accounts/AccountSid/ConnectApps`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/ConnectApps.json"

    def __call__(self, sid: str) -> ConnectAppContext:
        """The record with this ``sid``."""
        return self._child(ConnectAppContext, sid=sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[ConnectApp]:
        """Retrieve a list of connect-apps belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[ConnectApp]:
        """Retrieve a list of connect-apps belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[ConnectApp]:
        """Retrieve a list of connect-apps belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
