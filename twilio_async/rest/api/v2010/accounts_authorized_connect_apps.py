# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AuthorizedConnectApp (Accounts/AccountSid/AuthorizedConnectApps) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator

import attrs

from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = [
    "AuthorizedConnectApp",
    "AuthorizedConnectAppContext",
    "AuthorizedConnectAppList",
    "AuthorizedConnectAppPermission",
]


class AuthorizedConnectAppPermission(OpenEnum):
    """``authorized_connect_app_enum_permission``."""

    GET_ALL = "get-all"
    POST_ALL = "post-all"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class AuthorizedConnectApp(Record):
    """Record ``api.v2010.account.authorized_connect_app`` (every field but ``account_sid``, ``connect_app_sid`` may be ``None``)."""

    account_sid: str
    connect_app_company_name: str | None = None
    connect_app_description: str | None = None
    connect_app_friendly_name: str | None = None
    connect_app_homepage_url: str | None = None
    connect_app_sid: str
    permissions: list[AuthorizedConnectAppPermission] | None = None
    uri: str | None = None


_CONTEXT_FETCH: Operation[AuthorizedConnectApp] = Operation(
    id="api.v2010.accounts.authorized_connect_apps.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps/{ConnectAppSid}.json",
    spec="api_v2010",
    record=AuthorizedConnectApp,
)


_LIST_LIST: Operation[AuthorizedConnectApp] = Operation(
    id="api.v2010.accounts.authorized_connect_apps.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json",
    spec="api_v2010",
    record=AuthorizedConnectApp,
    paging="v2010",
    envelope="authorized_connect_apps",
)


class AuthorizedConnectAppContext(Resource):
    """One ``Accounts/AccountSid/AuthorizedConnectApps`` record: connect_app_sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps/{ConnectAppSid}.json"

    @property
    def connect_app_sid(self) -> str:
        """The ``connect_app_sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> AuthorizedConnectApp:
        """Fetch an instance of an authorized-connect-app."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class AuthorizedConnectAppList(Resource):
    """``Accounts/AccountSid/AuthorizedConnectApps`` (call it with a connect_app_sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/AuthorizedConnectApps.json"

    def __call__(self, connect_app_sid: str) -> AuthorizedConnectAppContext:
        """The record with this ``connect_app_sid``."""
        return self._child(AuthorizedConnectAppContext, connect_app_sid=connect_app_sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[AuthorizedConnectApp]:
        """Retrieve a list of authorized-connect-apps belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[AuthorizedConnectApp]:
        """Retrieve a list of authorized-connect-apps belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[AuthorizedConnectApp]:
        """Retrieve a list of authorized-connect-apps belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
