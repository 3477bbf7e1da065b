# Generated from specs/twilio-oai/twilio_accounts_v1.json by codegen; do not edit.
"""Accounts v1: BulkContacts (Contacts/Bulk) on accounts.twilio.com."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from collections.abc import AsyncIterable, Callable, Iterable

    from twilio_async._bulk import BulkResult, ProgressCallback
    from twilio_async._exceptions import TwilioError

__all__ = ["BulkContacts", "BulkContactsCreateParams", "BulkContactsList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BulkContacts(Record):
    """Record ``accounts.v1.bulk_contacts`` (every field may be ``None``)."""

    items: Any | None = None


class BulkContactsCreateParams(TypedDict, total=False):
    """Keywords of ``accounts.v1.bulk_contacts.create`` (``CreateBulkContacts``)."""

    items: Required[Sequence[Any]]
    """A list of objects where each object represents a contact's details."""


_LIST_CREATE: Operation[BulkContacts] = Operation(
    id="accounts.v1.bulk_contacts.create",
    method="POST",
    product="accounts",
    path="/v1/Contacts/Bulk",
    spec="accounts_v1",
    record=BulkContacts,
    form={
        "items": "Items",
    },
    required=frozenset(["items"]),
    encode={
        "items": "json_items",
    },
)


class BulkContactsList(Resource):
    """``Contacts/Bulk``."""

    _path = "/v1/Contacts/Bulk"

    async def create_many(
        self,
        items: Iterable[BulkContactsCreateParams] | AsyncIterable[BulkContactsCreateParams],
        *,
        max_in_flight: int | None = None,
        collect: bool = True,
        on_result: Callable[[int, BulkContacts | TwilioError], object] | None = None,
        progress: bool | ProgressCallback = False,
    ) -> BulkResult[BulkContacts]:
        """``create`` for many items, at most ``max_in_flight`` at once (see :doc:`bulk`).

        ``items`` is any iterable or async iterable of ``create`` keyword dicts,
        consumed lazily. The result holds, in input order, a record or the
        :class:`~twilio_async.TwilioError` for each item, plus a ``summary``;
        ``collect=False`` keeps memory flat and hands results to ``on_result``.
        """
        return await self._create_many(
            _LIST_CREATE, items, max_in_flight, collect, on_result, progress
        )

    async def create(self, **params: Unpack[BulkContactsCreateParams]) -> BulkContacts:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
