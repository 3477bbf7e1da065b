# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Account (Accounts) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_addresses import AddressList
    from twilio_async.rest.api.v2010.accounts_applications import ApplicationList
    from twilio_async.rest.api.v2010.accounts_authorized_connect_apps import (
        AuthorizedConnectAppList,
    )
    from twilio_async.rest.api.v2010.accounts_available_phone_numbers import (
        AvailablePhoneNumberCountryList,
    )
    from twilio_async.rest.api.v2010.accounts_balance import BalanceList
    from twilio_async.rest.api.v2010.accounts_calls import CallList
    from twilio_async.rest.api.v2010.accounts_conferences import ConferenceList
    from twilio_async.rest.api.v2010.accounts_connect_apps import ConnectAppList
    from twilio_async.rest.api.v2010.accounts_incoming_phone_numbers import IncomingPhoneNumberList
    from twilio_async.rest.api.v2010.accounts_keys import KeyList
    from twilio_async.rest.api.v2010.accounts_keys_new_keys import NewKeyList
    from twilio_async.rest.api.v2010.accounts_messages import MessageList
    from twilio_async.rest.api.v2010.accounts_notifications import NotificationList
    from twilio_async.rest.api.v2010.accounts_outgoing_caller_ids import OutgoingCallerIdList
    from twilio_async.rest.api.v2010.accounts_outgoing_caller_ids_validation_requests import (
        ValidationRequestList,
    )
    from twilio_async.rest.api.v2010.accounts_queues import QueueList
    from twilio_async.rest.api.v2010.accounts_recordings import RecordingList
    from twilio_async.rest.api.v2010.accounts_signing_keys import SigningKeyList
    from twilio_async.rest.api.v2010.accounts_signing_keys_new_signing_keys import NewSigningKeyList
    from twilio_async.rest.api.v2010.accounts_sip import SipList
    from twilio_async.rest.api.v2010.accounts_sms_short_codes import ShortCodeList
    from twilio_async.rest.api.v2010.accounts_tokens import TokenList
    from twilio_async.rest.api.v2010.accounts_transcriptions import TranscriptionList
    from twilio_async.rest.api.v2010.accounts_usage import UsageList

__all__ = [
    "Account",
    "AccountContext",
    "AccountCreateParams",
    "AccountList",
    "AccountListParams",
    "AccountStatus",
    "AccountType",
    "AccountUpdateParams",
]


class AccountStatus(OpenEnum):
    """``account_enum_status``."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class AccountType(OpenEnum):
    """``account_enum_type``."""

    TRIAL = "Trial"
    FULL = "Full"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Account(Record):
    """Record ``api.v2010.account`` (every field but ``date_created``, ``sid`` may be ``None``)."""

    auth_token: str | None = attrs.field(default=None, repr=False)
    date_created: datetime
    date_updated: datetime | None = None
    friendly_name: str | None = None
    owner_account_sid: str | None = None
    sid: str
    status: AccountStatus | None = None
    subresource_uris: dict[str, Any] | None = None
    type: AccountType | None = None
    uri: str | None = None


class AccountListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.list`` (``ListAccount``)."""

    friendly_name: str
    """Only return the Account resources with friendly names that exactly match this name."""
    status: str
    """Only return Account resources with the given status."""


class AccountCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.create`` (``CreateAccount``)."""

    friendly_name: str
    """A human readable description of the account to create, defaults to `SubAccount Created at {YYYY-MM-DD HH:MM meridian}`."""


class AccountUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.update`` (``UpdateAccount``)."""

    friendly_name: str
    """Update the human-readable description of this Account."""
    status: str


_LIST_LIST: Operation[Account] = Operation(
    id="api.v2010.accounts.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts.json",
    spec="api_v2010",
    record=Account,
    query={
        "friendly_name": "FriendlyName",
        "status": "Status",
    },
    paging="v2010",
    envelope="accounts",
)


