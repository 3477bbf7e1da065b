# Generated from specs/twilio-oai/twilio_iam_organizations.json by codegen; do not edit.
"""PreviewIam versionless: Account (Organizations/OrganizationSid/Accounts) on preview-iam.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["Account", "AccountContext", "AccountList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Account(Record):
    """Record ``PublicApiAccountResponse`` (every field may be ``None``)."""

    account_sid: str | None = None
    friendly_name: str | None = None
    status: str | None = None
    owner_sid: str | None = None
    date_created: datetime | None = None


_LIST_LIST: Operation[Account] = Operation(
    id="preview_iam.versionless.organization.accounts.list",
    method="GET",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/Accounts",
    spec="iam_organizations",
    record=Account,
    paging="meta",
    envelope="content",
    max_page_size=100,
    auth="bearer",
)


_CONTEXT_FETCH: Operation[Account] = Operation(
    id="preview_iam.versionless.organization.accounts.fetch",
    method="GET",
    product="preview-iam",
    path="/Organizations/{OrganizationSid}/Accounts/{AccountSid}",
    spec="iam_organizations",
    record=Account,
    auth="bearer",
)


class AccountContext(Resource):
    """One ``Organizations/OrganizationSid/Accounts`` record: account_sid."""

    _path = "/Organizations/{OrganizationSid}/Accounts/{AccountSid}"

    @property
    def account_sid(self) -> str:
        """The ``account_sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> Account:
        """Get details of organization account."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)


class AccountList(Resource):
    """``Organizations/OrganizationSid/Accounts`` (call it with a account_sid)."""

    _path = "/Organizations/{OrganizationSid}/Accounts"

    def __call__(self, account_sid: str) -> AccountContext:
        """The record with this ``account_sid``."""
        return self._child(AccountContext, account_sid=account_sid)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Account]:
        """List organization accounts. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Account]:
        """List organization accounts. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Account]:
        """List organization accounts. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
