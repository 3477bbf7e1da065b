# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: UsAppToPerson (Services/MessagingServiceSid/Compliance/Usa2p) on messaging.twilio.com."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._paging import Page
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = [
    "UsAppToPersonContext",
    "UsAppToPersonCreateParams",
    "UsAppToPersonFetchParams",
    "UsAppToPersonList",
    "UsAppToPersonListParams",
    "UsAppToPersonUpdateParams",
]


class UsAppToPersonListParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.us_app_to_person.list`` (``ListUsAppToPerson``)."""

    x_twilio_api_version: str
    """The version of the Messaging API to use for this request."""


class UsAppToPersonCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.us_app_to_person.create`` (``CreateUsAppToPerson``)."""

    x_twilio_api_version: str
    """The version of the Messaging API to use for this request."""
    brand_registration_sid: Required[str]
    """A2P Brand Registration SID."""
    description: Required[str]
    """A short description of what this SMS campaign does."""
    message_flow: Required[str]
    """Required for all Campaigns."""
    message_samples: Required[Sequence[str]]
    """An array of sample message strings, min two and max five."""
    us_app_to_person_usecase: Required[str]
    """A2P Campaign Use Case."""
    has_embedded_links: Required[bool]
    """Indicates that this SMS campaign will send messages that contain links."""
    has_embedded_phone: Required[bool]
    """Indicates that this SMS campaign will send messages that contain phone numbers."""
    opt_in_message: str
    """If end users can text in a keyword to start receiving messages from this campaign, the auto-reply messages sent to the end users must be provided."""
    opt_out_message: str
    """Upon receiving the opt-out keywords from the end users, Twilio customers are expected to send back an auto-generated response, which must provide a..."""
    help_message: str
    """When customers receive the help keywords from their end users, Twilio customers are expected to send back an auto-generated response; this may incl..."""
    opt_in_keywords: Sequence[str]
    """If end users can text in a keyword to start receiving messages from this campaign, those keywords must be provided."""
    opt_out_keywords: Sequence[str]
    """End users should be able to text in a keyword to stop receiving messages from this campaign."""
    help_keywords: Sequence[str]
    """End users should be able to text in a keyword to receive help."""
    subscriber_opt_in: bool
    """A boolean that specifies whether campaign has Subscriber Optin or not."""
    age_gated: bool
    """A boolean that specifies whether campaign is age gated or not."""
    direct_lending: bool
    """A boolean that specifies whether campaign allows direct lending or not."""
    privacy_policy_url: str
    """The URL of the privacy policy for the campaign."""
    terms_and_conditions_url: str
    """The URL of the terms and conditions for the campaign."""


class UsAppToPersonFetchParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.us_app_to_person.fetch`` (``FetchUsAppToPerson``)."""

    x_twilio_api_version: str
    """The version of the Messaging API to use for this request."""


class UsAppToPersonUpdateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.services.us_app_to_person.update`` (``UpdateUsAppToPerson``)."""

    x_twilio_api_version: str
    """The version of the Messaging API to use for this request."""
    has_embedded_links: Required[bool]
    """Indicates that this SMS campaign will send messages that contain links."""
    has_embedded_phone: Required[bool]
    """Indicates that this SMS campaign will send messages that contain phone numbers."""
    message_samples: Required[Sequence[str]]
    """An array of sample message strings, min two and max five."""
    message_flow: Required[str]
    """Required for all Campaigns."""
    description: Required[str]
    """A short description of what this SMS campaign does."""
    age_gated: Required[bool]
    """A boolean that specifies whether campaign requires age gate for federally legal content."""
    direct_lending: Required[bool]
    """A boolean that specifies whether campaign allows direct lending or not."""
    privacy_policy_url: str
    """The URL of the privacy policy for the campaign."""
    terms_and_conditions_url: str
    """The URL of the terms and conditions for the campaign."""


_LIST_LIST: Operation[Any] = Operation(
    id="messaging.v1.services.us_app_to_person.list",
    method="GET",
    product="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p",
    spec="messaging_v1",
    headers={
        "x_twilio_api_version": "X-Twilio-Api-Version",
    },
    header_in_query=frozenset(["x_twilio_api_version"]),
    paging="meta",
    envelope="compliance",
)