_LIST_CREATE: Operation[Account] = Operation(
    id="api.v2010.accounts.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts.json",
    spec="api_v2010",
    record=Account,
    form={
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_FETCH: Operation[Account] = Operation(
    id="api.v2010.accounts.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{Sid}.json",
    spec="api_v2010",
    record=Account,
)


_CONTEXT_UPDATE: Operation[Account] = Operation(
    id="api.v2010.accounts.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{Sid}.json",
    spec="api_v2010",
    record=Account,
    form={
        "friendly_name": "FriendlyName",
        "status": "Status",
    },
)


class AccountContext(Resource):
    """One ``Accounts`` record: sid."""

    _path = "/2010-04-01/Accounts/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Account:
        """Fetch the account specified by the provided Account Sid."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[AccountUpdateParams]) -> Account:
        """Modify the properties of a given Account."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    @property
    def addresses(self) -> AddressList:
        """``Accounts/AccountSid/Addresses``."""
        from twilio_async.rest.api.v2010.accounts_addresses import AddressList

        return self._child(AddressList)

    @property
    def applications(self) -> ApplicationList:
        """``Accounts/AccountSid/Applications``."""
        from twilio_async.rest.api.v2010.accounts_applications import ApplicationList

        return self._child(ApplicationList)

    @property
    def authorized_connect_apps(self) -> AuthorizedConnectAppList:
        """``Accounts/AccountSid/AuthorizedConnectApps``."""
        from twilio_async.rest.api.v2010.accounts_authorized_connect_apps import (
            AuthorizedConnectAppList,
        )

        return self._child(AuthorizedConnectAppList)

    @property
    def available_phone_numbers(self) -> AvailablePhoneNumberCountryList:
        """``Accounts/AccountSid/AvailablePhoneNumbers``."""
        from twilio_async.rest.api.v2010.accounts_available_phone_numbers import (
            AvailablePhoneNumberCountryList,
        )

        return self._child(AvailablePhoneNumberCountryList)

    @property
    def balance(self) -> BalanceList:
        """``Accounts/AccountSid/Balance``."""
        from twilio_async.rest.api.v2010.accounts_balance import BalanceList

        return self._child(BalanceList)

    @property
    def calls(self) -> CallList:
        """``Accounts/AccountSid/Calls``."""
        from twilio_async.rest.api.v2010.accounts_calls import CallList

        return self._child(CallList)

    @property
    def conferences(self) -> ConferenceList:
        """``Accounts/AccountSid/Conferences``."""
        from twilio_async.rest.api.v2010.accounts_conferences import ConferenceList

        return self._child(ConferenceList)

    @property
    def connect_apps(self) -> ConnectAppList:
        """``Accounts/AccountSid/ConnectApps``."""
        from twilio_async.rest.api.v2010.accounts_connect_apps import ConnectAppList

        return self._child(ConnectAppList)

    @property
    def incoming_phone_numbers(self) -> IncomingPhoneNumberList:
        """``Accounts/AccountSid/IncomingPhoneNumbers``."""
        from twilio_async.rest.api.v2010.accounts_incoming_phone_numbers import (
            IncomingPhoneNumberList,
        )

        return self._child(IncomingPhoneNumberList)

    @property
    def keys(self) -> KeyList:
        """``Accounts/AccountSid/Keys``."""
        from twilio_async.rest.api.v2010.accounts_keys import KeyList

        return self._child(KeyList)

    @property
    def new_keys(self) -> NewKeyList:
        """``Accounts/AccountSid/Keys``."""
        from twilio_async.rest.api.v2010.accounts_keys_new_keys import NewKeyList

        return self._child(NewKeyList)

    @property
    def messages(self) -> MessageList:
        """``Accounts/AccountSid/Messages``."""
        from twilio_async.rest.api.v2010.accounts_messages import MessageList

        return self._child(MessageList)

    @property
    def signing_keys(self) -> SigningKeyList:
        """``Accounts/AccountSid/SigningKeys``."""
        from twilio_async.rest.api.v2010.accounts_signing_keys import SigningKeyList

        return self._child(SigningKeyList)

    @property
    def new_signing_keys(self) -> NewSigningKeyList:
        """``Accounts/AccountSid/SigningKeys``."""
        from twilio_async.rest.api.v2010.accounts_signing_keys_new_signing_keys import (
            NewSigningKeyList,
        )

        return self._child(NewSigningKeyList)

    @property
    def notifications(self) -> NotificationList:
        """``Accounts/AccountSid/Notifications``."""
        from twilio_async.rest.api.v2010.accounts_notifications import NotificationList

        return self._child(NotificationList)

    @property
    def outgoing_caller_ids(self) -> OutgoingCallerIdList:
        """``Accounts/AccountSid/OutgoingCallerIds``."""
        from twilio_async.rest.api.v2010.accounts_outgoing_caller_ids import OutgoingCallerIdList

        return self._child(OutgoingCallerIdList)

    @property
    def validation_requests(self) -> ValidationRequestList:
        """``Accounts/AccountSid/OutgoingCallerIds``."""
        from twilio_async.rest.api.v2010.accounts_outgoing_caller_ids_validation_requests import (
            ValidationRequestList,
        )

        return self._child(ValidationRequestList)

    @property
    def queues(self) -> QueueList:
        """``Accounts/AccountSid/Queues``."""
        from twilio_async.rest.api.v2010.accounts_queues import QueueList

        return self._child(QueueList)

    @property
    def recordings(self) -> RecordingList:
        """``Accounts/AccountSid/Recordings``."""
        from twilio_async.rest.api.v2010.accounts_recordings import RecordingList

        return self._child(RecordingList)

    @property
    def short_codes(self) -> ShortCodeList:
        """``Accounts/AccountSid/SMS/ShortCodes``."""
        from twilio_async.rest.api.v2010.accounts_sms_short_codes import ShortCodeList

        return self._child(ShortCodeList)

    @property
    def sip(self) -> SipList:
        """``Accounts/AccountSid/SIP``."""
        from twilio_async.rest.api.v2010.accounts_sip import SipList

        return self._child(SipList)

    @property
    def tokens(self) -> TokenList:
        """``Accounts/AccountSid/Tokens``."""
        from twilio_async.rest.api.v2010.accounts_tokens import TokenList

        return self._child(TokenList)

    @property
    def transcriptions(self) -> TranscriptionList:
        """``Accounts/AccountSid/Transcriptions``."""
        from twilio_async.rest.api.v2010.accounts_transcriptions import TranscriptionList

        return self._child(TranscriptionList)

    @property
    def usage(self) -> UsageList:
        """``Accounts/AccountSid/Usage``."""
        from twilio_async.rest.api.v2010.accounts_usage import UsageList

        return self._child(UsageList)


class AccountList(CreateMany[AccountCreateParams, Account], Resource):
    """``Accounts`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AccountContext:
        """The record with this ``sid``."""
        return self._child(AccountContext, sid=sid)

    async def create(self, **params: Unpack[AccountCreateParams]) -> Account:
        """Create a new Twilio Subaccount from the account making the request."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AccountListParams],
    ) -> AsyncIterator[Account]:
        """Retrieves a collection of Accounts belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[AccountListParams],
    ) -> Page[Account]:
        """Retrieves a collection of Accounts belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[AccountListParams],
    ) -> list[Account]:
        """Retrieves a collection of Accounts belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
