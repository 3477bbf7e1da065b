"""Accounts (v2010) and the ``client.api`` namespace: declarations on the generic layer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from functools import cached_property
from typing import Literal

from twilio_async._models_account import Account, AccountStatus
from twilio_async._resource import InstanceContext, ListResource, Page, ResourceSpec, api_names
from twilio_async._resources.calls import CallList
from twilio_async._resources.incoming_phone_numbers import IncomingPhoneNumberList
from twilio_async._resources.messages import MessageList
from twilio_async._typing import TypedDict, Unpack
from twilio_async.rest.api import Api as GeneratedApi

__all__ = ["AccountContext", "AccountList", "Api"]

_Status = Literal["active", "suspended", "closed"] | AccountStatus


class AccountUpdateParams(TypedDict, total=False):
    """Parameters of ``client.api.accounts(sid).update``; ``status`` applies to subaccounts."""

    friendly_name: str
    status: _Status


class AccountFilters(TypedDict, total=False):
    """Filters for listing your account and its subaccounts."""

    friendly_name: str
    status: _Status


ACCOUNTS = ResourceSpec(
    record=Account,
    list_path="/2010-04-01/Accounts.json",
    instance_path="/2010-04-01/Accounts/{sid}.json",
    envelope="accounts",
    deletable=False,
    update=api_names(AccountUpdateParams),
    filters=api_names(AccountFilters),
)


class AccountContext(InstanceContext[Account]):
    """One account: ``fetch()``, ``update()``, and its calls, messages and phone numbers."""

    _spec = ACCOUNTS

    async def update(self, **params: Unpack[AccountUpdateParams]) -> Account:
        """Rename the account, or suspend, reactivate or close a subaccount."""
        return await self._update(params)

    @property
    def calls(self) -> CallList:
        """This account's calls (a subaccount's, when reached from its parent)."""
        return self._child(CallList, account_sid=self.sid)  # type: ignore[no-any-return]

    @property
    def messages(self) -> MessageList:
        """This account's messages."""
        return self._child(MessageList, account_sid=self.sid)  # type: ignore[no-any-return]

    @property
    def incoming_phone_numbers(self) -> IncomingPhoneNumberList:
        """This account's phone numbers."""
        return self._child(  # type: ignore[no-any-return]
            IncomingPhoneNumberList, account_sid=self.sid
        )


class AccountList(ListResource[Account]):
    """Your account and its subaccounts: ``client.api.accounts``; call it with a SID."""

    _spec = ACCOUNTS
    _context = AccountContext

    def __call__(self, sid: str) -> AccountContext:
        """The account with this SID (``AC...``)."""
        return self._get(sid)  # type: ignore[no-any-return]

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AccountFilters],
    ) -> AsyncIterator[Account]:
        """Iterate over accounts, fetching one page at a time."""
        return self._stream(filters, limit, page_size)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AccountFilters],
    ) -> list[Account]:
        """Return accounts as a list (at most ``limit``)."""
        return await self._list(filters, limit, page_size)

    async def page(
        self, *, page_size: int | None = None, **filters: Unpack[AccountFilters]
    ) -> Page[Account]:
        """Fetch the first page of accounts; follow ``next_page()`` for more."""
        return await self._page(filters, page_size)


class Api(GeneratedApi):
    """``client.api``: the v2010 API (``api.v2010``), and its accounts as in the official SDK."""

    @cached_property
    def accounts(self) -> AccountList:  # type: ignore[override]
        """Your account and its subaccounts: ``list()``, ``(sid)``."""
        return AccountList(self._transport, {})

    @cached_property
    def account(self) -> AccountContext:  # type: ignore[override]
        """The client's own account: ``fetch()``, ``update()``, ``calls``, ``messages``."""
        return AccountContext(self._transport, {"sid": self._values[0]})

    def __repr__(self) -> str:
        return f"<Api account={self.account.sid!r}>"
