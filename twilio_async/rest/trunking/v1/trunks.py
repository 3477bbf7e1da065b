# Generated from specs/twilio-oai/twilio_trunking_v1.json by codegen; do not edit.
"""Trunking v1: Trunk (Trunks) on trunking.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._enums import HttpMethod, OpenEnum
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.trunking.v1.trunks_credential_lists import CredentialListList
    from twilio_async.rest.trunking.v1.trunks_ip_access_control_lists import IpAccessControlListList
    from twilio_async.rest.trunking.v1.trunks_origination_urls import OriginationUrlList
    from twilio_async.rest.trunking.v1.trunks_phone_numbers import PhoneNumberList
    from twilio_async.rest.trunking.v1.trunks_recording import RecordingList

__all__ = [
    "Trunk",
    "TrunkContext",
    "TrunkCreateParams",
    "TrunkList",
    "TrunkTransferCallerId",
    "TrunkTransferSetting",
    "TrunkUpdateParams",
]


class TrunkTransferCallerId(OpenEnum):
    """``trunk_enum_transfer_caller_id``."""

    FROM_TRANSFEREE = "from-transferee"
    FROM_TRANSFEROR = "from-transferor"


class TrunkTransferSetting(OpenEnum):
    """``trunk_enum_transfer_setting``."""

    DISABLE_ALL = "disable-all"
    ENABLE_ALL = "enable-all"
    SIP_ONLY = "sip-only"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Trunk(Record):
    """Record ``trunking.v1.trunk`` (every field but ``account_sid``, ``date_created``, ``sid``, ``url`` may be ``None``)."""

    account_sid: str
    domain_name: str | None = None
    disaster_recovery_method: HttpMethod | None = None
    disaster_recovery_url: str | None = None
    friendly_name: str | None = None
    secure: bool | None = None
    recording: Any | None = None
    transfer_mode: TrunkTransferSetting | None = None
    transfer_caller_id: TrunkTransferCallerId | None = None
    cnam_lookup_enabled: bool | None = None
    auth_type: str | None = None
    symmetric_rtp_enabled: bool | None = None
    auth_type_set: list[str] | None = None
    date_created: datetime
    date_updated: datetime | None = None
    sid: str
    url: str
    links: dict[str, Any] | None = None


class TrunkUpdateParams(TypedDict, total=False):
    """Keywords of ``trunking.v1.trunks.update`` (``UpdateTrunk``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    domain_name: str
    """The unique address you reserve on Twilio to which you route your SIP traffic."""
    disaster_recovery_url: str
    """The URL we should call using the `disaster_recovery_method` if an error occurs while sending SIP traffic towards the configured Origination URL."""
    disaster_recovery_method: str
    """The HTTP method we should use to call the `disaster_recovery_url`."""
    transfer_mode: str
    secure: bool
    """Whether Secure Trunking is enabled for the trunk."""
    cnam_lookup_enabled: bool
    """Whether Caller ID Name (CNAM) lookup should be enabled for the trunk."""
    transfer_caller_id: str


class TrunkCreateParams(TypedDict, total=False):
    """Keywords of ``trunking.v1.trunks.create`` (``CreateTrunk``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    domain_name: str
    """The unique address you reserve on Twilio to which you route your SIP traffic."""
    disaster_recovery_url: str
    """The URL we should call using the `disaster_recovery_method` if an error occurs while sending SIP traffic towards the configured Origination URL."""
    disaster_recovery_method: str
    """The HTTP method we should use to call the `disaster_recovery_url`."""
    transfer_mode: str
    secure: bool
    """Whether Secure Trunking is enabled for the trunk."""
    cnam_lookup_enabled: bool
    """Whether Caller ID Name (CNAM) lookup should be enabled for the trunk."""
    transfer_caller_id: str


_CONTEXT_FETCH: Operation[Trunk] = Operation(
    id="trunking.v1.trunks.fetch",
    method="GET",
    product="trunking",
    path="/v1/Trunks/{Sid}",
    spec="trunking_v1",
    record=Trunk,
)


_CONTEXT_UPDATE: Operation[Trunk] = Operation(
    id="trunking.v1.trunks.update",
    method="POST",
    product="trunking",
    path="/v1/Trunks/{Sid}",
    spec="trunking_v1",
    record=Trunk,
    form={
        "friendly_name": "FriendlyName",
        "domain_name": "DomainName",
        "disaster_recovery_url": "DisasterRecoveryUrl",
        "disaster_recovery_method": "DisasterRecoveryMethod",
        "transfer_mode": "TransferMode",
        "secure": "Secure",
        "cnam_lookup_enabled": "CnamLookupEnabled",
        "transfer_caller_id": "TransferCallerId",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="trunking.v1.trunks.delete",
    method="DELETE",
    product="trunking",
    path="/v1/Trunks/{Sid}",
    spec="trunking_v1",
)


_LIST_LIST: Operation[Trunk] = Operation(
    id="trunking.v1.trunks.list",
    method="GET",
    product="trunking",
    path="/v1/Trunks",
    spec="trunking_v1",
    record=Trunk,
    paging="meta",
    envelope="trunks",
)


_LIST_CREATE: Operation[Trunk] = Operation(
    id="trunking.v1.trunks.create",
    method="POST",
    product="trunking",
    path="/v1/Trunks",
    spec="trunking_v1",
    record=Trunk,
    form={
        "friendly_name": "FriendlyName",
        "domain_name": "DomainName",
        "disaster_recovery_url": "DisasterRecoveryUrl",
        "disaster_recovery_method": "DisasterRecoveryMethod",
        "transfer_mode": "TransferMode",
        "secure": "Secure",
        "cnam_lookup_enabled": "CnamLookupEnabled",
        "transfer_caller_id": "TransferCallerId",
    },
)


class TrunkContext(Resource):
    """One ``Trunks`` record: sid."""

    _path = "/v1/Trunks/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Trunk:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[TrunkUpdateParams]) -> Trunk:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def credentials_lists(self) -> CredentialListList:
        """``Trunks/TrunkSid/CredentialLists``."""
        from twilio_async.rest.trunking.v1.trunks_credential_lists import CredentialListList

        return self._child(CredentialListList)

    @property
    def ip_access_control_lists(self) -> IpAccessControlListList:
        """``Trunks/TrunkSid/IpAccessControlLists``."""
        from twilio_async.rest.trunking.v1.trunks_ip_access_control_lists import (
            IpAccessControlListList,
        )

        return self._child(IpAccessControlListList)

    @property
    def origination_urls(self) -> OriginationUrlList:
        """``Trunks/TrunkSid/OriginationUrls``."""
        from twilio_async.rest.trunking.v1.trunks_origination_urls import OriginationUrlList

        return self._child(OriginationUrlList)

    @property
    def phone_numbers(self) -> PhoneNumberList:
        """``Trunks/TrunkSid/PhoneNumbers``."""
        from twilio_async.rest.trunking.v1.trunks_phone_numbers import PhoneNumberList

        return self._child(PhoneNumberList)

    @property
    def recordings(self) -> RecordingList:
        """``Trunks/TrunkSid/Recording``."""
        from twilio_async.rest.trunking.v1.trunks_recording import RecordingList

        return self._child(RecordingList)


class TrunkList(CreateMany[TrunkCreateParams, Trunk], Resource):
    """``Trunks`` (call it with a sid)."""

    _path = "/v1/Trunks"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> TrunkContext:
        """The record with this ``sid``."""
        return self._child(TrunkContext, sid=sid)

    async def create(self, **params: Unpack[TrunkCreateParams]) -> Trunk:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Trunk]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Trunk]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(self, *, limit: int | None = None, page_size: int | None = None) -> list[Trunk]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
