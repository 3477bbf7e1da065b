# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: Trigger (Accounts/AccountSid/Usage/Triggers) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "TriggerContext",
    "TriggerCreateParams",
    "TriggerList",
    "TriggerListParams",
    "TriggerUpdateParams",
    "UsageTrigger",
    "UsageTriggerRecurring",
    "UsageTriggerTriggerField",
]


class UsageTriggerRecurring(OpenEnum):
    """``usage_trigger_enum_recurring``."""

    DAILY = "daily"
    MONTHLY = "monthly"
    YEARLY = "yearly"
    ALLTIME = "alltime"


class UsageTriggerTriggerField(OpenEnum):
    """``usage_trigger_enum_trigger_field``."""

    COUNT = "count"
    USAGE = "usage"
    PRICE = "price"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class UsageTrigger(Record):
    """Record ``api.v2010.account.usage.usage_trigger`` (every field but ``account_sid``, ``date_created``, ``sid`` may be ``None``)."""

    account_sid: str
    api_version: str | None = None
    callback_method: HttpMethod | None = None
    callback_url: str | None = attrs.field(default=None, repr=False)
    current_value: str | None = None
    date_created: datetime
    date_fired: datetime | None = None
    date_updated: datetime | None = None
    friendly_name: str | None = None
    recurring: UsageTriggerRecurring | None = None
    sid: str
    trigger_by: UsageTriggerTriggerField | None = None
    trigger_value: str | None = None
    uri: str | None = None
    usage_category: str | None = None
    usage_record_uri: str | None = None


class TriggerUpdateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.usage.triggers.update`` (``UpdateUsageTrigger``)."""

    callback_method: str
    """The HTTP method we should use to call `callback_url`."""
    callback_url: str
    """The URL we should call using `callback_method` when the trigger fires."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""


class TriggerListParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.usage.triggers.list`` (``ListUsageTrigger``)."""

    recurring: str
    """The frequency of recurring UsageTriggers to read."""
    trigger_by: str
    """The trigger field of the UsageTriggers to read."""
    usage_category: str
    """The usage category of the UsageTriggers to read."""


class TriggerCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.usage.triggers.create`` (``CreateUsageTrigger``)."""

    callback_url: Required[str]
    """The URL we should call using `callback_method` when the trigger fires."""
    trigger_value: Required[str]
    """The usage value at which the trigger should fire."""
    usage_category: Required[str]
    """The usage category that the trigger should watch."""
    callback_method: str
    """The HTTP method we should use to call `callback_url`."""
    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    recurring: str
    trigger_by: str


_CONTEXT_FETCH: Operation[UsageTrigger] = Operation(
    id="api.v2010.accounts.usage.triggers.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json",
    spec="api_v2010",
    record=UsageTrigger,
)


_CONTEXT_UPDATE: Operation[UsageTrigger] = Operation(
    id="api.v2010.accounts.usage.triggers.update",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json",
    spec="api_v2010",
    record=UsageTrigger,
    form={
        "callback_method": "CallbackMethod",
        "callback_url": "CallbackUrl",
        "friendly_name": "FriendlyName",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.usage.triggers.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[UsageTrigger] = Operation(
    id="api.v2010.accounts.usage.triggers.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json",
    spec="api_v2010",
    record=UsageTrigger,
    query={
        "recurring": "Recurring",
        "trigger_by": "TriggerBy",
        "usage_category": "UsageCategory",
    },
    paging="v2010",
    envelope="usage_triggers",
)


_LIST_CREATE: Operation[UsageTrigger] = Operation(
    id="api.v2010.accounts.usage.triggers.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json",
    spec="api_v2010",
    record=UsageTrigger,
    form={
        "callback_url": "CallbackUrl",
        "trigger_value": "TriggerValue",
        "usage_category": "UsageCategory",
        "callback_method": "CallbackMethod",
        "friendly_name": "FriendlyName",
        "recurring": "Recurring",
        "trigger_by": "TriggerBy",
    },
    required=frozenset(["callback_url", "trigger_value", "usage_category"]),
)


class TriggerContext(Resource):
    """One ``Accounts/AccountSid/Usage/Triggers`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Usage/Triggers/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self) -> UsageTrigger:
        """Fetch and instance of a usage-trigger."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[TriggerUpdateParams]) -> UsageTrigger:
        """Update an instance of a usage trigger."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class TriggerList(CreateMany[TriggerCreateParams, UsageTrigger], Resource):
    """``Accounts/AccountSid/Usage/Triggers`` (call it with a sid)."""

    _path = "/2010-04-01/Accounts/{AccountSid}/Usage/Triggers.json"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TriggerContext:
        """The record with this ``sid``."""
        return self._child(TriggerContext, sid=sid)

    async def create(self, **params: Unpack[TriggerCreateParams]) -> UsageTrigger:
        """Create a new UsageTrigger."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TriggerListParams],
    ) -> AsyncIterator[UsageTrigger]:
        """Retrieve a list of usage-triggers belonging to the account used to make the request. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[TriggerListParams],
    ) -> Page[UsageTrigger]:
        """Retrieve a list of usage-triggers belonging to the account used to make the request. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[TriggerListParams],
    ) -> list[UsageTrigger]:
        """Retrieve a list of usage-triggers belonging to the account used to make the request. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
