# Generated from specs/twilio-oai/twilio_verify_v2.json by codegen; do not edit.
"""Verify v2 on verify.twilio.com: its top-level resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from twilio_async._resource import Resource

if TYPE_CHECKING:
    from twilio_async.rest.verify.v2.attempts import VerificationAttemptList
    from twilio_async.rest.verify.v2.attempts_summary import VerificationAttemptsSummaryList
    from twilio_async.rest.verify.v2.forms import FormList
    from twilio_async.rest.verify.v2.safe_list_numbers import SafelistList
    from twilio_async.rest.verify.v2.services import ServiceList
    from twilio_async.rest.verify.v2.templates import TemplateList

__all__ = ["VerifyV2"]


class VerifyV2(Resource):
    """``client.verify.v2``."""

    @property
    def forms(self) -> FormList:
        """``Forms``."""
        from twilio_async.rest.verify.v2.forms import FormList

        return FormList(self._transport)

    @property
    def safelist(self) -> SafelistList:
        """``SafeList/Numbers``."""
        from twilio_async.rest.verify.v2.safe_list_numbers import SafelistList

        return SafelistList(self._transport)

    @property
    def services(self) -> ServiceList:
        """``Services``."""
        from twilio_async.rest.verify.v2.services import ServiceList

        return ServiceList(self._transport)

    @property
    def templates(self) -> TemplateList:
        """``Templates``."""
        from twilio_async.rest.verify.v2.templates import TemplateList

        return TemplateList(self._transport)

    @property
    def verification_attempts(self) -> VerificationAttemptList:
        """``Attempts``."""
        from twilio_async.rest.verify.v2.attempts import VerificationAttemptList

        return VerificationAttemptList(self._transport)

    @property
    def verification_attempts_summary(self) -> VerificationAttemptsSummaryList:
        """``Attempts/Summary``."""
        from twilio_async.rest.verify.v2.attempts_summary import VerificationAttemptsSummaryList

        return VerificationAttemptsSummaryList(self._transport)
