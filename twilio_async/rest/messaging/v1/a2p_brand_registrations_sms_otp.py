# Generated from specs/twilio-oai/twilio_messaging_v1.json by codegen; do not edit.
"""Messaging v1: BrandRegistrationOtp (a2p/BrandRegistrations/BrandRegistrationSid/SmsOtp) on messaging.twilio.com."""

from __future__ import annotations

import attrs

from twilio_async._operation import Operation
from twilio_async._record import Record
from twilio_async._resource import Resource, with_http_info

__all__ = ["BrandRegistrationOtp", "BrandRegistrationOtpList"]


@attrs.frozen(kw_only=True, slots=True, weakref_slot=False)
class BrandRegistrationOtp(Record):
    """Record ``messaging.v1.brand_registrations.brand_registration_otp`` (every field but ``account_sid``, ``brand_registration_sid`` may be ``None``)."""

    account_sid: str
    brand_registration_sid: str


_LIST_CREATE: Operation[BrandRegistrationOtp] = Operation(
    id="messaging.v1.brand_registrations.brand_registration_otps.create",
    method="POST",
    product="messaging",
    path="/v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp",
    spec="messaging_v1",
    record=BrandRegistrationOtp,
)


class BrandRegistrationOtpList(Resource):
    """``a2p/BrandRegistrations/BrandRegistrationSid/SmsOtp``."""

    _path = "/v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp"

    async def create(self) -> BrandRegistrationOtp:
        """create."""
        return await self._call(_LIST_CREATE, {})

    create_with_http_info = with_http_info(_LIST_CREATE, create)
