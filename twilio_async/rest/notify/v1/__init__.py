# Generated from specs/twilio-oai/twilio_notify_v1.json by codegen; do not edit.
"""Notify v1 on notify.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.notify.v1.credentials import CredentialList
    from twilio_async.rest.notify.v1.services import ServiceList

__all__ = ["NotifyV1"]


class NotifyV1(Resource):
    """``client.notify.v1``."""

    @property
    def credentials(self) -> CredentialList:
        """``Credentials``."""
        from twilio_async.rest.notify.v1.credentials import CredentialList

        return CredentialList(self._transport)

    @property
    def services(self) -> ServiceList:
        """``Services``."""
        from twilio_async.rest.notify.v1.services import ServiceList

        return ServiceList(self._transport)
