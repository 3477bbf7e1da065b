# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: Service (Services) on messaging.twilio.com."""

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
from twilio_async._typing import Required, TypedDict, Unpack

if TYPE_CHECKING:
    from twilio_async.rest.messaging.v1.services_alpha_senders import AlphaSenderList
    from twilio_async.rest.messaging.v1.services_channel_senders import ChannelSenderList
    from twilio_async.rest.messaging.v1.services_compliance_usa2p import UsAppToPersonList
    from twilio_async.rest.messaging.v1.services_compliance_usa2p_usecases import (
        UsAppToPersonUsecaseList,
    )
    from twilio_async.rest.messaging.v1.services_destination_alpha_senders import (
        DestinationAlphaSenderList,
    )
    from twilio_async.rest.messaging.v1.services_phone_numbers import PhoneNumberList
    from twilio_async.rest.messaging.v1.services_short_codes import ShortCodeList

__all__ = [
    "Service",
    "ServiceContext",
    "ServiceCreateParams",
    "ServiceList",
    "ServiceScanMessageContent",
    "ServiceUpdateParams",
]


class ServiceScanMessageContent(OpenEnum):
    """``service_enum_scan_message_content``."""

    INHERIT = "inherit"
    ENABLE = "enable"
    DISABLE = "disable"


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class Service(Record):
    """Record ``messaging.v1.service`` (every field but ``sid``, ``account_sid``, ``date_created``, ``url`` may be ``None``)."""

    sid: str
    account_sid: str
    friendly_name: str | None = None
    date_created: datetime
    date_updated: datetime | None = None
    inbound_request_url: str | None = None
    inbound_method: HttpMethod | None = None
    fallback_url: str | None = None
    fallback_method: HttpMethod | None = None
    status_callback: str | None = None
    sticky_sender: bool | None = None
    mms_converter: bool | None = None
    smart_encoding: bool | None = None
    scan_message_content: ServiceScanMessageContent | None = None
    fallback_to_long_code: bool | None = None
    area_code_geomatch: bool | None = None
    synchronous_validation: bool | None = None
    validity_period: int | None = None
    url: str
    links: dict[str, Any] | None = None
    usecase: str | None = None
    us_app_to_person_registered: bool | None = None
    use_inbound_webhook_on_number: bool | None = None


class ServiceCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.create`` (``CreateService``)."""

    friendly_name: Required[str]
    """A descriptive string that you create to describe the resource."""
    inbound_request_url: str
    """The URL we call using `inbound_method` when a message is received by any phone number or short code in the Service."""
    inbound_method: str
    """The HTTP method we should use to call `inbound_request_url`."""
    fallback_url: str
    """The URL that we call using `fallback_method` if an error occurs while retrieving or executing the TwiML from the Inbound Request URL."""
    fallback_method: str
    """The HTTP method we should use to call `fallback_url`."""
    status_callback: str
    """The URL we should call to pass status updates about message delivery."""
    sticky_sender: bool
    """Whether to enable Sticky Sender on the Service instance."""
    mms_converter: bool
    """Whether to enable the MMS Converter for messages sent through the Service instance."""
    smart_encoding: bool
    """Whether to enable Smart Encoding for messages sent through the Service instance."""
    scan_message_content: str
    fallback_to_long_code: bool
    """[OBSOLETE] Former feature used to fallback to long code sender after certain short code message failures."""
    area_code_geomatch: bool
    """Whether to enable Area Code Geomatch on the Service Instance."""
    validity_period: int
    """How long, in seconds, messages sent from the Service are valid."""
    synchronous_validation: bool
    """Reserved."""
    usecase: str
    """A string that describes the scenario in which the Messaging Service will be used."""
    use_inbound_webhook_on_number: bool
    """A boolean value that indicates either the webhook url configured on the phone number will be used or `inbound_request_url`/`fallback_url` url will..."""


class ServiceUpdateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.update`` (``UpdateService``)."""

    friendly_name: str
    """A descriptive string that you create to describe the resource."""
    inbound_request_url: str
    """The URL we call using `inbound_method` when a message is received by any phone number or short code in the Service."""
    inbound_method: str
    """The HTTP method we should use to call `inbound_request_url`."""
    fallback_url: str
    """The URL that we call using `fallback_method` if an error occurs while retrieving or executing the TwiML from the Inbound Request URL."""
    fallback_method: str
    """The HTTP method we should use to call `fallback_url`."""
    status_callback: str
    """The URL we should call to pass status updates about message delivery."""
    sticky_sender: bool
    """Whether to enable Sticky Sender on the Service instance."""
    mms_converter: bool
    """Whether to enable the MMS Converter for messages sent through the Service instance."""
    smart_encoding: bool
    """Whether to enable Smart Encoding for messages sent through the Service instance."""
    scan_message_content: str
    fallback_to_long_code: bool
    """[OBSOLETE] Former feature used to fallback to long code sender after certain short code message failures."""
    area_code_geomatch: bool
    """Whether to enable Area Code Geomatch on the Service Instance."""
    validity_period: int
    """How long, in seconds, messages sent from the Service are valid."""
    synchronous_validation: bool
    """Reserved."""
    usecase: str
    """A string that describes the scenario in which the Messaging Service will be used."""
    use_inbound_webhook_on_number: bool
    """A boolean value that indicates either the webhook url configured on the phone number will be used or `inbound_request_url`/`fallback_url` url will..."""


