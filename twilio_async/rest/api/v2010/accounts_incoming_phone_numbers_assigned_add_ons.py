# Generated from specs/twilio-oai/twilio_api_v2010.json by codegen; do not edit.
"""Api v2010: AssignedAddOn (Accounts/AccountSid/IncomingPhoneNumbers/ResourceSid/AssignedAddOns) on api.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.api.v2010.accounts_incoming_phone_numbers_assigned_add_ons_extensions import (
        AssignedAddOnExtensionList,
    )

__all__ = [
    "AssignedAddOnContext",
    "AssignedAddOnCreateParams",
    "AssignedAddOnList",
    "IncomingPhoneNumberAssignedAddOn",
]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class IncomingPhoneNumberAssignedAddOn(Record):
    """Record ``api.v2010.account.incoming_phone_number.incoming_phone_number_assigned_add_on`` (every field but ``sid``, ``account_sid``, ``resource_sid``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    resource_sid: str
    friendly_name: str | None = None
    description: str | None = None
    configuration: Any | None = None
    unique_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    uri: str | None = None
    subresource_uris: dict[str, Any] | None = None


class AssignedAddOnCreateParams(TypedDict, total=False):
    """Keywords of ``api.v2010.accounts.incoming_phone_numbers.assigned_add_ons.create`` (``CreateIncomingPhoneNumberAssignedAddOn``)."""

    installed_add_on_sid: Required[str]
    """The SID that identifies the Add-on installation."""


_CONTEXT_FETCH: Operation[IncomingPhoneNumberAssignedAddOn] = Operation(
    id="api.v2010.accounts.incoming_phone_numbers.assigned_add_ons.fetch",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json",
    spec="api_v2010",
    record=IncomingPhoneNumberAssignedAddOn,
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="api.v2010.accounts.incoming_phone_numbers.assigned_add_ons.delete",
    method="DELETE",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json",
    spec="api_v2010",
)


_LIST_LIST: Operation[IncomingPhoneNumberAssignedAddOn] = Operation(
    id="api.v2010.accounts.incoming_phone_numbers.assigned_add_ons.list",
    method="GET",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json",
    spec="api_v2010",
    record=IncomingPhoneNumberAssignedAddOn,
    paging="v2010",
    envelope="assigned_add_ons",
)


_LIST_CREATE: Operation[IncomingPhoneNumberAssignedAddOn] = Operation(
    id="api.v2010.accounts.incoming_phone_numbers.assigned_add_ons.create",
    method="POST",
    product="api",
    path="/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json",
    spec="api_v2010",
    record=IncomingPhoneNumberAssignedAddOn,
    form={
        "installed_add_on_sid": "InstalledAddOnSid",
    },
    required=frozenset(["installed_add_on_sid"]),
)


class AssignedAddOnContext(Resource):
    """One ``Accounts/AccountSid/IncomingPhoneNumbers/ResourceSid/AssignedAddOns`` record: sid."""

    _path = "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns/{Sid}.json"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[2]

    async def fetch(self) -> IncomingPhoneNumberAssignedAddOn:
        """Fetch an instance of an Add-on installation currently assigned to this Number."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def delete(self) -> bool:
        """Remove the assignment of an Add-on installation from the Number specified."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def extensions(self) -> AssignedAddOnExtensionList:
        """``Accounts/AccountSid/IncomingPhoneNumbers/ResourceSid/AssignedAddOns/AssignedAddOnSid/Extensions``."""
        from twilio_async.rest.api.v2010.accounts_incoming_phone_numbers_assigned_add_ons_extensions import (
            AssignedAddOnExtensionList,
        )

        return self._child(AssignedAddOnExtensionList)


class AssignedAddOnList(
    CreateMany[AssignedAddOnCreateParams, IncomingPhoneNumberAssignedAddOn], Resource
):
    """``Accounts/AccountSid/IncomingPhoneNumbers/ResourceSid/AssignedAddOns`` (call it with a sid)."""

    _path = (
        "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{ResourceSid}/AssignedAddOns.json"
    )
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> AssignedAddOnContext:
        """The record with this ``sid``."""
        return self._child(AssignedAddOnContext, sid=sid)

    async def create(
        self, **params: Unpack[AssignedAddOnCreateParams]
    ) -> IncomingPhoneNumberAssignedAddOn:
        """Assign an Add-on installation to the Number specified."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[IncomingPhoneNumberAssignedAddOn]:
        """Retrieve a list of Add-on installations currently assigned to this Number. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[IncomingPhoneNumberAssignedAddOn]:
        """Retrieve a list of Add-on installations currently assigned to this Number. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[IncomingPhoneNumberAssignedAddOn]:
        """Retrieve a list of Add-on installations currently assigned to this Number. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
