# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: ExternalCampaign (Services/PreregisteredUsa2p) on messaging.twilio.com."""

from __future__ import annotations

from datetime import datetime

import attrs

from twilio_async._bulk_create import CreateMany
from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info
from twilio_async._typing import Required, TypedDict, Unpack

__all__ = ["ExternalCampaign", "ExternalCampaignCreateParams", "ExternalCampaignList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class ExternalCampaign(Record):
    """Record ``messaging.v1.external_campaign`` (every field but ``sid``, ``account_sid``, ``date_created`` may be ``None``)."""

    sid: str
    account_sid: str
    campaign_id: str | None = None
    messaging_service_sid: str | None = None
    date_created: datetime


class ExternalCampaignCreateParams(TypedDict, total=False):
    """Keywords of ``messaging.v1.external_campaign.create`` (``CreateExternalCampaign``)."""

    campaign_id: Required[str]
    """ID of the preregistered campaign."""
    messaging_service_sid: Required[str]
    """The SID of the Messaging Service that the resource is associated with."""
    cnp_migration: bool
    """Customers should use this flag during the ERC registration process to indicate to Twilio that the campaign being registered is undergoing CNP migra..."""


_LIST_CREATE: Operation[ExternalCampaign] = Operation(
    id="messaging.v1.external_campaign.create",
    method="POST",
    product="messaging",
    path="/v1/Services/PreregisteredUsa2p",
    spec="messaging_v1",
    record=ExternalCampaign,
    form={
        "campaign_id": "CampaignId",
        "messaging_service_sid": "MessagingServiceSid",
        "cnp_migration": "CnpMigration",
    },
    required=frozenset(["campaign_id", "messaging_service_sid"]),
)


class ExternalCampaignList(CreateMany[ExternalCampaignCreateParams, ExternalCampaign], Resource):
    """``Services/PreregisteredUsa2p``."""

    _path = "/v1/Services/PreregisteredUsa2p"
    _create_operation = _LIST_CREATE

    async def create(self, **params: Unpack[ExternalCampaignCreateParams]) -> ExternalCampaign:
        """create."""
        return await self._call(_LIST_CREATE, params)

    create_with_http_info = with_http_info(_LIST_CREATE, create)