_LIST_LIST: Operation[Service] = Operation(
    id="messaging.v1.services.list",
    method="GET",
    product="messaging",
    path="/v1/Services",
    spec="messaging_v1",
    record=Service,
    paging="meta",
    envelope="services",
)


_LIST_CREATE: Operation[Service] = Operation(
    id="messaging.v1.services.create",
    method="POST",
    product="messaging",
    path="/v1/Services",
    spec="messaging_v1",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
        "inbound_request_url": "InboundRequestUrl",
        "inbound_method": "InboundMethod",
        "fallback_url": "FallbackUrl",
        "fallback_method": "FallbackMethod",
        "status_callback": "StatusCallback",
        "sticky_sender": "StickySender",
        "mms_converter": "MmsConverter",
        "smart_encoding": "SmartEncoding",
        "scan_message_content": "ScanMessageContent",
        "fallback_to_long_code": "FallbackToLongCode",
        "area_code_geomatch": "AreaCodeGeomatch",
        "validity_period": "ValidityPeriod",
        "synchronous_validation": "SynchronousValidation",
        "usecase": "Usecase",
        "use_inbound_webhook_on_number": "UseInboundWebhookOnNumber",
    },
    required=frozenset(["friendly_name"]),
)


_CONTEXT_FETCH: Operation[Service] = Operation(
    id="messaging.v1.services.fetch",
    method="GET",
    product="messaging",
    path="/v1/Services/{Sid}",
    spec="messaging_v1",
    record=Service,
)


_CONTEXT_UPDATE: Operation[Service] = Operation(
    id="messaging.v1.services.update",
    method="POST",
    product="messaging",
    path="/v1/Services/{Sid}",
    spec="messaging_v1",
    record=Service,
    form={
        "friendly_name": "FriendlyName",
        "inbound_request_url": "InboundRequestUrl",
        "inbound_method": "InboundMethod",
        "fallback_url": "FallbackUrl",
        "fallback_method": "FallbackMethod",
        "status_callback": "StatusCallback",
        "sticky_sender": "StickySender",
        "mms_converter": "MmsConverter",
        "smart_encoding": "SmartEncoding",
        "scan_message_content": "ScanMessageContent",
        "fallback_to_long_code": "FallbackToLongCode",
        "area_code_geomatch": "AreaCodeGeomatch",
        "validity_period": "ValidityPeriod",
        "synchronous_validation": "SynchronousValidation",
        "usecase": "Usecase",
        "use_inbound_webhook_on_number": "UseInboundWebhookOnNumber",
    },
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v1.services.delete",
    method="DELETE",
    product="messaging",
    path="/v1/Services/{Sid}",
    spec="messaging_v1",
)


class ServiceContext(Resource):
    """One ``Services`` record: sid."""

    _path = "/v1/Services/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[0]

    async def fetch(self) -> Service:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, {})

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[ServiceUpdateParams]) -> Service:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)

    @property
    def alpha_senders(self) -> AlphaSenderList:
        """``Services/ServiceSid/AlphaSenders``."""
        from twilio_async.rest.messaging.v1.services_alpha_senders import AlphaSenderList

        return self._child(AlphaSenderList)

    @property
    def channel_senders(self) -> ChannelSenderList:
        """``Services/MessagingServiceSid/ChannelSenders``."""
        from twilio_async.rest.messaging.v1.services_channel_senders import ChannelSenderList

        return self._child(ChannelSenderList)

    @property
    def destination_alpha_senders(self) -> DestinationAlphaSenderList:
        """``Services/ServiceSid/DestinationAlphaSenders``."""
        from twilio_async.rest.messaging.v1.services_destination_alpha_senders import (
            DestinationAlphaSenderList,
        )

        return self._child(DestinationAlphaSenderList)

    @property
    def phone_numbers(self) -> PhoneNumberList:
        """``Services/ServiceSid/PhoneNumbers``."""
        from twilio_async.rest.messaging.v1.services_phone_numbers import PhoneNumberList

        return self._child(PhoneNumberList)

    @property
    def short_codes(self) -> ShortCodeList:
        """``Services/ServiceSid/ShortCodes``."""
        from twilio_async.rest.messaging.v1.services_short_codes import ShortCodeList

        return self._child(ShortCodeList)

    @property
    def us_app_to_person(self) -> UsAppToPersonList:
        """``Services/MessagingServiceSid/Compliance/Usa2p``."""
        from twilio_async.rest.messaging.v1.services_compliance_usa2p import UsAppToPersonList

        return self._child(UsAppToPersonList)

    @property
    def us_app_to_person_usecases(self) -> UsAppToPersonUsecaseList:
        """``Services/MessagingServiceSid/Compliance/Usa2p/Usecases``."""
        from twilio_async.rest.messaging.v1.services_compliance_usa2p_usecases import (
            UsAppToPersonUsecaseList,
        )

        return self._child(UsAppToPersonUsecaseList)


class ServiceList(CreateMany[ServiceCreateParams, Service], Resource):
    """``Services`` (call it with a sid)."""

    _path = "/v1/Services"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> ServiceContext:
        """The record with this ``sid``."""
        return self._child(ServiceContext, sid=sid)

    async def create(self, **params: Unpack[ServiceCreateParams]) -> Service:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> AsyncIterator[Service]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, {}, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
    ) -> Page[Service]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, {}, page_size, page_token, page_number)

    async def list(
        self, *, limit: int | None = None, page_size: int | None = None
    ) -> list[Service]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, {}, limit, page_size)