_LIST_CREATE: Operation[Any] = Operation(
    id="messaging.v1.services.us_app_to_person.create",
    method="POST",
    product="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p",
    spec="messaging_v1",
    form={
        "brand_registration_sid": "BrandRegistrationSid",
        "description": "Description",
        "message_flow": "MessageFlow",
        "message_samples": "MessageSamples",
        "us_app_to_person_usecase": "UsAppToPersonUsecase",
        "has_embedded_links": "HasEmbeddedLinks",
        "has_embedded_phone": "HasEmbeddedPhone",
        "opt_in_message": "OptInMessage",
        "opt_out_message": "OptOutMessage",
        "help_message": "HelpMessage",
        "opt_in_keywords": "OptInKeywords",
        "opt_out_keywords": "OptOutKeywords",
        "help_keywords": "HelpKeywords",
        "subscriber_opt_in": "SubscriberOptIn",
        "age_gated": "AgeGated",
        "direct_lending": "DirectLending",
        "privacy_policy_url": "PrivacyPolicyUrl",
        "terms_and_conditions_url": "TermsAndConditionsUrl",
    },
    headers={
        "x_twilio_api_version": "X-Twilio-Api-Version",
    },
    required=frozenset(
        [
            "brand_registration_sid",
            "description",
            "has_embedded_links",
            "has_embedded_phone",
            "message_flow",
            "message_samples",
            "us_app_to_person_usecase",
        ]
    ),
)


_CONTEXT_FETCH: Operation[Any] = Operation(
    id="messaging.v1.services.us_app_to_person.fetch",
    method="GET",
    product="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
    spec="messaging_v1",
    headers={
        "x_twilio_api_version": "X-Twilio-Api-Version",
    },
)


_CONTEXT_UPDATE: Operation[Any] = Operation(
    id="messaging.v1.services.us_app_to_person.update",
    method="POST",
    product="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
    spec="messaging_v1",
    form={
        "has_embedded_links": "HasEmbeddedLinks",
        "has_embedded_phone": "HasEmbeddedPhone",
        "message_samples": "MessageSamples",
        "message_flow": "MessageFlow",
        "description": "Description",
        "age_gated": "AgeGated",
        "direct_lending": "DirectLending",
        "privacy_policy_url": "PrivacyPolicyUrl",
        "terms_and_conditions_url": "TermsAndConditionsUrl",
    },
    headers={
        "x_twilio_api_version": "X-Twilio-Api-Version",
    },
    required=frozenset(
        [
            "age_gated",
            "description",
            "direct_lending",
            "has_embedded_links",
            "has_embedded_phone",
            "message_flow",
            "message_samples",
        ]
    ),
)


_CONTEXT_DELETE: Operation[bool] = Operation(
    id="messaging.v1.services.us_app_to_person.delete",
    method="DELETE",
    product="messaging",
    path="/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
    spec="messaging_v1",
)


class UsAppToPersonContext(Resource):
    """One ``Services/MessagingServiceSid/Compliance/Usa2p`` record: sid."""

    _path = "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}"

    @property
    def sid(self) -> str:
        """The ``sid`` this context points at."""
        return self._values[1]

    async def fetch(self, **params: Unpack[UsAppToPersonFetchParams]) -> Any:
        """fetch."""
        return await self._call(_CONTEXT_FETCH, params)

    fetch_with_http_info = with_http_info(_CONTEXT_FETCH, fetch)

    async def update(self, **params: Unpack[UsAppToPersonUpdateParams]) -> Any:
        """update."""
        return await self._call(_CONTEXT_UPDATE, params)

    update_with_http_info = with_http_info(_CONTEXT_UPDATE, update)

    async def delete(self) -> bool:
        """delete."""
        return await self._call(_CONTEXT_DELETE, {})

    delete_with_http_info = with_http_info(_CONTEXT_DELETE, delete)


class UsAppToPersonList(CreateMany[UsAppToPersonCreateParams, Any], Resource):
    """``Services/MessagingServiceSid/Compliance/Usa2p`` (call it with a sid)."""

    _path = "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p"
    _create_operation = _LIST_CREATE

    def __call__(self, sid: str) -> UsAppToPersonContext:
        """The record with this ``sid``."""
        return self._child(UsAppToPersonContext, sid=sid)

    async def create(self, **params: Unpack[UsAppToPersonCreateParams]) -> Any:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)

    def stream(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UsAppToPersonListParams],
    ) -> AsyncIterator[Any]:
        """list. Iterates over every page (at most ``limit`` records)."""
        return self._stream(_LIST_LIST, filters, limit, page_size)

    async def page(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        page_number: int | None = None,
        **filters: Unpack[UsAppToPersonListParams],
    ) -> Page[Any]:
        """list. One page (the first unless ``page_token``/``page_number``); ``next_page()`` follows."""
        return await self._page(_LIST_LIST, filters, page_size, page_token, page_number)

    async def list(
        self,
        *,
        limit: int | None = None,
        page_size: int | None = None,
        **filters: Unpack[UsAppToPersonListParams],
    ) -> list[Any]:
        """list. Collected into a list (at most ``limit`` records)."""
        return await self._list(_LIST_LIST, filters, limit, page_size)
